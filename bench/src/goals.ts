/** The goals, judged from one run's numbers. */
import type { BundleRow } from "./bundle.js";
import type { LookupResults } from "./lookups/run.js";
import { bytes, ratio } from "./util.js";

export interface Goal {
  goal: string;
  measured: string;
  met: boolean;
  /** Why a missed goal was missed, from the same numbers (printed under the summary table). */
  note?: string;
}

const CORE = "@org/status-core";

function coreRow(results: LookupResults, id: string) {
  const group = results.groups.find((g) => g.id === id);
  const row = group?.rows.find((r) => r.lib === CORE);
  if (!group || !row) throw new Error(`no ${CORE} row in lookup group ${id}`);
  return { group, row };
}

function ratioGoal(results: LookupResults, ids: readonly string[], limit: number, goal: string): Goal {
  const parts = ids.map((id) => coreRow(results, id));
  const measured = parts
    .map(({ group, row }) => `${group.title.replace(/^.*?, /, "")}: ${ratio(row.ratio)} (rounds ${ratio(row.ratioMin)}–${ratio(row.ratioMax)})`)
    .join("; ");
  const over = parts.filter(({ row }) => row.ratio > limit);
  const note = over
    .map(({ group, row }) => {
      const base = group.rows.find((r) => r.lib === "baseline")!;
      const gap = `${group.title}: ${(row.ns - base.ns).toFixed(1)} ns per lookup more than the baseline`;
      return row.ratioMin <= limit
        ? `${gap}, and at least one round met the goal (lowest ${ratio(row.ratioMin)}): a gap this machine cannot tell from noise between rounds.`
        : `${gap} in every round: a real cost to find and remove in @org/status-core.`;
    })
    .join(" ");
  return { goal, measured, met: over.length === 0, ...(note ? { note } : {}) };
}

function fasterThanPeers(results: LookupResults): Goal {
  const losses: string[] = [];
  const gaps: number[] = [];
  let worst = Infinity;
  for (const group of results.groups) {
    const core = group.rows.find((r) => r.lib === CORE);
    if (!core) continue;
    for (const peer of group.rows.filter((r) => r.lib !== CORE && r.lib !== "baseline")) {
      const margin = peer.ns / core.ns;
      worst = Math.min(worst, margin);
      if (margin <= 1) {
        losses.push(`${group.title}: ${peer.variant} ${ratio(1 / margin)} faster (${(core.ns - peer.ns).toFixed(1)} ns per lookup)`);
        gaps.push(core.ns - peer.ns);
      }
    }
  }
  const measured = losses.length === 0 ? `every peer slower; closest: core ${ratio(worst)} faster` : losses.join("; ");
  const widest = Math.max(0, ...gaps);
  const note =
    losses.length === 0
      ? undefined
      : widest < 1
        ? "Every gap is under 1 ns per lookup: one property read (the peer) against an integer check and one array read (core), " +
          "a difference this shared machine does not resolve from one run to the next."
        : `The widest gap is ${widest.toFixed(1)} ns per lookup: a real cost to find and remove in @org/status-core.`;
  return { goal: "faster than every peer on every lookup it offers", measured, met: losses.length === 0, ...(note ? { note } : {}) };
}

function size(rows: readonly BundleRow[], operation: string, lib: string): BundleRow {
  const row = rows.find((r) => r.operation.startsWith(operation) && r.lib === lib);
  if (!row) throw new Error(`no bundle row ${operation} / ${lib}`);
  return row;
}

function smallest(rows: readonly BundleRow[], operation: string, core: BundleRow, key: "bytes" | "gzip"): Goal {
  const peers = rows.filter((r) => r.operation.startsWith(operation) && !r.lib.startsWith(CORE) && r.lib !== "baseline");
  const best = peers.reduce((a, b) => (a[key] <= b[key] ? a : b));
  return {
    goal: `${operation}: smaller than every peer (${key === "gzip" ? "gzip" : "minified"})`,
    measured: `${bytes(core[key])} B vs ${bytes(best[key])} B (${best.lib}, the smallest peer)`,
    met: peers.every((p) => core[key] < p[key]),
  };
}

export function judgeGoals(lookups: LookupResults, bundles: readonly BundleRow[]): Goal[] {
  const constRoot = size(bundles, "one constant", `${CORE} (StatusCode.NOT_FOUND)`);
  const constCodes = size(bundles, "one constant", `${CORE}/codes (NOT_FOUND)`);
  const phrase = size(bundles, "code → phrase", CORE);
  return [
    ratioGoal(lookups, ["code-known", "code-unknown"], 1.2, "code → phrase within 1.2x of the array baseline"),
    ratioGoal(lookups, ["phrase-exact", "phrase-casing", "phrase-alias", "phrase-unknown"], 2, "phrase → code (any case, aliases) within 2x of exact Map.get"),
    ratioGoal(lookups, ["class"], 1.2, "class predicate within 1.2x of a range check"),
    fasterThanPeers(lookups),
    { goal: "one constant under 100 B minified: `import { NOT_FOUND } from \"@org/status-core/codes\"`", measured: `${bytes(constCodes.bytes)} B`, met: constCodes.bytes < 100 },
    {
      goal: "one constant under 100 B minified: `StatusCode.NOT_FOUND`",
      measured: `${bytes(constRoot.bytes)} B`,
      met: constRoot.bytes < 100,
      note:
        "esbuild keeps every property of an object when one is read (and so does a namespace re-export, tried), so `StatusCode` " +
        "costs the whole table; `@org/status-core/codes` exports each code as its own constant for bundles that want one.",
    },
    { goal: "getReasonPhrase alone under 1.2 KB (1,200 B) gzip", measured: `${bytes(phrase.gzip)} B`, met: phrase.gzip < 1200 },
    smallest(bundles, "one constant", constCodes, "bytes"),
    smallest(bundles, "code → phrase", phrase, "gzip"),
  ];
}
