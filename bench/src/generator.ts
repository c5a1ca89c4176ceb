/** Generator cost: `pnpm gen` end to end on a scratch checkout, and the in-memory pipeline, on growing specs. */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { syntheticSpec } from "./synthetic.js";
import { benchDir, cacheDir, median, rootDir } from "./util.js";

export interface GeneratorRow {
  spec: string;
  codes: number;
  files: number;
  /** `pnpm gen`'s command (node generators/src/bin.mjs --root SCRATCH) writing every file, median wall ms. */
  cliMs: number;
  /** In-memory buildModel + render: the first call in a fresh process, and the median of the later ones. */
  firstMs: number;
  warmMs: number;
  modelMs: number;
  renderMs: number;
  importMs: number;
  /** Each target alone on the model, warm, ms. */
  perTarget: Record<string, number>;
}

const tsxCli = join(createRequire(import.meta.url).resolve("tsx/package.json"), "..", "dist/cli.mjs");
const bin = join(rootDir, "generators/src/bin.mjs");
const worker = join(benchDir, "src/generator-worker.ts");

/** A scratch root holding only what the CLI reads: the spec and packages/core/package.json (the version). */
function scratchRoot(name: string, spec: string): string {
  const dir = join(cacheDir, "gen", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "spec"), { recursive: true });
  mkdirSync(join(dir, "packages/core"), { recursive: true });
  writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
  copyFileSync(join(rootDir, "packages/core/package.json"), join(dir, "packages/core/package.json"));
  return dir;
}

/** Run `command args` in `cwd` and time it (wall ms); a non-zero exit throws. */
function timed(command: string, args: string[], cwd = rootDir): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const run = (args: string[]) => timed(process.execPath, [tsxCli, ...args]);
const gen = (args: string[]) => timed(process.execPath, [bin, ...args]);

/** The specs: the real one, then synthetic ones of growing size. */
export function specs(sizes = [100, 300, 900]): { name: string; text: string }[] {
  const real = readFileSync(join(rootDir, "spec/status-codes.yaml"), "utf8");
  return [{ name: "real spec", text: real }, ...sizes.map((n) => ({ name: `synthetic ${n}`, text: syntheticSpec(real, n) }))];
}

export function measureGenerator(cliRuns = Number(process.env.BENCH_GEN_RUNS ?? 2), pipelineRuns = 3): GeneratorRow[] {
  gen(["--help"]); // builds the generator's bundle if its sources changed since the last `pnpm gen`
  return specs().map(({ name, text }) => {
    const slug = name.replace(/\W+/g, "-");
    const cliTimes: number[] = [];
    for (let i = 0; i < cliRuns; i++) {
      // A fresh scratch root each time: every generated file is written, as on a first `pnpm gen`.
      const root = scratchRoot(slug, text);
      cliTimes.push(gen(["--root", root]).ms);
    }
    const root = scratchRoot(slug, text);
    const w = JSON.parse(run([worker, join(root, "spec/status-codes.yaml"), String(pipelineRuns)]).stdout) as {
      importMs: number;
      first: { model: number; render: number };
      warm: { model: number; render: number }[];
      files: number;
      codes: number;
      perTarget: Record<string, number>;
    };
    rmSync(root, { recursive: true, force: true });
    return {
      spec: name,
      codes: w.codes,
      files: w.files,
      cliMs: median(cliTimes),
      firstMs: w.first.model + w.first.render,
      warmMs: median(w.warm.map((t) => t.model + t.render)),
      modelMs: median(w.warm.map((t) => t.model)),
      renderMs: median(w.warm.map((t) => t.render)),
      importMs: w.importMs,
      perTarget: w.perTarget,
    };
  });
}

/** The synthetic specs are valid and the pipeline renders them (the correctness check, no timing). */
export function checkGenerator(): void {
  for (const { name, text } of specs([100])) {
    const root = scratchRoot(name.replace(/\W+/g, "-"), text);
    run([worker, join(root, "spec/status-codes.yaml"), "0"]);
    rmSync(root, { recursive: true, force: true });
  }
}

/** `pnpm gen` as a user runs it: from the root of a checkout, pnpm's own start-up included. Median wall ms. */
export interface GenWallTimes {
  rounds: number;
  /** Nothing changed since the previous run. */
  unchangedMs: number;
  /** One description in the spec edited since the previous run. */
  editedMs: number;
  /** `pnpm gen --check`, which never takes the shortcut. */
  checkMs: number;
}

const EDIT_ANCHOR = "The most familiar error.";

/**
 * Time `pnpm gen` in a scratch copy of this repository (the working tree, installed with `pnpm install`), so the
 * real checkout is not edited. Each round edits 404's description, runs `pnpm gen` (it writes), runs it again
 * (nothing changed), and runs `pnpm gen --check`.
 */
export function measureGenWall(rounds = Number(process.env.BENCH_GEN_WALL_RUNS ?? 7)): GenWallTimes {
  const root = mkdtempSync(join(tmpdir(), "status-bench-gen-"));
  try {
    const skip = /(^|\/)(node_modules|dist|\.turbo|\.git|\.cache)(\/|$)/;
    cpSync(rootDir, root, { recursive: true, filter: (src) => !skip.test(relative(rootDir, src)) });
    timed("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], root);
    const specPath = join(root, "spec/status-codes.yaml");
    const spec = readFileSync(specPath, "utf8");
    if (!spec.includes(EDIT_ANCHOR)) throw new Error(`spec/status-codes.yaml no longer contains "${EDIT_ANCHOR}": pick another text to edit`);
    timed("pnpm", ["gen"], root);
    const times = { unchanged: [] as number[], edited: [] as number[], check: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      writeFileSync(specPath, spec.replace(EDIT_ANCHOR, `The most familiar error (bench edit ${i}).`));
      const edited = timed("pnpm", ["gen"], root);
      const unchanged = timed("pnpm", ["gen"], root);
      if (!/\d+ written/.test(edited.stdout) || /\d+ written/.test(unchanged.stdout)) {
        throw new Error(`expected the run after the edit to write and the next one not to:\n${edited.stdout}\n${unchanged.stdout}`);
      }
      times.edited.push(edited.ms);
      times.unchanged.push(unchanged.ms);
      times.check.push(timed("pnpm", ["gen", "--check"], root).ms);
    }
    return { rounds, unchangedMs: median(times.unchanged), editedMs: median(times.edited), checkMs: median(times.check) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
