/** The issue's goals, judged from one run's numbers. */
import { type BundleRow, STAND_IN } from "./bundle.js";
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

/** code → phrase against the peers' bare table reads (`table[code]`, no call), group by group. */
function noSlowerThanReads(results: LookupResults, ids: readonly string[]): Goal {
  const parts = ids.map((id) => {
    const { group, row } = coreRow(results, id);
    const reads = group.rows.filter((r) => r.read);
    if (reads.length === 0) throw new Error(`no peer table read in lookup group ${id}`);
    const fastest = reads.reduce((a, b) => (a.ratio <= b.ratio ? a : b));
    return { group, row, fastest, quotient: row.ratio / fastest.ratio };
  });
  const slower = parts.filter((p) => p.quotient > 1);
  const widest = Math.max(0, ...slower.map((p) => p.row.ns - p.fastest.ns));
  const note =
    slower.length === 0
      ? undefined
      : widest < 1
        ? `Every gap is under 1 ns per lookup (widest ${widest.toFixed(1)} ns): a function call against a property read, which this shared machine does not resolve from one run to the next.`
        : `The widest gap is ${widest.toFixed(1)} ns per lookup: a real cost to find and remove in @org/status-core.`;
  return {
    goal: "code → phrase no slower than the fastest peer's bare table read",
    measured: parts.map((p) => `${p.group.title.replace(/^.*?, /, "")}: ${ratio(p.quotient)} of ${p.fastest.variant}`).join("; "),
    met: slower.length === 0,
    ...(note ? { note } : {}),
  };
}

function size(rows: readonly BundleRow[], operation: string, lib: string): BundleRow {
  const row = rows.find((r) => r.operation.startsWith(operation) && r.lib === lib);
  if (!row) throw new Error(`no bundle row ${operation} / ${lib}`);
  return row;
}

/** Sizes are esbuild's unless a goal names the bundler. */
function smallest(rows: readonly BundleRow[], operation: string, core: BundleRow, key: "bytes" | "gzip"): Goal {
  const peers = rows.filter((r) => r.operation.startsWith(operation) && !r.lib.startsWith(CORE) && !r.lib.startsWith(STAND_IN) && r.lib !== "baseline");
  const best = peers.reduce((a, b) => (a.sizes.esbuild[key] <= b.sizes.esbuild[key] ? a : b));
  return {
    goal: `${operation}: smaller than every peer (esbuild, ${key === "gzip" ? "gzip" : "minified"})`,
    measured: `${bytes(core.sizes.esbuild[key])} B vs ${bytes(best.sizes.esbuild[key])} B (${best.lib}, the smallest peer)`,
    met: peers.every((p) => core.sizes.esbuild[key] < p.sizes.esbuild[key]),
  };
}

/** `StatusCode.NOT_FOUND`: one constant with the bundlers that cut a module namespace, and esbuild, which cannot. */
function statusCodeGoals(rows: readonly BundleRow[]): Goal[] {
  const ns = size(rows, "one constant", `${CORE} (StatusCode.NOT_FOUND)`);
  const object = size(rows, "one constant", `${STAND_IN} (StatusCode.NOT_FOUND)`);
  const cutters = ["rolldown", "rollup", "webpack"] as const;
  const extra = ns.sizes.esbuild.bytes - object.sizes.esbuild.bytes;
  return [
    {
      goal: "one constant under 100 B minified with Rolldown, Rollup and webpack: `StatusCode.NOT_FOUND`",
      measured: cutters.map((b) => `${b} ${bytes(ns.sizes[b].bytes)} B`).join(", "),
      met: cutters.every((b) => ns.sizes[b].bytes < 100),
    },
    {
      goal: "`StatusCode.NOT_FOUND` with esbuild no larger than as an object literal",
      measured: `${bytes(ns.sizes.esbuild.bytes)} B vs ${bytes(object.sizes.esbuild.bytes)} B`,
      met: extra <= 0,
      note:
        `esbuild makes a re-exported module namespace an object of getters (\`KEY:()=>v\` and \`v=404\` per key), ${bytes(extra)} B more than the ` +
        `object literal, which it keeps whole too; the object literal would cost Rolldown ${bytes(object.sizes.rolldown.bytes)} B instead of ` +
        `${bytes(ns.sizes.rolldown.bytes)} B. With esbuild, \`import * as StatusCode from "@org/status-core/codes"\` reads the same and costs ` +
        `${bytes(size(rows, "one constant", `${CORE}/codes (import * as StatusCode)`).sizes.esbuild.bytes)} B.`,
    },
  ];
}

export function judgeGoals(lookups: LookupResults, bundles: readonly BundleRow[]): Goal[] {
  const constCodes = size(bundles, "one constant", `${CORE}/codes (NOT_FOUND)`);
  const phrase = size(bundles, "code → phrase", CORE);
  return [
    ratioGoal(lookups, ["code-known", "code-unknown", "code-mixed"], 1.2, "code → phrase within 1.2x of the array baseline"),
    noSlowerThanReads(lookups, ["code-known", "code-unknown", "code-mixed"]),
    ratioGoal(lookups, ["phrase-exact", "phrase-casing", "phrase-alias", "phrase-unknown"], 2, "phrase → code (any case, aliases) within 2x of exact Map.get"),
    ratioGoal(lookups, ["class"], 1.2, "class predicate within 1.2x of a called range check"),
    fasterThanPeers(lookups),
    { goal: "one constant under 100 B minified: `import { NOT_FOUND } from \"@org/status-core/codes\"`", measured: `${bytes(constCodes.sizes.esbuild.bytes)} B (esbuild)`, met: constCodes.sizes.esbuild.bytes < 100 },
    ...statusCodeGoals(bundles),
    { goal: "getReasonPhrase alone under 1.2 KB (1,200 B) gzip", measured: `${bytes(phrase.sizes.esbuild.gzip)} B (esbuild)`, met: phrase.sizes.esbuild.gzip < 1200 },
    smallest(bundles, "one constant", constCodes, "bytes"),
    smallest(bundles, "code → phrase", phrase, "gzip"),
  ];
}
