/**
 * The lookup benchmarks, run in a process of their own so that nothing else has warmed up, deoptimised or filled the
 * heap. main.ts starts one process per group (the group ids are the arguments): the timed loops of one variant are
 * one function literal for every group, so in one process a group's inputs would shape the feedback of the next
 * (a negative code turns a table read megamorphic for good). Without arguments, every group runs here.
 * Prints one JSON document (LookupResults) on stdout.
 */
import { do_not_optimize, measure } from "mitata";
import { groups, type Group } from "./cases.js";
import { checkAll, type Disagreement } from "./check.js";
import { median } from "../util.js";

export interface LookupRow {
  variant: string;
  lib: string;
  /** A peer's bare table read (see Variant.read). */
  read?: true;
  /** Median over rounds of the per-round median ns per lookup. */
  ns: number;
  /** Median over rounds of (this ÷ the baseline of the same round), with the lowest and highest round. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
}

export interface LookupGroupResult {
  id: string;
  title: string;
  inputs: number;
  rows: LookupRow[];
}

export interface LookupResults {
  /** The Node version and V8 flags the lookups ran under (BENCH_NODE, BENCH_V8_FLAGS). */
  node: string;
  flags: string[];
  rounds: number;
  minCpuMs: number;
  groups: LookupGroupResult[];
  disagreements: Disagreement[];
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 9);
const minCpuMs = Number(process.env.BENCH_MIN_CPU_MS ?? 150);

/** One measurement: mitata's median time of one call of the loop, per input. */
async function time<I>(group: Group<I>, loop: (inputs: readonly I[]) => number): Promise<number> {
  const inputs = group.inputs;
  const stats = await measure(() => do_not_optimize(loop(inputs)), { min_cpu_time: minCpuMs * 1e6 });
  return stats.p50 / inputs.length;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const all = groups().filter((g) => only.length === 0 || only.includes(g.id));
  if (all.length === 0) throw new Error(`no lookup group ${only.join(", ")}`);
  const check = checkAll(all);
  if (check.loopMismatches.length > 0) throw new Error(`timed loops disagree with the checked lookups:\n${check.loopMismatches.join("\n")}`);

  // samples[group][variant] = ns per round; ratios likewise, against the baseline measured in the same round.
  const ns = all.map((g) => g.variants.map(() => [] as number[]));
  const ratios = all.map((g) => g.variants.map(() => [] as number[]));
  for (let round = 0; round < rounds; round++) {
    for (const [gi, group] of all.entries()) {
      const g = group as Group<unknown>;
      const n = g.variants.length;
      const perRound: number[] = new Array<number>(n).fill(0);
      // Rotate the order each round so no variant always runs first (cold) or right after the same neighbour.
      for (let k = 0; k < n; k++) {
        const vi = (k + round) % n;
        perRound[vi] = await time(g, g.variants[vi]!.loop.bind(g.variants[vi]));
      }
      const base = perRound[g.variants.findIndex((v) => v.lib === "baseline")]!;
      perRound.forEach((value, vi) => {
        ns[gi]![vi]!.push(value);
        ratios[gi]![vi]!.push(value / base);
      });
    }
    process.stderr.write(`  lookups ${all.length === 1 ? all[0]!.id : "(all groups)"}: round ${round + 1}/${rounds} done\n`);
  }

  const results: LookupResults = {
    node: process.version,
    // The loader that runs this TypeScript file is no V8 flag.
    flags: process.execArgv.filter((f, i, all) => f !== "--import" && all[i - 1] !== "--import"),
    rounds,
    minCpuMs,
    disagreements: check.disagreements,
    groups: all.map((group, gi) => ({
      id: group.id,
      title: group.title,
      inputs: group.inputs.length,
      rows: group.variants.map((v, vi) => ({
        variant: v.name,
        lib: v.lib,
        ...(v.read ? { read: v.read } : {}),
        ns: median(ns[gi]![vi]!),
        ratio: median(ratios[gi]![vi]!),
        ratioMin: Math.min(...ratios[gi]![vi]!),
        ratioMax: Math.max(...ratios[gi]![vi]!),
      })),
    })),
  };
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();
