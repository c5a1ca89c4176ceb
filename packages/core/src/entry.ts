/**
 * What `dist/index.js` and `dist/index.cjs` are built from: everything of index.ts, with `StatusCode` re-exported as
 * the module namespace of ./codes.js. index.ts names that namespace through a typed constant, which declaration files
 * can say (a re-export and a type alias of one name cannot be bundled into one `.d.ts`) but which bundlers would keep
 * whole: a constant that holds a namespace hides from Rolldown and webpack which members are read. The local export
 * below takes the place of index.ts's.
 */
export * from "./index.js";
export * as StatusCode from "./codes.js";
