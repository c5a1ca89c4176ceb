/**
 * Times one group of cases.ts with mitata. main.ts runs each group in a process of its own
 * (`node --import tsx src/time.ts GROUP` prints the group's JSON), so that no group's inputs shape the type feedback
 * of another's (a negative code turns a table read megamorphic for good).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { do_not_optimize, measure } from "mitata";
import { CORE, errorHeaderDifferences, GROUPS, type Group, type Row, SCOPES } from "./cases.js";

export interface TimedRow {
  label: string;
  lib: string;
  /** Median over rounds of mitata's median ns per input. */
  ns: number;
  /** Median over rounds of (this ÷ the group's first row in the same round), and the lowest and highest round. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
}
/** A peer's answer that differs from the expected one (the answers table of the report). */
export interface Wrong {
  group: string;
  label: string;
  input: string;
  got: string;
  want: string;
}
export interface Timed {
  id: string;
  kind: Group["kind"];
  title: string;
  inputs: number;
  rows: TimedRow[];
  wrong: Wrong[];
}
export interface TimeKnobs {
  rounds: number;
  minCpuMs: number;
  /** Another `node` and V8 flags to time under (BENCH_NODE, BENCH_V8_FLAGS). */
  node?: string;
  flags?: string[];
  /** One unbatched sample per row: proves that everything runs, measures nothing worth reading (the test). */
  smoke?: boolean;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const label = (row: Row) => `${row.lib}: ${row.label ?? (row.try ? `try { ${row.expr} } catch {}` : row.expr)}`;

/**
 * The row's expression as `one` (one answer) and `loop` (every input, folded into a checksum), compiled from source
 * so that each row has a loop of its own: no call site or table read is shared between libraries.
 */
function compile(group: Group, row: Row): { one(input: unknown): unknown; loop(inputs: readonly unknown[]): number } {
  const scope = SCOPES[group.kind];
  const body = row.try ? `let v; try { v = ${row.expr}; } catch { v = undefined; }` : `const v = ${row.expr};`;
  const source = `return { one: (${group.arg}) => { ${body} return v; }, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const ${group.arg} = xs[i]; ${body} acc += ${group.fold}; } return acc; } };`;
  return new Function(...Object.keys(scope), source)(...Object.values(scope));
}

const show = (v: unknown) => (v === undefined ? "undefined" : typeof v === "function" ? `[inherited ${v.name}]` : typeof v === "object" && v !== null ? "[inherited Object.prototype]" : JSON.stringify(v));

/** Check every answer before timing: a wrong answer of core or a baseline, or a loop that computes something else, throws. */
export function check(group: Group): Wrong[] {
  const fold = new Function("v", `return ${group.fold};`) as (v: unknown) => number;
  const wrong: Wrong[] = [];
  const broken: string[] = group.kind === "error" ? errorHeaderDifferences() : [];
  for (const row of group.rows) {
    const { one, loop } = compile(group, row);
    const ours = row.lib === CORE || (row.lib === "baseline" && group.checkBaseline !== false);
    for (const input of [...group.inputs, ...(group.checkOnly ?? [])]) {
      const [got, want] = [one(input), group.expected(input)];
      if (got === want) continue;
      if (ours || group.kind === "error") broken.push(`${label(row)} on ${show(input)}: ${show(got)}, want ${show(want)}`);
      else if (row.lib !== "baseline") wrong.push({ group: group.title, label: label(row), input: show(input), got: show(got), want: show(want) });
    }
    const sum = group.inputs.reduce<number>((acc, input) => acc + fold(one(input)), 0);
    if (loop(group.inputs) !== sum) broken.push(`${label(row)}: the timed loop's checksum is not ${sum}`);
  }
  if (broken.length > 0) throw new Error(`${group.id}: wrong answers\n${broken.join("\n")}`);
  return wrong;
}

/** Rounds of every row in a rotating order (no row always first or after the same neighbour), ratios within a round. */
export async function time(group: Group, { rounds, minCpuMs, smoke }: TimeKnobs): Promise<Timed> {
  const options = { min_cpu_time: minCpuMs * 1e6, ...(smoke && { min_samples: 1, batch_samples: 1, warmup_samples: 0 }) };
  const wrong = check(group);
  const loops = group.rows.map((row) => compile(group, row).loop);
  const ns = loops.map(() => [] as number[]);
  const ratios = loops.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const perRound = loops.map(() => 0);
    for (let k = 0; k < loops.length; k++) {
      const i = (k + round) % loops.length;
      const stats = await measure(() => do_not_optimize(loops[i]!(group.inputs)), options);
      perRound[i] = stats.p50 / group.inputs.length;
    }
    perRound.forEach((v, i) => (ns[i]!.push(v), ratios[i]!.push(v / perRound[0]!)));
  }
  const rows = group.rows.map((row, i) => ({
    label: label(row), lib: row.lib,
    ns: median(ns[i]!), ratio: median(ratios[i]!), ratioMin: Math.min(...ratios[i]!), ratioMax: Math.max(...ratios[i]!),
  }));
  return { id: group.id, kind: group.kind, title: group.title, inputs: group.inputs.length, rows, wrong };
}

const self = fileURLToPath(import.meta.url);
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Time one group in a fresh process, as `pnpm bench` does. */
export function timeInProcess(id: string, knobs: TimeKnobs): Timed {
  const env = { ...process.env, BENCH_ROUNDS: String(knobs.rounds), BENCH_MIN_CPU_MS: String(knobs.minCpuMs), BENCH_SMOKE: knobs.smoke ? "1" : "" };
  const r = spawnSync(knobs.node ?? process.execPath, [...(knobs.flags ?? []), "--import", tsx, self, id], { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`timing ${id} failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as Timed;
}

if (process.argv[1] === self) {
  const group = GROUPS.find((g) => g.id === process.argv[2]);
  if (!group) throw new Error(`no group ${process.argv[2]} (groups: ${GROUPS.map((g) => g.id).join(", ")})`);
  const result = await time(group, { rounds: Number(process.env.BENCH_ROUNDS), minCpuMs: Number(process.env.BENCH_MIN_CPU_MS), smoke: process.env.BENCH_SMOKE === "1" });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
