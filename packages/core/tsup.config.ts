import { defineConfig } from "tsup";

export default defineConfig({
  // The JavaScript of the main entry comes from entry.ts, its declarations from index.ts (entry.ts says why).
  entry: { index: "src/entry.ts", codes: "src/codes.ts", errors: "src/errors.ts" },
  // stripInternal drops members marked @internal from the published types (HttpError's Symbol.hasInstance).
  dts: { entry: { index: "src/index.ts", codes: "src/codes.ts", errors: "src/errors.ts" }, compilerOptions: { stripInternal: true } },
  format: ["esm", "cjs"],
  clean: true,
  // Left unminified: consumers' bundlers keep the `/* @__PURE__ */` marks and drop the tables a build does not use.
  minify: false,
  target: "es2022",
  esbuildOptions(options, { format }) {
    if (format === "esm") {
      // dist/index.js keeps `export * as StatusCode from "./codes.js"`, a real module namespace, which Rolldown,
      // Rollup and webpack cut down to the constants a bundle reads; bundled here, it would become an object.
      options.external = ["./codes.js"];
    } else {
      // CommonJS gets the namespace as an object of getters; frozen, it is as read-only as the ESM namespace.
      options.footer = { js: "Object.freeze(module.exports.StatusCode);" };
    }
  },
});
