/** Cold import: wall time of a fresh `node` process that loads one library, against one that loads nothing. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, median } from "./util.js";

export interface ColdRow {
  lib: string;
  format: "CJS require" | "ESM import";
  /** Median wall time of the whole process, ms. */
  ms: number;
  /** ms minus the empty script's median in the same format. */
  overEmpty: number;
}

const LIBS: readonly (readonly [label: string, specifier: string | undefined])[] = [
  ["empty script", undefined],
  ["@org/status-core", "@org/status-core"],
  ["@org/status-core/codes", "@org/status-core/codes"],
  ["http-status-codes", "http-status-codes"],
  ["statuses", "statuses"],
  ["http-status", "http-status"],
  ["node:http", "node:http"],
];

/** One script per library and format, in the bench folder so that packages resolve from bench/node_modules. */
function writeScripts(): { lib: string; format: ColdRow["format"]; file: string }[] {
  const dir = join(cacheDir, "cold");
  mkdirSync(dir, { recursive: true });
  return LIBS.flatMap(([lib, spec], i) => {
    const cjs = join(dir, `${i}.cjs`);
    const mjs = join(dir, `${i}.mjs`);
    writeFileSync(cjs, spec ? `require(${JSON.stringify(spec)});\n` : "\n");
    writeFileSync(mjs, spec ? `import ${JSON.stringify(spec)};\n` : "\n");
    return [
      { lib, format: "CJS require" as const, file: cjs },
      { lib, format: "ESM import" as const, file: mjs },
    ];
  });
}

function runOnce(file: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [file], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${file} failed: ${result.stderr.toString()}`);
  return ms;
}

/** Every script once per round, in a rotating order, so slow phases of a noisy machine hit all alike. */
export function measureColdImports(runs = Number(process.env.BENCH_COLD_RUNS ?? 15)): ColdRow[] {
  const scripts = writeScripts();
  const samples = scripts.map(() => [] as number[]);
  for (const s of scripts) runOnce(s.file); // warm the file system cache
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < scripts.length; k++) {
      const i = (k + round) % scripts.length;
      samples[i]!.push(runOnce(scripts[i]!.file));
    }
  }
  const rows = scripts.map((s, i) => ({ lib: s.lib, format: s.format, ms: median(samples[i]!), overEmpty: 0 }));
  for (const row of rows) {
    const empty = rows.find((r) => r.lib === "empty script" && r.format === row.format)!;
    row.overEmpty = row.ms - empty.ms;
  }
  return rows;
}

/** Every script loads without error (the correctness check, no timing). */
export function checkColdImports(): void {
  for (const s of writeScripts()) runOnce(s.file);
}
