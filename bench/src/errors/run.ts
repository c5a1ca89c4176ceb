/**
 * The error benchmarks, run in a process of their own (started by main.ts), like the lookups. Prints one JSON
 * document (ErrorTimings) on stdout: per operation, each library's median ns per error and its ratio to
 * @org/status-core measured in the same round.
 */
import { do_not_optimize, measure } from "mitata";
import { median } from "../util.js";
import { checkErrorVariants, ERROR_INPUTS, ERROR_VARIANTS, type ErrorVariant } from "./cases.js";

export interface ErrorTimingRow {
  variant: string;
  lib: string;
  /** Median over rounds of the per-round median ns per error. */
  ns: number;
  /** Median over rounds of (this ÷ @org/status-core in the same round), with the lowest and highest round. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
}

export interface ErrorTimings {
  rounds: number;
  minCpuMs: number;
  inputs: number;
  operations: { id: "construct" | "serialise"; title: string; rows: ErrorTimingRow[] }[];
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const minCpuMs = Number(process.env.BENCH_MIN_CPU_MS ?? 150);

const OPERATIONS = [
  { id: "construct", title: "construct an error", loop: (v: ErrorVariant) => v.construct.bind(v) },
  { id: "serialise", title: "construct an error and serialise its problem", loop: (v: ErrorVariant) => v.constructAndSerialise.bind(v) },
] as const;

async function main(): Promise<void> {
  const problems = checkErrorVariants();
  if (problems.length > 0) throw new Error(`the libraries do not answer alike:\n${problems.join("\n")}`);
  const n = ERROR_VARIANTS.length;
  const operations = OPERATIONS.map((op) => {
    const ns = ERROR_VARIANTS.map(() => [] as number[]);
    const ratios = ERROR_VARIANTS.map(() => [] as number[]);
    return { op, ns, ratios };
  });
  for (let round = 0; round < rounds; round++) {
    for (const { op, ns, ratios } of operations) {
      const perRound = new Array<number>(n).fill(0);
      // Rotate the order each round so that no library always runs first or after the same neighbour.
      for (let k = 0; k < n; k++) {
        const vi = (k + round) % n;
        const loop = op.loop(ERROR_VARIANTS[vi]!);
        const stats = await measure(() => do_not_optimize(loop(ERROR_INPUTS)), { min_cpu_time: minCpuMs * 1e6 });
        perRound[vi] = stats.p50 / ERROR_INPUTS.length;
      }
      perRound.forEach((value, vi) => {
        ns[vi]!.push(value);
        ratios[vi]!.push(value / perRound[0]!);
      });
    }
    process.stderr.write(`  errors: round ${round + 1}/${rounds} done\n`);
  }
  const result: ErrorTimings = {
    rounds,
    minCpuMs,
    inputs: ERROR_INPUTS.length,
    operations: operations.map(({ op, ns, ratios }) => ({
      id: op.id,
      title: op.title,
      rows: ERROR_VARIANTS.map((v, vi) => ({
        variant: v.name,
        lib: v.lib,
        ns: median(ns[vi]!),
        ratio: median(ratios[vi]!),
        ratioMin: Math.min(...ratios[vi]!),
        ratioMax: Math.max(...ratios[vi]!),
      })),
    })),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
