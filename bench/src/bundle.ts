/**
 * Bundle cost: what one import costs a user's minified bundle, with the four bundlers people use: esbuild, Rolldown
 * (the bundler of Vite 8), Rollup and webpack 5. Each entry is a one-line consumer bundled alone, as an application.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import commonjsPlugin from "@rollup/plugin-commonjs";
import jsonPlugin from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terserPlugin from "@rollup/plugin-terser";
import { build } from "esbuild";
import { rolldown } from "rolldown";
import { rollup } from "rollup";
import webpack from "webpack";
import { benchDir, cacheDir } from "./util.js";

// These plugins' types describe CommonJS, so under NodeNext their default import types as the module object; at run
// time (ESM) it is the plugin function itself.
const commonjs = commonjsPlugin as unknown as typeof commonjsPlugin.default;
const json = jsonPlugin as unknown as typeof jsonPlugin.default;
const terser = terserPlugin as unknown as typeof terserPlugin.default;

export const BUNDLERS = ["esbuild", "rolldown", "rollup", "webpack"] as const;
export type Bundler = (typeof BUNDLERS)[number];

export interface BundleCase {
  /** What the user imports. */
  operation: string;
  lib: string;
  /** The whole entry file a user would write (reads `globalThis.code` so nothing folds to a constant). */
  source: string;
  /** Keep the start of esbuild's output (see BundleRow.esbuildHead). */
  showEsbuild?: true;
}

export interface Size {
  bytes: number;
  gzip: number;
}

export interface BundleRow extends BundleCase {
  sizes: Record<Bundler, Size>;
  /** The start of esbuild's output, for the rows that show where its bytes go. */
  esbuildHead?: string;
}

const CORE = "@org/status-core";
const HSC = "http-status-codes";
/** Rows that measure a form @org/status-core does not ship; never a peer. */
export const STAND_IN = "stand-in: an object literal";

/** Entries per operation and library, where the library offers the operation. */
export const BUNDLE_CASES: readonly BundleCase[] = [
  { operation: "nothing (the consumer alone)", lib: "baseline", source: `console.log(404, globalThis.code);` },

  { operation: "one constant (NOT_FOUND)", lib: `${CORE} (StatusCode.NOT_FOUND)`, showEsbuild: true, source: `import { StatusCode } from "${CORE}";\nconsole.log(StatusCode.NOT_FOUND, globalThis.code);` },
  // Not shipped: `StatusCode` as the object literal it was until it became a module namespace, built from the same
  // constants (see writeObjectStandIn), to show what each bundler makes of either form.
  { operation: "one constant (NOT_FOUND)", lib: `${STAND_IN} (StatusCode.NOT_FOUND)`, showEsbuild: true, source: `import { StatusCode } from "../status-code-object.js";\nconsole.log(StatusCode.NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: `${CORE}/codes (NOT_FOUND)`, source: `import { NOT_FOUND } from "${CORE}/codes";\nconsole.log(NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: `${CORE}/codes (import * as StatusCode)`, source: `import * as StatusCode from "${CORE}/codes";\nconsole.log(StatusCode.NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: `${HSC} (StatusCodes.NOT_FOUND)`, source: `import { StatusCodes } from "${HSC}";\nconsole.log(StatusCodes.NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: "http-status (status.NOT_FOUND)", source: `import { status } from "http-status";\nconsole.log(status.NOT_FOUND, globalThis.code);` },

  { operation: "code → phrase (getReasonPhrase)", lib: CORE, source: `import { getReasonPhrase } from "${CORE}";\nconsole.log(getReasonPhrase(globalThis.code));` },
  { operation: "code → phrase (getReasonPhrase)", lib: HSC, source: `import { getReasonPhrase } from "${HSC}";\nconsole.log(getReasonPhrase(globalThis.code));` },
  { operation: "code → phrase (getReasonPhrase)", lib: "statuses (statuses.message[code])", source: `import statuses from "statuses";\nconsole.log(statuses.message[globalThis.code]);` },
  { operation: "code → phrase (getReasonPhrase)", lib: "http-status (status[code])", source: `import { status } from "http-status";\nconsole.log(status[globalThis.code]);` },

  { operation: "phrase → code (getStatusCode)", lib: CORE, source: `import { getStatusCode } from "${CORE}";\nconsole.log(getStatusCode(globalThis.phrase));` },
  { operation: "phrase → code (getStatusCode)", lib: HSC, source: `import { getStatusCode } from "${HSC}";\nconsole.log(getStatusCode(globalThis.phrase));` },
  { operation: "phrase → code (getStatusCode)", lib: "statuses (statuses(phrase))", source: `import statuses from "statuses";\nconsole.log(statuses(globalThis.phrase));` },

  { operation: "one predicate (is client error)", lib: `${CORE} (isClientError)`, source: `import { isClientError } from "${CORE}";\nconsole.log(isClientError(globalThis.code));` },
  { operation: "one predicate (is client error)", lib: "http-status (status[`${code}_CLASS`])", source: `import { status } from "http-status";\nconsole.log(status[\`\${globalThis.code}_CLASS\`] === status.classes.CLIENT_ERROR);` },

  { operation: "everything (import *)", lib: CORE, source: `import * as lib from "${CORE}";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: HSC, source: `import * as lib from "${HSC}";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: "statuses", source: `import lib from "statuses";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: "http-status", source: `import * as lib from "http-status";\nconsole.log(lib);` },
];

/** Entry files live in bench/.cache so that packages resolve from bench/node_modules, as from a user's project. */
function entryFile(source: string, name: string): string {
  const dir = join(cacheDir, "bundle");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.js`);
  writeFileSync(file, `${source}\n`);
  return file;
}

async function viaEsbuild(entry: string, platform: "neutral" | "node" = "neutral"): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    // Neutral has no default main fields; these are what browser and Node bundles use (http-status-codes has no exports map).
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  return out.text;
}

/** Rolldown as Vite 8 runs it for a production build: its own minifier, ESM out. */
async function viaRolldown(entry: string): Promise<string> {
  const bundle = await rolldown({ input: entry, logLevel: "silent" });
  const { output } = await bundle.generate({ format: "esm", minify: true });
  await bundle.close();
  return output[0].code;
}

/** Rollup with the plugins a project needs to bundle these packages (node-resolve; commonjs and json for statuses) and terser. */
async function viaRollup(entry: string): Promise<string> {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve(), commonjs(), json()], logLevel: "silent" });
  const { output } = await bundle.generate({ format: "esm", plugins: [terser()] });
  await bundle.close();
  return output[0].code;
}

