/** Answers of every variant on every input, compared with the expected ones before anything is timed. */
import type { AnyGroup, Group } from "./cases.js";

export interface Disagreement {
  group: string;
  variant: string;
  lib: string;
  input: string;
  expected: string;
  got: string;
}

export interface CheckResult {
  disagreements: Disagreement[];
  /** Variants whose timed loop does not compute what `one` computes: a bug in the benchmark itself. */
  loopMismatches: string[];
}

/** A value as a table shows it; inherited members (a function where a code was expected) are named as such. */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return `[inherited ${value.name || "function"}]`;
  if (typeof value === "object" && value !== null) return "[inherited Object.prototype]";
  return JSON.stringify(value);
}

function checkGroup<I>(group: Group<I>): CheckResult {
  const disagreements: Disagreement[] = [];
  const loopMismatches: string[] = [];
  for (const variant of group.variants) {
    if (variant.lib === "baseline" && group.checkBaseline === false) continue;
    for (const input of [...group.inputs, ...(group.checkOnly ?? [])]) {
      const got = variant.one(input);
      const expected = group.expected(input);
      if (got !== expected) {
        disagreements.push({ group: group.title, variant: variant.name, lib: variant.lib, input: show(input), expected: show(expected), got: show(got) });
      }
    }
  }
  for (const variant of group.variants) {
    const want = group.inputs.reduce((sum, input) => sum + group.fold(variant.one(input)), 0);
    const got = variant.loop(group.inputs);
    if (got !== want) loopMismatches.push(`${group.title} / ${variant.name}: loop checksum ${got}, one-by-one ${want}`);
  }
  return { disagreements, loopMismatches };
}

export function checkAll(groups: readonly AnyGroup[]): CheckResult {
  const results = groups.map((g) => checkGroup(g as Group<unknown>));
  return { disagreements: results.flatMap((r) => r.disagreements), loopMismatches: results.flatMap((r) => r.loopMismatches) };
}
