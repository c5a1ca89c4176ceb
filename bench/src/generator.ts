/** Generator cost: `pnpm gen` end to end on a scratch checkout, and the in-memory pipeline, on growing specs. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { syntheticSpec } from "./synthetic.js";
import { benchDir, cacheDir, median, rootDir } from "./util.js";

export interface GeneratorRow {
  spec: string;
  codes: number;
  files: number;
  /** `pnpm gen`'s command (tsx generators/src/cli.ts --root SCRATCH) writing every file, median wall ms. */
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
const cli = join(rootDir, "generators/src/cli.ts");
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

function run(args: string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [tsxCli, ...args], { cwd: rootDir, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}:\n${r.stdout}${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/** The specs: the real one, then synthetic ones of growing size. */
export function specs(sizes = [100, 300, 900]): { name: string; text: string }[] {
  const real = readFileSync(join(rootDir, "spec/status-codes.yaml"), "utf8");
  return [{ name: "real spec", text: real }, ...sizes.map((n) => ({ name: `synthetic ${n}`, text: syntheticSpec(real, n) }))];
}

export function measureGenerator(cliRuns = Number(process.env.BENCH_GEN_RUNS ?? 2), pipelineRuns = 3): GeneratorRow[] {
  return specs().map(({ name, text }) => {
    const slug = name.replace(/\W+/g, "-");
    const cliTimes: number[] = [];
    for (let i = 0; i < cliRuns; i++) {
      // A fresh scratch root each time: every generated file is written, as on a first `pnpm gen`.
      const root = scratchRoot(slug, text);
      cliTimes.push(run([cli, "--root", root]).ms);
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
