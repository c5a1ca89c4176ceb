#!/usr/bin/env node
// @ts-check
/**
 * `pnpm gen`: the generator's entry, in plain JavaScript so that Node.js runs it without tsx.
 *
 * - Without arguments, when the stamp left by an earlier run says that every input (spec, version, changesets,
 *   generator sources and templates, installed dependencies) and every generated file is byte for byte what it
 *   was after that run, there is nothing to write: it prints the report such a run prints, and stops.
 * - Otherwise it runs the CLI (cli.ts) from a bundle that esbuild builds from the very bytes it hashed, kept
 *   under node_modules/.cache and named by that hash, so a stale build is never run. `--check` and every other
 *   flag always run the CLI.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import * as nodeModule from "node:module";
import { createRequire, isBuiltin } from "node:module";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { AHEAD, digest, inputsKey, outputsKey, readStamp, readTree, SOURCES, STAMP, writeStamp } from "./stamp.mjs";

/** @typedef {{ write(text: string): unknown }} Output */
/** @typedef {{ main(argv: string[], out?: Output, err?: Output): Promise<number>, targets: Record<string, unknown> }} Cli */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const stampFile = join(root, STAMP);
// Beside the generator's dependencies, so that the bundle's imports of them resolve as the sources' do.
const bundleDir = join(root, "generators/node_modules/.cache/status-gen");
const TIMING = /done in \d+\.\d+s\n$/;

async function run() {
  const argv = process.argv.slice(2);
  const sources = await readTree(root, SOURCES);
  if (argv.length > 0) return (await loadCli(sources)).main(argv);

  const inputs = await inputsKey(root, sources);
  const stamp = await readStamp(stampFile);
  if (stamp && stamp.inputs === inputs && stamp.outputs === (await outputsKey(root, stamp.dirs))) {
    process.stdout.write(`${stamp.report}done in ${(performance.now() / 1000).toFixed(2)}s\n`);
    return 0;
  }
  const cli = await loadCli(sources);
  const dirs = outputDirs(cli.targets);
  const start = await outputsKey(root, dirs);
  let printed = "";
  const code = await cli.main([], { write: (text) => ((printed += text), process.stdout.write(text)) });
  if (code === 0) await record(dirs, inputs, start, printed).catch(() => {}); // no stamp: the next run is a full one
  return code;
}

/**
 * Leave a stamp for the next run, whose report is what a run that writes nothing prints: this run's report, or,
 * when this run wrote files, its report with each folder's "N written, M removed, K unchanged" read as
 * "unchanged (N + K files)", which is what the next run would print (stamp.test.ts compares the two).
 * @param {string[]} dirs
 * @param {string} inputs
 * @param {string} start
 * @param {string} printed
 */
async function record(dirs, inputs, start, printed) {
  const outputs = await outputsKey(root, dirs);
  let report = printed;
  if (outputs !== start) {
    const wrote = /^(  \S+ +)(\d+) written, \d+ removed, (\d+) unchanged$/gm;
    if (!wrote.test(report)) return;
    report = report.replace(wrote, (_, dir, written, unchanged) => `${dir}unchanged (${Number(written) + Number(unchanged)} files)`);
  }
  // Inputs that changed while the run read them make the stamp unsafe: none is written.
  if (!TIMING.test(report) || (await inputsKey(root, await readTree(root, SOURCES))) !== inputs) return;
  await writeStamp(stampFile, { inputs, outputs, dirs, report: report.replace(TIMING, "") });
}

/**
 * The output folders: one per target in the targets module's list.
 * @param {Record<string, unknown>} targets
 * @returns {string[]}
 */
function outputDirs(targets) {
  const list = /** @type {{ dir?: unknown }[]} */ (targets.targets ?? []).map((t) => t.dir);
  if (list.length === 0 || !list.every((d) => typeof d === "string")) throw new Error("bin.mjs: targets/index.ts exports no list of targets with a dir");
  return /** @type {string[]} */ (list);
}

/** Dependencies whose output the precompiled modules (AHEAD) hold: a new version means a new bundle. */
const BAKED_IN = ["ajv", "handlebars"];

/**
 * The CLI module, from the bundle built from exactly these sources (built first if there is none).
 * @param {Map<string, Buffer | null>} sources
 * @returns {Promise<Cli>}
 */
async function loadCli(sources) {
  // A resolved path carries the package's version (pnpm's layout); the root is baked into import.meta.url.
  const versions = ["esbuild", ...BAKED_IN].map((name) => /** @type {[string, string]} */ ([`#${name}`, import.meta.resolve(name)]));
  const key = digest([...sources, ...versions, ["#root", root]]).slice(0, 24);
  const file = join(bundleDir, `cli-${key}.mjs`);
  if (!(await stat(file).catch(() => undefined))) await bundle(sources, file);
  // Node.js 22.1 and later keep the code they compile from here on (ts-morph brings the whole TypeScript compiler) in a
  // cache keyed by each file's content, so a later run skips most of it; Node.js 20 has no such cache and runs as before.
  /** @type {{ enableCompileCache?: (dir: string) => unknown }} */ (nodeModule).enableCompileCache?.(join(bundleDir, "compile-cache"));
  return import(pathToFileURL(file).href);
}