/** webpack 5 in production mode (its defaults: terser, module concatenation, `sideEffects` and used exports). */
function viaWebpack(entry: string): Promise<string> {
  const out = mkdtempSync(join(cacheDir, "webpack-"));
  return new Promise((resolve, reject) => {
    webpack({ mode: "production", entry, context: benchDir, devtool: false, performance: { hints: false }, output: { path: out, filename: "out.js" } }, (error, stats) => {
      try {
        if (error) throw error;
        if (!stats || stats.hasErrors()) throw new Error(stats?.toString({ all: false, errors: true }) ?? "webpack gave no stats");
        resolve(readFileSync(join(out, "out.js"), "utf8"));
      } catch (failure) {
        reject(failure as Error);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

const RUN: Record<Bundler, (entry: string) => Promise<string>> = { esbuild: (entry) => viaEsbuild(entry), rolldown: viaRolldown, rollup: viaRollup, webpack: viaWebpack };

/** Bundle one entry with esbuild for Node, where libraries such as http-errors run (it needs node:path through depd). */
export async function bundleForNode(source: string, name = "entry"): Promise<string> {
  return viaEsbuild(entryFile(source, `${name}-node`), "node");
}

/** Bundle one entry as a user's build would; returns the minified output. */
export async function bundle(source: string, bundler: Bundler = "esbuild", name = "entry"): Promise<string> {
  return RUN[bundler](entryFile(source, `${name}-${bundler}`));
}

function size(text: string): Size {
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/** bench/.cache/status-code-object.js: every key and value of the built `StatusCode`, as one object literal. */
export async function writeObjectStandIn(): Promise<void> {
  const { StatusCode } = (await import("@org/status-core")) as unknown as { StatusCode: Record<string, number> };
  const props = Object.keys(StatusCode).map((key) => `  ${key}: ${StatusCode[key]},`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, "status-code-object.js"), `export const StatusCode = {\n${props.join("\n")}\n};\n`);
}

/** Every case through every bundler. */
export async function measureBundles(cases: readonly BundleCase[] = BUNDLE_CASES): Promise<BundleRow[]> {
  await writeObjectStandIn();
  const rows: BundleRow[] = [];
  for (const [i, c] of cases.entries()) {
    const sizes = {} as Record<Bundler, Size>;
    let head: string | undefined;
    for (const bundler of BUNDLERS) {
      const text = await bundle(c.source, bundler, `case-${i}`);
      sizes[bundler] = size(text);
      if (bundler === "esbuild" && c.showEsbuild) head = text.slice(0, 240);
    }
    rows.push({ ...c, sizes, ...(head === undefined ? {} : { esbuildHead: head }) });
  }
  return rows;
}
