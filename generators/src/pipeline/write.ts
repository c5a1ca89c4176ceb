import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import type { GeneratedFile } from "../model.js";

/** What happened to one output folder. */
export interface DirResult {
  dir: string;
  /** Files whose bytes differ from what is on disk (added or changed), relative to the repository root. */
  changed: string[];
  /** Files on disk that no target emits any more. */
  removed: string[];
  unchanged: number;
}

/** Steps of a write, for fault-injection tests: throw from `onStep` to simulate a crash there. */
export type WriteStep = "staged" | "moved-aside" | "moved-in";

const STAGING = ".staging-";
const OLD = ".old-";

/**
 * The write stage of `pnpm gen`, run under the lock: finish or undo an interrupted run, compare the files with the
 * disk, and write every folder that changed. Returns what happened to each folder.
 */
export async function writeStage(root: string, dirs: readonly string[], files: readonly GeneratedFile[]): Promise<DirResult[]> {
  await recoverOutputs(root, dirs);
  const diffs = await diffOutputs(root, dirs, files);
  await writeOutputs(root, files, diffs);
  return diffs;
}

/** Compare the files with what is on disk, folder by folder. Reads only. */
export async function diffOutputs(root: string, dirs: readonly string[], files: readonly GeneratedFile[]): Promise<DirResult[]> {
  return Promise.all(
    dirs.map(async (dir) => {
      const wanted = files.filter((f) => f.path.startsWith(`${dir}/`));
      const onDisk = await listFiles(join(root, dir));
      const result: DirResult = { dir, changed: [], removed: [], unchanged: 0 };
      for (const file of wanted) {
        const current = onDisk.get(file.path.slice(dir.length + 1));
        if (current === file.content) result.unchanged++;
        else result.changed.push(file.path);
      }
      const emitted = new Set(wanted.map((f) => f.path));
      for (const rel of onDisk.keys()) if (!emitted.has(`${dir}/${rel}`)) result.removed.push(`${dir}/${rel}`);
      result.changed.sort();
      result.removed.sort();
      return result;
    }),
  );
}

/** The commit point of a run: once this file exists, every staged folder is complete and goes in. */
export const JOURNAL = ".gen-journal.json";

/**
 * Write every folder that changed as one transaction. Each new folder is staged whole beside the old one;
 * then the journal is written (the commit point); then the folders are swapped in and the journal removed.
 * A crash before the journal leaves the old outputs; a crash after it is rolled forward by
 * `recoverOutputs`, which every run calls first. No folder is ever a mix of old and new files.
 */
export async function writeOutputs(
  root: string,
  files: readonly GeneratedFile[],
  diffs: readonly DirResult[],
  onStep: (step: WriteStep, dir: string) => void = () => {},
): Promise<void> {
  const dirs = diffs.filter((d) => d.changed.length > 0 || d.removed.length > 0).map((d) => d.dir);
  if (dirs.length === 0) return;
  const tag = String(process.pid);
  try {
    for (const dir of dirs) {
      const staging = sibling(join(root, dir), STAGING + tag);
      await mkdir(staging, { recursive: true });
      for (const file of files.filter((f) => f.path.startsWith(`${dir}/`))) {
        const target = join(staging, file.path.slice(dir.length + 1));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
      onStep("staged", dir);
    }
    const journal = join(root, JOURNAL);
    await writeFile(`${journal}.${tag}`, `${JSON.stringify({ tag, dirs })}\n`);
    await rename(`${journal}.${tag}`, journal);
  } catch (error) {
    await Promise.all(dirs.map((dir) => rm(sibling(join(root, dir), STAGING + tag), { recursive: true, force: true })));
    await rm(join(root, `${JOURNAL}.${tag}`), { force: true });
    throw error;
  }
  await commit(root, tag, dirs, onStep);
}

async function commit(root: string, tag: string, dirs: readonly string[], onStep: (step: WriteStep, dir: string) => void) {
  for (const dir of dirs) {
    const live = join(root, dir);
    const staging = sibling(live, STAGING + tag);
    const old = sibling(live, OLD + tag);
    if (!(await exists(staging))) continue; // already swapped in by an earlier attempt
    if ((await exists(live)) && !(await exists(old))) await rename(live, old);
    onStep("moved-aside", dir);
    await mkdir(dirname(live), { recursive: true });
    await rename(staging, live);
    onStep("moved-in", dir);
    await rm(old, { recursive: true, force: true });
  }
  await rm(join(root, JOURNAL), { force: true });
}

/** Whether an interrupted run left work for `recoverOutputs`. */
export async function pendingRecovery(root: string, dirs: readonly string[]): Promise<boolean> {
  if (await exists(join(root, JOURNAL))) return true;
  for (const dir of dirs) if ((await leftovers(join(root, dir))).length > 0) return true;
  return false;
}

/**
 * Finish or undo what an interrupted run left: with a journal, the swap is completed (roll forward);
 * without one, staged copies are dropped (roll back). Safe to run at any time.
 */
export async function recoverOutputs(root: string, dirs: readonly string[]): Promise<void> {
  const journal = await readFile(join(root, JOURNAL), "utf8").then(
    (text) => JSON.parse(text) as { tag: string; dirs: string[] },
    () => undefined,
  );
  if (journal) await commit(root, journal.tag, journal.dirs, () => {});
  for (const dir of dirs) {
    const live = join(root, dir);
    for (const entry of await leftovers(live)) {
      const path = join(dirname(live), entry);
      if (entry.includes(OLD) && !(await exists(live))) await rename(path, live);
      else await rm(path, { recursive: true, force: true });
    }
  }
}

async function leftovers(live: string): Promise<string[]> {
  const prefix = `.${basename(live)}`;
  const entries = await readdir(dirname(live)).catch(() => [] as string[]);
  return entries.filter((e) => e.startsWith(prefix + OLD) || e.startsWith(prefix + STAGING));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function sibling(path: string, suffix: string): string {
  return join(dirname(path), `.${basename(path)}${suffix}`);
}

/** Every file under a folder, keyed by its path relative to it (with `/`), with its text. */
async function listFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) =>
    e.code === "ENOENT" ? [] : Promise.reject(e),
  );
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(dir, full).split(sep).join("/"), await readFile(full, "utf8"));
  }
  return out;
}
