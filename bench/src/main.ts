/**
 * `pnpm bench`: builds @org/status-core if needed, measures lookups, bundle cost, cold import, type cost and the
 * generator in one run, writes bench/results/*.md and copies the summary into the README between its markers.
 * `pnpm bench generator` measures the generator alone and writes only bench/results/generator.md.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { measureBundles } from "./bundle.js";
import { measureColdImports } from "./cold-import.js";
import { ensureCoreBuilt } from "./ensure-core.js";
import { measureGenerator, measureGenWall } from "./generator.js";
import { judgeGoals } from "./goals.js";
import type { LookupResults } from "./lookups/run.js";
import { bundleMd, coldMd, generatorMd, header, lookupsMd, summaryMd, typesMd } from "./report.js";
import { measureTypeCost } from "./type-cost.js";
import { benchDir, machine, rootDir } from "./util.js";

const resultsDir = join(benchDir, "results");
const tsxCli = join(createRequire(import.meta.url).resolve("tsx/package.json"), "..", "dist/cli.mjs");

function step<T>(name: string, run: () => T): T {
  const start = performance.now();
  process.stderr.write(`${name}…\n`);
  const value = run();
  process.stderr.write(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return value;
}

/** The lookups run in a process of their own: no other section's code warms up or deoptimises anything there. */
function runLookups(): LookupResults {
  const r = spawnSync(process.execPath, [tsxCli, join(benchDir, "src/lookups/run.ts")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`the lookup benchmark failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as LookupResults;
}

/** Copy the summary between `<!-- bench:start -->` and `<!-- bench:end -->` in the root README, if both are there. */
function updateReadme(summary: string): void {
  const readme = join(rootDir, "README.md");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const text = existsSync(readme) ? readFileSync(readme, "utf8") : undefined;
  const from = text?.indexOf(start) ?? -1;
  const to = text?.indexOf(end) ?? -1;
  if (text === undefined || from < 0 || to < from) {
    process.stderr.write(`README.md: no ${start} … ${end} markers; the summary table was not copied (it is in bench/results/summary.md)\n`);
    return;
  }
  const next = `${text.slice(0, from + start.length)}\n${summary}${text.slice(to)}`;
  if (next !== text) writeFileSync(readme, next);
  process.stderr.write("README.md: summary table updated between the bench markers\n");
}

async function main(): Promise<void> {
  step("@org/status-core build check", ensureCoreBuilt);
  const m = machine();
  const lookups = step("lookups (mitata, own process)", runLookups);
  const bundles = await measureBundles();
  const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 15);
  const cold = step("cold import", () => measureColdImports(coldRuns));
  const tscRuns = Number(process.env.BENCH_TSC_RUNS ?? 3);
  const types = step("type cost", () => measureTypeCost(tscRuns));
  const generator = step("generator", () => measureGenerator());
  const genWall = step("pnpm gen wall time", () => measureGenWall());
  const goals = judgeGoals(lookups, bundles);

  mkdirSync(resultsDir, { recursive: true });
  const files: Record<string, string> = {
    "lookups.md": header("Lookups", m) + "\n" + lookupsMd(lookups),
    "bundle.md": header("Bundle cost", m) + "\n" + bundleMd(bundles),
    "cold-import.md": header("Cold import", m) + "\n" + coldMd(cold, coldRuns),
    "type-cost.md": header("Type cost", m) + "\n" + typesMd(types, tscRuns),
    "generator.md": header("Generator", m) + "\n" + generatorMd(generator, genWall),
    "summary.md": summaryMd(goals, m),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(resultsDir, name), text);
  process.stdout.write(`\n${files["summary.md"]}\nwrote ${Object.keys(files).map((f) => `bench/results/${f}`).join(", ")}\n`);
  updateReadme(files["summary.md"]!);
}

/** `pnpm bench generator`: only the generator's part, written to results/generator.md (summary and README untouched). */
function generatorOnly(): void {
  const m = machine();
  const generator = step("generator", () => measureGenerator());
  const genWall = step("pnpm gen wall time", () => measureGenWall());
  const text = header("Generator", m) + "\n" + generatorMd(generator, genWall);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, "generator.md"), text);
  process.stdout.write(`\n${text}\nwrote bench/results/generator.md\n`);
}

const args = process.argv.slice(2);
if (args.length === 0) await main();
else if (args.join(" ") === "generator") generatorOnly();
else {
  process.stderr.write(`unknown arguments: ${args.join(" ")}\nUsage: pnpm bench [generator]\n`);
  process.exitCode = 2;
}
