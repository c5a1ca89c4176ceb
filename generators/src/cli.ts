#!/usr/bin/env node
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildModel } from "./pipeline/build.js";
import { withLock } from "./pipeline/lock.js";
import { SpecError } from "./pipeline/problems.js";
import { render } from "./pipeline/render.js";
import { diffOutputs, pendingRecovery, writeStage, type DirResult } from "./pipeline/write.js";
import type { Model } from "./model.js";
import { isSpecChangeset, planRelease, RELEASED_SPEC, releasedSpec, type ReleasedSpec } from "./release.js";
import { json } from "./targets/format.js";
import { core, targets } from "./targets/index.js";

const HELP = `Usage: pnpm gen [--check | --changeset | --mark-released] [--spec FILE] [--root DIR]

Regenerates every package from spec/status-codes.yaml:
  read -> parse -> validate -> normalize -> generate -> write

  (no flag)      write every generated folder whose content changed, atomically
  --check        render in memory and compare with the files on disk; writes nothing.
                 Exits 1 and names the files that differ (CI runs this).
  --changeset    also write .changeset/spec-<hash>.md: the spec's changes since the last release
                 (.changeset/released-spec.json), one line each, at the highest bump they imply:
                   major  a code removed; a constant or PascalCase name that is neither the key or
                          name nor listed in legacyKeys or legacyNames any more; an old phrase or
                          alias that getStatusCode no longer accepts while reverseLookup stays on;
                          reverseLookup turned off; a header removed from the top-level headers list;
                          a problem type removed, or its status, name or type URI changed; an extension
                          of one removed, added as required, made or no longer required, or its schema
                          changed
                   minor  a code, header, alias, legacy key or legacy name added; a key or name
                          changed with the old one kept in legacyKeys or legacyNames; any other
                          phrase change or alias removal; a flag, a code's headers or requiredHeaders,
                          registry status or vendor changed; deprecated set or removed; reverseLookup
                          turned on; a problem type or an optional extension of one added
                   patch  a code's summary, description, reference or otherMeanings, a deprecation's
                          reason, a header's description, reference or example, or a problem type's
                          title, summary, description or an extension's description changed
                 Every major line printed says what in the spec would keep it minor, when something can.
                 It replaces its own stale changesets; \`pnpm version-packages\` runs it first.
  --mark-released  record the current spec as released (the last step of \`pnpm version-packages\`)
  --spec FILE    the spec to read (default: spec/status-codes.yaml under the root)
  --root DIR     the repository root to read and write (default: this checkout)
  -h, --help     show this help

Exit codes: 0 success, 1 invalid spec, drift found by --check or a failed write, 2 wrong usage.
An invalid spec lists every problem as FILE:LINE:COL: what is wrong (how to fix it), and writes nothing.`;

/** Wrong use of the command line (exit code 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Where the CLI prints: stdout and stderr, or a buffer in tests. */
export interface Output {
  write(text: string): unknown;
}

const defaultRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Run the generator as the command line would; returns the exit code. */
export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  const started = performance.now();
  try {
    const args = parseCli(argv);
    if (args.help) return void out.write(`${HELP}\n`), 0;
    const root = resolve(args.root ?? defaultRoot);
    const specPath = resolve(root, args.spec ?? "spec/status-codes.yaml");
    const display = relative(process.cwd(), specPath) || specPath;

    const bytes = await readFile(specPath).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read the spec ${display}: ${e.code ?? e.message} (pass --spec FILE, or run from the repository)`);
    });
    const version = await readVersion(root);
    const model = buildModel(bytes, version, display);
    const files = render(model);
    const dirs = targets.map((t) => t.dir);

    if (args.check) {
      if (await pendingRecovery(root, dirs)) {
        err.write("an interrupted `pnpm gen` left staged outputs behind (run `pnpm gen` to finish or undo it)\n");
        return 1;
      }
      const diffs = await diffOutputs(root, dirs, files);
      const drift = diffs.flatMap((d) => [...d.changed.map((f) => `  changed  ${f}`), ...d.removed.map((f) => `  orphan   ${f}`)]);
      if (drift.length > 0) {
        err.write(`generated files differ from spec/status-codes.yaml (run \`pnpm gen\` and commit the result):\n${drift.join("\n")}\n`);
        return 1;
      }
      out.write(`pnpm gen --check: ${files.length} generated files match the spec (${summary(model)})\n`);
      return 0;
    }

    const { diffs, release } = await withLock(root, async () => {
      const diffs = await writeStage(root, dirs, files);
      return { diffs, release: await releaseStep(root, model, args) };
    });
    out.write(`${display}: ${summary(model)}, version ${model.version}\n${report(diffs)}\n${release}`);
    out.write(`done in ${((performance.now() - started) / 1000).toFixed(2)}s\n`);
    return 0;
  } catch (error) {
    if (error instanceof SpecError) {
      err.write(`${error.message}\n${error.problems.length} problem${error.problems.length === 1 ? "" : "s"} in the spec; nothing was written.\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      err.write(`${error.message}\nRun \`pnpm gen --help\` for usage.\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    err.write(`pnpm gen failed: ${e.message}${e.code ? ` (${e.code}: check that the folder exists and is writable)` : ""}\nThe previous outputs are unchanged.\n`);
    return 1;
  }
}

function parseCli(argv: string[]) {
  const args = parseOptions(argv);
  const modes = (["check", "changeset", "mark-released"] as const).filter((m) => args[m]);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  return args;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        check: { type: "boolean" },
        changeset: { type: "boolean" },
        "mark-released": { type: "boolean" },
        spec: { type: "string" },
        root: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Record the spec as released (--mark-released), or carry out the release plan: write or remove changesets. */
async function releaseStep(root: string, model: Model, args: { changeset?: boolean; "mark-released"?: boolean }): Promise<string> {
  const baselinePath = join(root, RELEASED_SPEC);
  if (args["mark-released"]) {
    await writeFile(`${baselinePath}.tmp`, json(releasedSpec(model)));
    await rename(`${baselinePath}.tmp`, baselinePath);
    return `recorded the spec as released in ${RELEASED_SPEC}\n`;
  }
  const text = await readFile(baselinePath, "utf8").catch(() => undefined);
  if (text === undefined && args.changeset) {
    throw new UsageError(`no released spec at ${RELEASED_SPEC} to compare with (run \`pnpm gen --mark-released\` once to record the current spec)`);
  }
  const changesetDir = join(root, ".changeset");
  const pending = new Map<string, string>();
  if (text !== undefined) {
    for (const file of (await readdir(changesetDir)).filter(isSpecChangeset)) pending.set(file, await readFile(join(changesetDir, file), "utf8"));
  }
  const plan = planRelease(text === undefined ? undefined : (JSON.parse(text) as ReleasedSpec), model, pending, args.changeset === true);
  for (const stale of plan.remove) await rm(join(changesetDir, stale));
  if (plan.write) await writeFile(join(changesetDir, plan.write.name), plan.write.content);
  return plan.message;
}

/** The version the packages share, read from core's package.json (stamp.mjs hashes the same file: turbo.json's gen task lists it). */
async function readVersion(root: string): Promise<string> {
  const path = join(root, core.packageDir, "package.json");
  try {
    const { version } = JSON.parse(await readFile(path, "utf8")) as { version?: unknown };
    if (typeof version === "string") return version;
  } catch {
    // reported below
  }
  throw new UsageError(`cannot read the version from ${relative(process.cwd(), path)} (the packages share their version; restore the file)`);
}

function summary(model: Model): string {
  return `${model.statuses.length} codes (${model.official.length} official, ${model.unofficial.length} unofficial)`;
}

function report(diffs: readonly DirResult[]): string {
  const width = Math.max(...diffs.map((d) => d.dir.length));
  return diffs
    .map((d) => {
      const touched = d.changed.length + d.removed.length;
      const state = touched === 0 ? `unchanged (${d.unchanged} files)` : `${d.changed.length} written, ${d.removed.length} removed, ${d.unchanged} unchanged`;
      return `  ${d.dir.padEnd(width)}  ${state}`;
    })
    .join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