/**
 * Build the bundle of cli.ts and the targets module: first the AHEAD modules alone, to run their `precompiled()`, then
 * the bundle with what they returned in their place.
 * @param {Map<string, Buffer | null>} sources
 * @param {string} file
 */
async function bundle(sources, file) {
  await mkdir(bundleDir, { recursive: true });
  const ahead = `${file}.ahead.${process.pid}.mjs`;
  const entries = AHEAD.map((path, i) => `export { precompiled as m${i} } from ${JSON.stringify(`./${relative("generators/src", path)}`)};`);
  await writeFile(ahead, await build(sources, entries.join("\n"), new Map()));
  /** @type {Record<string, (read: (url: URL) => string) => string>} */
  const compilers = await import(pathToFileURL(ahead).href).finally(() => rm(ahead, { force: true }));
  const read = (/** @type {URL} */ url) => sources.get(relative(root, fileURLToPath(url)).split(sep).join("/"))?.toString("utf8") ?? "";
  const replaced = new Map(AHEAD.map((path, i) => [path, compilers[`m${i}`]?.(read) ?? ""]));
  const text = await build(sources, `export { main } from "./cli.ts";\nexport * as targets from "./targets/index.ts";\n`, replaced);
  for (const old of await readdir(bundleDir)) if (/^cli-\w+\.mjs$/.test(old) && old !== basename(file)) await rm(join(bundleDir, old), { force: true });
  await writeFile(`${file}.${process.pid}`, text);
  await rename(`${file}.${process.pid}`, file);
}

/**
 * Bundle an entry (TypeScript, beside cli.ts) with esbuild, reading every source from `sources` (never from the disk
 * again), and the modules of `replaced` as the JavaScript it holds for them. `import.meta.url` keeps naming the source
 * file, for the templates. Dependencies are not bundled: an ES module stays an import; a CommonJS one is loaded with
 * require(), the same file an import would load, which spares Node.js scanning its source for export names (ts-morph's
 * is close to 1 MB).
 * @param {Map<string, Buffer | null>} sources
 * @param {string} entry
 * @param {ReadonlyMap<string, string>} replaced
 * @returns {Promise<Uint8Array>}
 */
async function build(sources, entry, replaced) {
  const { build } = await import("esbuild");
  const from = join(root, "generators/src/cli.ts");
  const require = createRequire(from);
  const result = await build({
    stdin: { contents: entry, resolveDir: dirname(from), loader: "ts" },
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    banner: { js: `import { createRequire } from "node:module";\nconst require = createRequire(${JSON.stringify(pathToFileURL(from).href)});` },
    plugins: [
      {
        name: "hashed-sources",
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.namespace === "require" || isBuiltin(args.path)) return { external: true };
            if (args.kind === "require-call") return { path: args.path, namespace: "require" }; // in precompiled code
            const path = require.resolve(args.path);
            const viaImport = fileURLToPath(import.meta.resolve(args.path)); // bin.mjs sits beside cli.ts
            return path === viaImport && isCommonJS(path) ? { path: args.path, namespace: "require" } : { external: true };
          });
          b.onLoad({ filter: /.*/, namespace: "require" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
          b.onLoad({ filter: /.*/, namespace: "file" }, (args) => {
            const name = relative(root, args.path).split(sep).join("/");
            const compiled = replaced.get(name);
            if (compiled !== undefined) return { contents: compiled, loader: "js" };
            const bytes = sources.get(name);
            if (!bytes) return { errors: [{ text: `${name} is imported by the generator but is not under SOURCES (stamp.mjs)` }] };
            const ext = extname(name);
            if (ext !== ".ts") return { contents: bytes, loader: ext === ".json" ? "json" : "text" };
            const text = bytes.toString("utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href));
            if (/\bimport\.meta\b/.test(text)) return { errors: [{ text: `${name} uses import.meta beyond import.meta.url, which bin.mjs does not carry into the bundle` }] };
            return { contents: text, loader: "ts" };
          });
        },
      },
    ],
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

/**
 * Whether Node.js loads this file as CommonJS: `.cjs`, or `.js` in a package that is not `"type": "module"`.
 * @param {string} file
 */
function isCommonJS(file) {
  if (file.endsWith(".cjs")) return true;
  if (!file.endsWith(".js")) return false;
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")).type !== "module";
  }
  return true;
}

try {
  process.exitCode = await run();
} catch (error) {
  process.stderr.write(`pnpm gen failed: ${/** @type {Error} */ (error).message}\n`);
  process.exitCode = 1;
}
