#!/usr/bin/env node
/**
 * `pnpm adopt`: make the project the organisation's own. Checks the flags, writes the spec's `organization:` block,
 * rewrites every hand-written use of the old scope and repository, then refreshes the lockfile offline and
 * regenerates. The files are staged first and moved into place under a journal, so an interrupted run is finished
 * by the next one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildModel } from "../pipeline/build.js";
import { SpecError } from "../pipeline/problems.js";
import { targets } from "../targets/index.js";
import { type AdoptFlags, FlagError, organizationBlock, organizationFrom, rewriter, withBlock } from "./plan.js";

const HELP = `Usage: pnpm adopt --scope @acme --name Acme --repository https://github.com/acme/http-status [options]

Makes the packages your organisation's own, in this checkout:
  1. writes the organization: block at the top of spec/status-codes.yaml
  2. rewrites the old npm scope (before a / or a quote) and repository URL in every tracked text file
     (package names, dependencies, imports, READMEs, pending changesets, configs), except
     CHANGELOG.md files (history) and the generated folders
  3. refreshes pnpm-lock.yaml and node_modules without the network (pnpm install --offline)
  4. regenerates every package (pnpm gen)

  --scope @NAME        the npm scope of the packages
  --name TEXT          the organisation's display name; codes with this vendor: are its own
  --repository URL     the repository, https://host/owner/name
  --contact URL|EMAIL  who answers questions (OpenAPI info.contact); default: the repository's issues
  --problem-base URL   where problem types and their docs live; default: REPOSITORY/problems/
  --registry URL       the registry \`pnpm release\` publishes to; default: your npm configuration's
  --access public|restricted   who may install the published packages (default: public)
  --token-secret NAME  the CI secret with the registry's token (default: NPM_TOKEN)
  --root DIR           the checkout to adopt (default: this one)
  -h, --help           show this help

A flag left out keeps its current value. Running it again with the same flags changes nothing.
Exit codes: 0 done, 1 a step failed (the message says which), 2 a bad flag (nothing was changed).`;

const defaultRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const SPEC = "spec/status-codes.yaml";
/** Staged files and the journal, inside node_modules so that they are never committed and share the checkout's disk. */
const STAGING = "node_modules/.adopt";
const JOURNAL = `${STAGING}/journal.json`;

type Move = { staged: string; path: string };

/** Run `pnpm adopt`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  try {
    const { root, help, ...flags } = parseOptions(argv);
    if (help) return void process.stdout.write(`${HELP}\n`), 0;
    const dir = resolve(root ?? defaultRoot);
    if (await finishMoves(dir)) process.stdout.write("finished the file moves of an interrupted `pnpm adopt`\n");

    const specText = await readFile(join(dir, SPEC), "utf8");
    const current = buildModel(Buffer.from(specText), "0.0.0", SPEC).organization;
    const org = organizationFrom(flags, current);
    const rewrite = rewriter(current, org);
    const nextSpec = rewrite(withBlock(specText, organizationBlock(org)));
    buildModel(Buffer.from(nextSpec), "0.0.0", SPEC); // the new block must pass validation before anything is written

    const changed = new Map<string, string>();
    if (nextSpec !== specText) changed.set(SPEC, nextSpec);
    for (const path of await textFiles(dir)) {
      if (path === SPEC) continue;
      const text = await readFile(join(dir, path), "utf8");
      let next = rewrite(text);
      if (path === ".changeset/config.json") next = next.replace(/"access": "(public|restricted)"/, `"access": "${org.access}"`);
      if (next !== text) changed.set(path, next);
    }
    await stageAndMove(dir, changed);
    process.stdout.write(changed.size === 0 ? "no file needed a change\n" : `rewrote ${changed.size} file${changed.size === 1 ? "" : "s"}:\n${[...changed.keys()].map((p) => `  ${p}\n`).join("")}`);

    run(dir, "pnpm", ["install", "--offline", "--no-frozen-lockfile"], "refreshing the lockfile offline");
    run(dir, process.execPath, ["generators/src/bin.mjs"], "regenerating (pnpm gen)");
    process.stdout.write(`adopted as ${org.scope} (${org.name}) in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
    return 0;
  } catch (error) {
    if (error instanceof FlagError) {
      process.stderr.write(`${error.message}\nNothing was changed. Run \`pnpm adopt --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof SpecError) {
      process.stderr.write(`${error.message}\nNothing was changed: fix the spec (or the flag that put this value there) and run it again.\n`);
      return 1;
    }
    process.stderr.write(`pnpm adopt failed: ${(error as Error).message}\nRun it again with the same flags to finish.\n`);
    return 1;
  }
}

function parseOptions(argv: string[]): AdoptFlags & { root?: string; help?: boolean } {
  const text = { type: "string" } as const;
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { scope: text, name: text, repository: text, contact: text, "problem-base": text, registry: text, access: text, "token-secret": text, root: text, help: { type: "boolean", short: "h" } },
    }).values;
  } catch (e) {
    throw new FlagError((e as Error).message);
  }
}

/** Folders `pnpm gen` owns: regenerated, never rewritten as text. */
const GENERATED = targets.map((t) => `${t.dir}/`);

