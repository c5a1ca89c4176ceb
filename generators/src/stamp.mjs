// @ts-check
/**
 * What a plain `pnpm gen` depends on, hashed, so that bin.mjs can tell that nothing changed since the run that
 * left the stamp. Plain JavaScript: it runs before anything is compiled.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/**
 * What the generator's bundle is built from: its sources and templates, and the spec's schema that validation imports.
 * turbo.json's gen task lists them among its inputs (stamp.test.ts checks that it does).
 */
export const SOURCES = ["generators/src", "spec/status-codes.schema.json"];

/**
 * Sources whose work is done when the bundle is built: each exports `precompiled(read)`, the text of a module that
 * exports the same with that work done (the spec schema's check as ajv's standalone code, the docs' templates
 * precompiled), reading any file it needs from the hashed sources through `read`. The bundle holds that text in place of
 * the module (test/precompiled.test.ts holds each to its source).
 */
export const AHEAD = ["generators/src/pipeline/spec-schema.ts", "generators/src/targets/docs/templates.ts"];

/** The task in turbo.json whose inputs and outputs are those of a plain `pnpm gen`: the one list of them. */
export const GEN_TASK = "//#gen";

/**
 * Everything, besides SOURCES, that the output or the report of `pnpm gen` without arguments depends on, as turbo.json's
 * global dependencies and gen task inputs name it (the spec, the version in core's package.json, the changesets and the
 * released spec, the lockfile and the installed dependencies), less the task's outputs, which outputsKey hashes.
 * An input must be a folder (`dir/**`) or a file: that is all this reads.
 * @param {string} root
 * @returns {Promise<string[]>}
 */
export async function genInputs(root) {
  const turbo = JSON.parse(await readFile(join(root, "turbo.json"), "utf8"));
  const task = turbo.tasks?.[GEN_TASK];
  if (!Array.isArray(task?.inputs) || !Array.isArray(task?.outputs)) throw new Error(`turbo.json has no "${GEN_TASK}" task with inputs and outputs`);
  const outputs = new Set(task.outputs.map(pathOf));
  const sources = (/** @type {string} */ path) => SOURCES.some((s) => path === s || path.startsWith(`${s}/`));
  return [...(turbo.globalDependencies ?? []), ...task.inputs].map(pathOf).filter((path) => !outputs.has(path) && !sources(path));
}

/**
 * The path a turbo glob names: `dir/**` is the folder, a name without glob characters the file.
 * @param {string} glob
 */
export function pathOf(glob) {
  if (/^[^*?[\]{}!$]+\/\*\*$/.test(glob)) return glob.slice(0, -3);
  if (!/[*?[\]{}!$]/.test(glob)) return glob;
  throw new Error(`turbo.json: the "${GEN_TASK}" input "${glob}" is neither "dir/**" nor a file path, the two forms stamp.mjs reads`);
}

/** Where the stamp is kept, relative to the repository root. */
export const STAMP = "node_modules/.cache/status-gen/stamp.json";

/** Files whose presence means that a run is under way or was interrupted: the full run must handle them. */
const IN_FLIGHT = [".gen.lock", ".gen-journal.json"];

/**
 * Every file under `paths` (files or folders, relative to `root`), keyed by its path relative to `root` with `/`.
 * A missing path is listed as missing, so that creating it changes the hash.
 * @param {string} root
 * @param {readonly string[]} paths
 * @returns {Promise<Map<string, Buffer | null>>}
 */
export async function readTree(root, paths) {
  /** @type {Map<string, Buffer | null>} */
  const out = new Map();
  for (const path of paths) {
    const full = join(root, path);
    const info = await stat(full).catch(() => undefined);
    if (!info) out.set(path, null);
    else if (info.isFile()) out.set(path, await readFile(full));
    else {
      const entries = await readdir(full, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        const file = join(entry.parentPath, entry.name);
        const key = relative(root, file).split(sep).join("/");
        if (entry.isFile()) out.set(key, await readFile(file));
        else if (!entry.isDirectory()) out.set(key, null); // a link or another kind of entry: its name counts
      }
    }
  }
  return out;
}

/**
 * A hash of named values: paths with their bytes, or plain strings.
 * @param {Iterable<[string, Buffer | string | null]>} entries
 */
export function digest(entries) {
  const hash = createHash("sha256");
  for (const [name, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bytes = value === null ? Buffer.from("\0missing") : Buffer.from(value);
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}

/**
 * The hash of every input of a plain run: the generator's sources, the files genInputs names, the Node.js version and
 * the folder the command runs in (the report names the spec relative to it).
 * @param {string} root
 * @param {ReadonlyMap<string, Buffer | null>} sources
 */
export async function inputsKey(root, sources) {
  const files = await readTree(root, await genInputs(root));
  const context = /** @type {[string, string][]} */ ([
    ["#node", process.version],
    ["#cwd", relative(root, process.cwd())],
  ]);
  return digest([...sources, ...files, ...context]);
}

/**
 * The hash of every generated file, of the names beside each output folder (where an interrupted write leaves
 * its staged copies) and of the lock and journal files.
 * @param {string} root
 * @param {readonly string[]} dirs output folders, relative to `root`
 */
export async function outputsKey(root, dirs) {
  const files = await readTree(root, [...dirs, ...IN_FLIGHT]);
  /** @type {[string, string][]} */
  const neighbours = [];
  for (const dir of new Set(dirs.map((d) => dirname(d)))) {
    const names = await readdir(join(root, dir)).catch(() => []);
    neighbours.push([`#list ${dir}`, names.sort().join("\n")]);
  }
  return digest([...files, ...neighbours]);
}

/**
 * @typedef {object} Stamp
 * @property {string} inputs the inputsKey of the run
 * @property {string} outputs the outputsKey after it
 * @property {string[]} dirs the output folders
 * @property {string} report what a run that found nothing to write printed, without its timing line
 */

/**
 * The stamp, or undefined when there is none or it is not one.
 * @param {string} file
 * @returns {Promise<Stamp | undefined>}
 */
export async function readStamp(file) {
  try {
    const stamp = JSON.parse(await readFile(file, "utf8"));
    const ok = typeof stamp.inputs === "string" && typeof stamp.outputs === "string" && typeof stamp.report === "string";
    return ok && Array.isArray(stamp.dirs) && stamp.dirs.every((/** @type {unknown} */ d) => typeof d === "string") ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the stamp whole or not at all.
 * @param {string} file
 * @param {Stamp} stamp
 */
export async function writeStamp(file, stamp) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}`, `${JSON.stringify(stamp, null, 2)}\n`);
  await rename(`${file}.${process.pid}`, file);
}
