/** Generator cost: `pnpm gen` in a scratch copy of the repository, its command and its in-memory pipeline on growing specs. */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { benchDir, cacheDir } from "./measure.js";
import { median } from "./time.js";

const rootDir = join(benchDir, "..");
const tsx = join(createRequire(import.meta.url).resolve("tsx/package.json"), "../dist/cli.mjs");

export interface GeneratorRow {
  spec: string;
  codes: number;
  files: number;
  /** `node generators/src/bin.mjs --root SCRATCH` writing every file, median wall ms. */
  cliMs: number;
  /** buildModel + render in a fresh process: the first call, the median of later ones, and their parts. */
  firstMs: number;
  warmMs: number;
  modelMs: number;
  renderMs: number;
  importMs: number;
  /** Each target alone on the model, warm. */
  perTarget: Record<string, number>;
}
/** `pnpm gen` as a user runs it, pnpm's start-up included: median wall ms. */
export interface GenWall {
  rounds: number;
  unchangedMs: number;
  editedMs: number;
  checkMs: number;
}

function timed(command: string, args: string[], cwd = rootDir): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: r.stdout };
}

/** A valid spec of `count` vendor codes spread over 100–999, each with its own phrase, and the real spec's headers. */
export function syntheticSpec(real: string, count: number): string {
  const headers = real.slice(real.indexOf("\nheaders:") + 1, real.indexOf("\ncodes:") + 1);
  if (!headers.startsWith("headers:")) throw new Error("the real spec has no headers: block before codes: (the synthetic spec reuses it)");
  const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"];
  const entries = Array.from({ length: count }, (_, i) => {
    const code = 100 + Math.floor((i * 900) / count);
    const name = [...String(code)].map((d) => words[Number(d)]).join(" ");
    return `  - code: ${code}\n    phrase: Synthetic ${name}\n    summary: A made-up status ${code} that only the benchmark uses.\n    description: Status ${code} exists to time the generator on ${count} codes.\n    vendor: Benchmark`;
  });
  return `${headers}\ncodes:\n${entries.join("\n")}\n`;
}

/** A scratch root holding what the CLI reads: the spec and packages/core/package.json (the version). */
function scratchRoot(name: string, spec: string): string {
  const dir = join(cacheDir, "gen", name.replace(/\W+/g, "-"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "spec"), { recursive: true });
  mkdirSync(join(dir, "packages/core"), { recursive: true });
  writeFileSync(join(dir, "spec/status-codes.yaml"), spec);
  copyFileSync(join(rootDir, "packages/core/package.json"), join(dir, "packages/core/package.json"));
  return dir;
}

/** The real spec and synthetic ones of `sizes` codes: the command `cliRuns` times on a fresh root, the pipeline three times. */
export function measureGenerator(sizes: readonly number[], cliRuns: number): GeneratorRow[] {
  const bin = join(rootDir, "generators/src/bin.mjs");
  timed(process.execPath, [bin, "--help"]); // rebuilds the generator's bundle if its sources changed
  const real = readFileSync(join(rootDir, "spec/status-codes.yaml"), "utf8");
  const specs = [["real spec", real], ...sizes.map((n) => [`synthetic ${n}`, syntheticSpec(real, n)])] as const;
  return specs.map(([spec, text]) => {
    const cli = Array.from({ length: cliRuns }, () => timed(process.execPath, [bin, "--root", scratchRoot(spec, text)]).ms);
    const w = JSON.parse(timed(process.execPath, [tsx, join(benchDir, "src/gen-worker.ts"), join(scratchRoot(spec, text), "spec/status-codes.yaml"), "3"]).stdout);
    const warm = w.warm as { model: number; render: number }[];
    const m = (f: (t: { model: number; render: number }) => number) => median(warm.map(f));
    return { spec, codes: w.codes, files: w.files, cliMs: median(cli), firstMs: w.first.model + w.first.render, warmMs: m((t) => t.model + t.render), modelMs: m((t) => t.model), renderMs: m((t) => t.render), importMs: w.importMs, perTarget: w.perTarget };
  });
}

const EDIT = "The most familiar error.";

/** Each round edits 404's description, runs `pnpm gen` (it writes), again (nothing changed) and `pnpm gen --check`. */
export function measureGenWall(rounds: number): GenWall {
  const root = mkdtempSync(join(tmpdir(), "status-bench-gen-"));
  try {
    const skip = /(^|\/)(node_modules|dist|\.turbo|\.git|\.cache)(\/|$)/;
    cpSync(rootDir, root, { recursive: true, filter: (src) => !skip.test(relative(rootDir, src)) });
    timed("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], root);
    const specPath = join(root, "spec/status-codes.yaml");
    const spec = readFileSync(specPath, "utf8");
    if (!spec.includes(EDIT)) throw new Error(`spec/status-codes.yaml no longer contains "${EDIT}": pick another text for the bench to edit`);
    timed("pnpm", ["gen"], root);
    const t = { unchanged: [] as number[], edited: [] as number[], check: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      writeFileSync(specPath, spec.replace(EDIT, `The most familiar error (bench edit ${i}).`));
      const edited = timed("pnpm", ["gen"], root);
      const unchanged = timed("pnpm", ["gen"], root);
      if (!/\d+ written/.test(edited.stdout) || /\d+ written/.test(unchanged.stdout)) throw new Error(`expected the run after the edit to write and the next one not to:\n${edited.stdout}\n${unchanged.stdout}`);
      t.edited.push(edited.ms);
      t.unchanged.push(unchanged.ms);
      t.check.push(timed("pnpm", ["gen", "--check"], root).ms);
    }
    return { rounds, unchangedMs: median(t.unchanged), editedMs: median(t.edited), checkMs: median(t.check) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