/** The checkout's text files that hold hand-written content: git's tracked and new files, or every file outside node_modules. */
async function textFiles(root: string): Promise<string[]> {
  const listed = existsSync(join(root, ".git"))
    ? execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }).split("\0")
    : await walk(root, "");
  const files: string[] = [];
  for (const path of new Set(listed.filter(Boolean))) {
    if (basename(path) === "CHANGELOG.md" || path === "pnpm-lock.yaml" || GENERATED.some((g) => path.startsWith(g))) continue;
    const info = await stat(join(root, path)).catch(() => undefined);
    if (!info?.isFile() || info.size > 8 << 20) continue;
    const bytes = await readFile(join(root, path));
    if (!bytes.includes(0)) files.push(path);
  }
  return files.sort();
}

async function walk(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    if (["node_modules", ".git", "dist", ".turbo"].includes(entry.name)) continue;
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(root, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Write every new content beside the checkout, then record the moves in the journal (the commit point), then move
 * each file into place. A run cut short before the journal leaves every file as it was; one cut short after it is
 * finished by `finishMoves` on the next run.
 */
async function stageAndMove(root: string, contents: ReadonlyMap<string, string>): Promise<void> {
  if (contents.size === 0) return;
  await stage(root, contents);
  await finishMoves(root);
}

/** The first half of `stageAndMove`: every file staged and the journal written, nothing moved yet. */
export async function stage(root: string, contents: ReadonlyMap<string, string>): Promise<void> {
  const staging = join(root, STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const moves: Move[] = [];
  for (const [path, text] of contents) {
    const staged = `${STAGING}/${moves.length}`;
    await writeFile(join(root, staged), text);
    await chmod(join(root, staged), (await stat(join(root, path))).mode);
    moves.push({ staged, path });
  }
  await writeFile(join(root, `${JOURNAL}.tmp`), JSON.stringify(moves));
  await rename(join(root, `${JOURNAL}.tmp`), join(root, JOURNAL));
}

/** Carry out the moves a journal records (those not yet done); returns whether there was a journal. */
export async function finishMoves(root: string): Promise<boolean> {
  const journal = await readFile(join(root, JOURNAL), "utf8").catch(() => undefined);
  if (journal !== undefined) {
    for (const { staged, path } of JSON.parse(journal) as Move[]) {
      if (existsSync(join(root, staged))) await rename(join(root, staged), join(root, path.split("/").join(sep)));
    }
  }
  await rm(join(root, STAGING), { recursive: true, force: true });
  return journal !== undefined;
}

/** Run a step of the adoption; a failure names the step and shows its output. */
function run(root: string, command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", env: { ...process.env, CI: "" } });
  if (result.status !== 0) {
    throw new Error(`${what} failed (${[basename(command), ...args].join(" ")} exited ${result.status ?? result.signal}):\n${(result.stderr || result.stdout).trim()}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
