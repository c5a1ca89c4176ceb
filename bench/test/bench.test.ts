/**
 * The harness stays runnable in CI without timing anything that matters: every answer is checked as `pnpm bench`
 * checks it, and a sample of each section runs end to end into the report. No assertion is about a duration.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GROUPS } from "../src/cases.js";
import { syntheticSpec } from "../src/generator.js";
import { runBench } from "../src/main.js";
import { report } from "../src/report.js";
import { check } from "../src/time.js";

describe("pnpm bench", () => {
  it.each(GROUPS.map((g) => [g.id, g] as const))("checks the answers of %s before timing (core and the baselines right, timed loops = checked answers)", (_, group) => {
    expect(() => check(group)).not.toThrow();
  });

  it("runs a sample of every section but the generator into one report with its goals", async () => {
    const knobs = { rounds: 1, minCpuMs: 1, smoke: true, coldRuns: 1, tscRuns: 1, genRuns: 0, genWallRounds: 0 };
    const results = await runBench(["lookups", "errors", "bundle", "cold", "types"], knobs, (cases) => cases.slice(0, 2));
    expect(results.timed.map((g) => g.id)).toEqual(["code-known", "code-unknown", "construct", "serialise"]);
    expect(results.timed.flatMap((g) => g.rows.map((row) => Number.isFinite(row.ns) && row.ratio > 0))).not.toContain(false);
    const text = report(results);
    const headings = ["# Benchmarks", "## Goals", "## Time", "### errors: construct an error (4 inputs)", "### Answers that differ from RFC 9110", "## Bundle cost", "## Cold import", "## Type cost"];
    expect(text.split("\n")).toEqual(expect.arrayContaining(headings));
    // Goals judged from this sample: the constant bundled by the three bundlers that cut a namespace, and the error speed.
    expect(text).toMatch(/\| one constant under 100 B minified with Rolldown, Rollup and webpack: `StatusCode.NOT_FOUND` \| rolldown \d+ B, rollup \d+ B, webpack \d+ B \| (met|\*\*missed\*\*) \|/);
    expect(text).toMatch(/\| construct an error and serialise its problem: .* \| (met|\*\*missed\*\*) \|/);
  });

  // The generator section spends tens of seconds per spec on a busy machine; its synthetic specs are what can break.
  it("times the generator on synthetic specs that the pipeline accepts", async () => {
    const { buildModel } = await import("@org/generators/build");
    const real = readFileSync(new URL("../../spec/status-codes.yaml", import.meta.url), "utf8");
    expect(buildModel(Buffer.from(syntheticSpec(real, 900)), "0.0.0-bench").statuses).toHaveLength(900);
  });
});
