/**
 * Times the generator's pure pipeline (buildModel + render, no disk writes) on one spec, in a fresh process:
 * `tsx src/gen-worker.ts SPEC RUNS` (started by generator.ts). Prints JSON: the import time, the first (cold) run and the later runs.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [specPath, runsArg] = process.argv.slice(2);
if (!specPath) throw new Error("usage: gen-worker SPEC [RUNS]");
const runs = Number(runsArg ?? 3);

const t0 = performance.now();
const { buildModel } = await import("@org/generators/build");
const { render } = await import("@org/generators/render");
const { targets } = await import("@org/generators/targets");
const importMs = performance.now() - t0;

const bytes = readFileSync(specPath);
const times: { model: number; render: number }[] = [];
let files = 0;
let codes = 0;
for (let i = 0; i < runs + 1; i++) {
  const a = performance.now();
  const model = buildModel(bytes, "0.0.0-bench");
  const b = performance.now();
  const out = render(model);
  const c = performance.now();
  times.push({ model: b - a, render: c - b });
  files = out.length;
  codes = model.statuses.length;
}
// Where render's time goes: each target alone on the same model, once more (warm).
const model = buildModel(bytes, "0.0.0-bench");
const perTarget: Record<string, number> = {};
for (const target of targets) {
  const a = performance.now();
  target.generate(model);
  perTarget[target.name] = performance.now() - a;
}
process.stdout.write(`${JSON.stringify({ importMs, first: times[0], warm: times.slice(1), perTarget, files, codes })}\n`);
