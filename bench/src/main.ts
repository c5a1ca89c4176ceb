/**
 * `pnpm bench`: every case of cases.ts in one run, judged against one goals table, written to bench/results.md by one
 * writer; the goals table is copied into the README between its bench markers.
 *
 * Environment: BENCH_ONLY=lookups,errors,bundle,cold,types,generator runs those sections alone and prints the report
 * (with the goals they can judge) without writing anything. BENCH_ROUNDS, BENCH_MIN_CPU_MS, BENCH_COLD_RUNS,
 * BENCH_TSC_RUNS, BENCH_GEN_RUNS and BENCH_GEN_WALL_RUNS size the sections; BENCH_NODE (a path to another `node`) and
 * BENCH_V8_FLAGS (e.g. `--max-opt=2`) choose what the timed groups run under.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_CASES, COLD_LIBS, GROUPS, TYPE_CONSUMERS } from "./cases.js";
import { measureGenerator, measureGenWall } from "./generator.js";
import { benchDir, measureBundles, measureColdImports, measureTypeCost } from "./measure.js";
import { type Knobs, machine, report, type Results, summary } from "./report.js";
import { timeInProcess } from "./time.js";

const SECTIONS = ["lookups", "errors", "bundle", "cold", "types", "generator"] as const;
type Section = (typeof SECTIONS)[number];

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  process.stderr.write(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return value;
}

/** Run `sections`, each on every case of cases.ts. */
async function runBench(sections: readonly Section[], knobs: Knobs): Promise<Results> {
  const on = (s: Section) => sections.includes(s);
  const groups = [...(on("lookups") ? GROUPS.filter((g) => g.kind === "lookup") : []), ...(on("errors") ? GROUPS.filter((g) => g.kind === "error") : [])];
  const r: Results = { machine: machine(), knobs, timed: [], bundles: [], cold: [], types: [], generator: [], loadEnd: "" };
  for (const g of groups) r.timed.push(await step(`time ${g.id}`, () => timeInProcess(g.id, knobs)));
  if (on("bundle")) r.bundles = await step("bundle cost", () => measureBundles(BUNDLE_CASES));
  if (on("cold")) r.cold = await step("cold import", () => measureColdImports(COLD_LIBS, knobs.coldRuns));
  if (on("types")) r.types = await step("type cost", () => measureTypeCost(TYPE_CONSUMERS, knobs.tscRuns));
  if (on("generator")) {
    r.generator = await step("generator", () => measureGenerator([100, 300, 900], knobs.genRuns));
    if (knobs.genWallRounds > 0) r.genWall = await step("pnpm gen wall time", () => measureGenWall(knobs.genWallRounds));
  }
  r.loadEnd = loadavg()[0]!.toFixed(2);
  return r;
}

/** Replace what lies between `<!-- bench:start -->` and `<!-- bench:end -->` in the root README. */
function updateReadme(text: string): void {
  const path = join(benchDir, "../README.md");
  const readme = readFileSync(path, "utf8");
  const [start, end] = [readme.indexOf("<!-- bench:start -->"), readme.indexOf("<!-- bench:end -->")];
  if (start < 0 || end < start) throw new Error("README.md has no <!-- bench:start --> … <!-- bench:end --> markers: put them back where the goals table goes");
  writeFileSync(path, `${readme.slice(0, start)}<!-- bench:start -->\n${text}${readme.slice(end)}`);
}

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})`);
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  const knobs: Knobs = {
    rounds: env("BENCH_ROUNDS", 9),
    minCpuMs: env("BENCH_MIN_CPU_MS", 150),
    coldRuns: env("BENCH_COLD_RUNS", 15),
    tscRuns: env("BENCH_TSC_RUNS", 3),
    genRuns: env("BENCH_GEN_RUNS", 2),
    genWallRounds: env("BENCH_GEN_WALL_RUNS", 7),
    ...(process.env.BENCH_NODE && { node: process.env.BENCH_NODE }),
    flags: (process.env.BENCH_V8_FLAGS ?? "").split(/\s+/).filter(Boolean),
  };
  // turbo's cache decides whether core's dist is stale, so the bench never measures old code.
  execFileSync("pnpm", ["turbo", "run", "build", "--filter=@org/status-core", "--output-logs=errors-only"], { cwd: join(benchDir, ".."), stdio: ["ignore", "ignore", "inherit"] });
  const results = await runBench(only.length > 0 ? (only as Section[]) : SECTIONS, knobs);
  if (only.length > 0) {
    process.stdout.write(`${report(results)}\nBENCH_ONLY=${only.join(",")}: nothing written\n`);
    return;
  }
  writeFileSync(join(benchDir, "results.md"), report(results));
  updateReadme(summary(results));
  process.stdout.write(`${summary(results)}\nwrote bench/results.md and the README's goals table\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
