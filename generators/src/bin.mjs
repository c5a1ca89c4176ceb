#!/usr/bin/env node
// @ts-check
/**
 * `pnpm gen`: the generator's entry, in plain JavaScript so that Node.js runs it without tsx.
 *
 * - Without arguments, when the stamp left by an earlier run says that every input (spec, version, changesets,
 *   generator sources and templates, installed dependencies) and every generated file is byte for byte what it
 *   was then, it prints that run's report and stops: there is nothing to write.
 * - Otherwise it runs the CLI (cli.ts) from a bundle that esbuild builds from the very bytes it hashed, kept
 *   under node_modules/.cache and named by that hash, so a stale build is never run. `--check` and every other
 *   flag always run the CLI.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { digest, inputsKey, outputsKey, readStamp, readTree, SOURCES, STAMP, writeStamp } from "./stamp.mjs";

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
  if (code === 0) await record(cli, dirs, inputs, start, printed).catch(() => {}); // no stamp: the next run is a full one
  return code;
}

/**
 * Leave a stamp for the next run. Its report is what a run that writes nothing prints: this run's, or, when this
 * run wrote files, that of a second run (in this process, already warm) that must then find nothing to write.
 * @param {Cli} cli
 * @param {string[]} dirs
 * @param {string} inputs
 * @param {string} start
 * @param {string} printed
 */
async function record(cli, dirs, inputs, start, printed) {
  let outputs = await outputsKey(root, dirs);
  let report = printed;
  if (outputs !== start) {
    report = "";
    const quiet = { write: (/** @type {string} */ text) => (report += text) };
    if ((await cli.main([], quiet, { write: () => {} })) !== 0) return;
    const again = await outputsKey(root, dirs);
    if (again !== outputs) return;
    outputs = again;
  }
  // Inputs that changed while the run read them make the stamp unsafe: none is written.
  if (!TIMING.test(report) || (await inputsKey(root, await readTree(root, SOURCES))) !== inputs) return;
  await writeStamp(stampFile, { inputs, outputs, dirs, report: report.replace(TIMING, "") });
}

/**
 * The output folders, from the targets module: `outputDirs` (name → folder), or a list of targets with a `dir`.
 * @param {Record<string, unknown>} targets
 * @returns {string[]}
 */
function outputDirs(targets) {
  const dirs = targets.outputDirs ?? targets.targets;
  const list = Object.values(/** @type {object} */ (dirs ?? {})).map((d) => (typeof d === "string" ? d : d?.dir));
  if (list.length === 0 || !list.every((d) => typeof d === "string")) throw new Error("bin.mjs: targets/index.ts exports neither outputDirs nor targets with a dir");
  return /** @type {string[]} */ (list);
}

/**
 * The CLI module, from the bundle built from exactly these sources (built first if there is none).
 * @param {Map<string, Buffer | null>} sources
 * @returns {Promise<Cli>}
 */
async function loadCli(sources) {
  // esbuild's resolved path carries its version (pnpm's layout); the root is baked into import.meta.url.
  const key = digest([...sources, ["#esbuild", import.meta.resolve("esbuild")], ["#root", root]]).slice(0, 24);
  const file = join(bundleDir, `cli-${key}.mjs`);
  if (!(await stat(file).catch(() => undefined))) await bundle(sources, file);
  return import(pathToFileURL(file).href);
}

/**
 * Bundle cli.ts and the targets module with esbuild, reading every source from `sources` (never from the disk
 * again), dependencies left as imports. `import.meta.url` keeps naming the source file, for the templates.
 * @param {Map<string, Buffer | null>} sources
 * @param {string} file
 */
async function bundle(sources, file) {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents: `export { main } from "./cli.ts";\nexport * as targets from "./targets/index.ts";\n`, resolveDir: join(root, "generators/src"), loader: "ts" },
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
    plugins: [
      {
        name: "hashed-sources",
        setup(b) {
          b.onLoad({ filter: /.*/ }, (args) => {
            const name = relative(root, args.path).split(sep).join("/");
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
  await mkdir(bundleDir, { recursive: true });
  for (const old of await readdir(bundleDir)) if (old.startsWith("cli-")) await rm(join(bundleDir, old), { force: true });
  await writeFile(`${file}.${process.pid}`, result.outputFiles[0]?.contents ?? "");
  await rename(`${file}.${process.pid}`, file);
}

try {
  process.exitCode = await run();
} catch (error) {
  process.stderr.write(`pnpm gen failed: ${/** @type {Error} */ (error).message}\n`);
  process.exitCode = 1;
}
