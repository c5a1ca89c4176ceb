/**
 * The harness stays runnable in CI without timing anything that matters: every answer is checked as `pnpm bench`
 * checks it; the report and its goals table are written from recorded numbers, one per case; each section's measuring
 * code runs once on its cheapest case; the generator's synthetic specs build. No assertion is about a duration.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLE_CASES, COLD_LIBS, GROUPS, TYPE_CONSUMERS } from "../src/cases.js";
import { syntheticSpec } from "../src/generator.js";
import { GOALS, judgeGoals } from "../src/goals.js";
import { BUNDLERS, measureBundles, measureColdImports, measureTypeCost } from "../src/measure.js";
import { report, type Results, summary } from "../src/report.js";
import { check, label, timeInProcess } from "../src/time.js";

/** A full run's numbers, made up but shaped as `pnpm bench` records them: every case of cases.ts has its row. */
function recorded(): Results {
  const rounds = (ratio: number) => ({ ratio, ratioMin: ratio, ratioMax: ratio });
  return {
    machine: { date: "2026-12-05 04:24 UTC", cpu: "AMD EPYC", cores: 2, node: "v20.20.2", platform: "linux-x64", commit: "e05c3cc", load: "1.00" },
    knobs: { rounds: 9, minCpuMs: 150, coldRuns: 15, tscRuns: 3, genRuns: 2, genWallRounds: 7 },
    // The first row is the reference; every later row takes one more time its time.
    timed: GROUPS.map((g) => ({ id: g.id, kind: g.kind, title: g.title, inputs: g.inputs.length, rows: g.rows.map((row, i) => ({ label: label(row), lib: row.lib, ns: 2.5 * (i + 1), ...rounds(i + 1) })), wrong: check(g) })),
    bundles: BUNDLE_CASES.map((c, i) => ({ ...c, sizes: Object.fromEntries((c.node ? (["esbuild"] as const) : BUNDLERS).map((b) => [b, { bytes: 40 + 100 * i, gzip: 30 + 50 * i }])) })),
    cold: COLD_LIBS.flatMap((lib, i) => (["CJS require", "ESM import"] as const).map((format) => ({ lib: lib || "empty script", format, ms: 40 + i, overEmpty: i }))),
    types: TYPE_CONSUMERS.map(([lib], i) => ({ lib, types: 100 * (i + 1), checkMs: 10 * i, totalMs: 500 + 10 * i, memoryKb: 60_000 + i, files: 80 + i })),
    generator: ["real spec", "synthetic 100", "synthetic 300", "synthetic 900"].map((spec, i) => ({
      spec, codes: [130, 100, 300, 900][i]!, files: 40, cliMs: 900 + i, firstMs: 700 + i, warmMs: 300 * (i + 1), modelMs: 100 * (i + 1), renderMs: 200 * (i + 1), importMs: 400, perTarget: { core: 150, openapi: 50 },
    })),
    genWall: { rounds: 7, unchangedMs: 219, editedMs: 1977, checkMs: 2100 },
    loadEnd: "2.00",
  };
}

/** Each Markdown table of `text` as rows of cells (`\|` is a character of a cell). */
function tables(text: string): string[][][] {
  return text.split("\n\n").filter((b) => b.startsWith("|")).map((b) => b.split("\n").map((line) => line.slice(1, -1).split(/(?<!\\)\|/)));
}

describe("pnpm bench", () => {
  it.each(GROUPS.map((g) => [g.id, g] as const))("checks the answers of %s before timing (core and the baselines right, timed loops = checked answers)", (_, group) => {
    expect(() => check(group)).not.toThrow();
  });

  it("writes every section of a full run into one report, with every goal judged and well-formed tables", () => {
    const full = recorded();
    expect(judgeGoals(full)).toHaveLength(GOALS.length);
    const text = report(full);
    const headings = ["# Benchmarks", "## Goals", "## Time", ...GROUPS.map((g) => `### ${g.title} (${g.inputs.length} inputs)`), "### Answers that differ from RFC 9110", "## Bundle cost", "## Cold import", "## Type cost", "## Generator"];
    expect(text.split("\n").filter((line) => line.startsWith("#"))).toEqual(headings);
    expect(tables(text).length).toBe(GROUPS.length + 7);
    for (const table of tables(text)) for (const row of table) expect(row).toHaveLength(table[0]!.length);
    // Verdicts from the recorded numbers: core at 2x its baseline everywhere, bundles growing by 100 B per case.
    expect(text).toContain("| code → phrase within 1.2x of the array baseline | known codes: 2.00x (rounds 2.00x–2.00x);");
    expect(text).toMatch(/\| one constant under 100 B minified with Rolldown, Rollup and webpack: `StatusCode.NOT_FOUND` \| rolldown 140 B, rollup 140 B, webpack 140 B \| \*\*missed\*\* \|/);
    expect(text).toMatch(/\| construct an error and serialise its problem: .* \| met \|/);
    expect(text).toContain("- Missed: code → phrase within 1.2x of the array baseline. code → phrase, known codes: over the goal in every round");
    // The README gets the same goals table.
    expect(text).toContain(summary(full).slice(summary(full).indexOf("| goal |")));
  });

  it("judges only the goals whose numbers a partial run (BENCH_ONLY) took", () => {
    const text = report({ ...recorded(), timed: [], cold: [], types: [], generator: [], genWall: undefined });
    expect(text.split("\n").filter((line) => line.startsWith("## "))).toEqual(["## Goals", "## Bundle cost"]);
    expect(text).toContain("| one constant under 100 B minified with Rolldown, Rollup and webpack");
    expect(text).not.toContain("construct an error and serialise its problem");
  });

  // What only a real run checks (a child process's protocol, a bundler's options, tsc's diagnostics), on the cheapest case.
  it("measures each section but the generator once, as `pnpm bench` does", async () => {
    const timed = timeInProcess("class", { rounds: 1, minCpuMs: 1, smoke: true });
    expect(timed.rows.map((row) => row.label)).toEqual(GROUPS.find((g) => g.id === "class")!.rows.map(label));
    expect(timed.rows.map((row) => Number.isFinite(row.ns) && row.ratio > 0)).not.toContain(false);
    const errorClass = BUNDLE_CASES.find((c) => c.node)!;
    const [bundled] = await measureBundles([errorClass]);
    expect(Object.keys(bundled!.sizes)).toEqual(["esbuild"]);
    expect(bundled!.sizes.esbuild!.bytes).toBeGreaterThan(bundled!.sizes.esbuild!.gzip);
    expect(measureColdImports([""], 1).map((row) => [row.lib, row.format, row.ms > 0])).toEqual([["empty script", "CJS require", true], ["empty script", "ESM import", true]]);
    const [types] = measureTypeCost(TYPE_CONSUMERS.slice(0, 1), 1);
    expect([types!.types, types!.files, types!.memoryKb].every((v) => v > 0) && Number.isFinite(types!.checkMs + types!.totalMs)).toBe(true);
  });

  // The generator section spends tens of seconds per spec on a busy machine; its synthetic specs are what can break.
  it("times the generator on synthetic specs that the pipeline accepts", async () => {
    const { buildModel } = await import("@org/generators/build");
    const real = readFileSync(new URL("../../spec/status-codes.yaml", import.meta.url), "utf8");
    expect(buildModel(Buffer.from(syntheticSpec(real, 900)), "0.0.0-bench").statuses).toHaveLength(900);
  });
});
