/**
 * `pnpm --filter @org/bench test`: the benchmark's correctness without timing, so CI keeps it working.
 * @org/status-core and the inline baselines must give the expected answer on every input; the peers' differences
 * are printed (they are findings, not failures); every timed loop must compute what was checked; every bundle
 * entry must build; every cold-import script must load; every type consumer must compile; the synthetic spec must
 * pass the generator.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { BUNDLE_CASES, bundle } from "./bundle.js";
import { checkColdImports } from "./cold-import.js";
import { ensureCoreBuilt } from "./ensure-core.js";
import { checkGenerator } from "./generator.js";
import { syntheticCodes } from "./synthetic.js";
import { checkTypeConsumers } from "./type-cost.js";
import { benchDir } from "./util.js";

let failures = 0;
async function test(name: string, fn: () => unknown): Promise<void> {
  try {
    await fn();
    process.stdout.write(`ok    ${name}\n`);
  } catch (error) {
    failures++;
    process.stdout.write(`FAIL  ${name}\n${(error as Error).message}\n`);
  }
}

ensureCoreBuilt();
// Loaded after the build check: these import @org/status-core's dist.
const { groups } = await import("./lookups/cases.js");
const { checkAll } = await import("./lookups/check.js");

await test("lookups: @org/status-core and the baselines answer as RFC 9110 says; timed loops match", () => {
  const result = checkAll(groups());
  assert.deepEqual(result.loopMismatches, []);
  const ours = result.disagreements.filter((d) => d.lib === "@org/status-core" || d.lib === "baseline");
  assert.deepEqual(ours, []);
  const peers = new Set(result.disagreements.map((d) => `${d.variant}`));
  process.stdout.write(`      peers with answers that differ (reported in results/lookups.md): ${[...peers].join(", ")}\n`);
});

await test("lookups: the timing process runs end to end (one short round)", () => {
  const tsx = join(createRequire(import.meta.url).resolve("tsx/package.json"), "..", "dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, join(benchDir, "src/lookups/run.ts")], {
    encoding: "utf8",
    env: { ...process.env, BENCH_ROUNDS: "1", BENCH_MIN_CPU_MS: "1" },
  });
  assert.equal(r.status, 0, r.stderr);
  const parsed = JSON.parse(r.stdout) as { groups: { rows: { ns: number }[] }[] };
  assert.ok(parsed.groups.every((g) => g.rows.every((row) => Number.isFinite(row.ns))));
});

await test("bundle: every entry builds", async () => {
  for (const c of BUNDLE_CASES) assert.ok((await bundle(c.source)).length > 0, `${c.operation} / ${c.lib}`);
});

await test("bundle: one constant from /codes and one predicate leave the phrase table out", async () => {
  for (const source of [`import { NOT_FOUND } from "@org/status-core/codes"; console.log(NOT_FOUND);`, `import { isClientError } from "@org/status-core"; console.log(isClientError(globalThis.code));`]) {
    assert.doesNotMatch(await bundle(source), /Not Found/);
  }
});

await test("cold import: every script loads", checkColdImports);
await test("type cost: every consumer type-checks", checkTypeConsumers);
await test("generator: synthetic codes are spread over 100-999 without duplicates", () => {
  for (const n of [100, 300, 900]) {
    const codes = syntheticCodes(n);
    assert.equal(new Set(codes).size, n);
    assert.ok(codes[0] === 100 && codes[n - 1]! <= 999);
  }
});
await test("generator: the real and a synthetic spec go through the pipeline", checkGenerator);

if (failures > 0) {
  process.stdout.write(`${failures} failed\n`);
  process.exitCode = 1;
}
