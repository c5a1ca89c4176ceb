/** The goals of the issues that set them, judged from one run's numbers: one table, in the report and the README. */
import { CORE, STAND_IN } from "./cases.js";
import type { Bundler } from "./measure.js";
import type { Results } from "./report.js";
import type { Timed, TimedRow } from "./time.js";

export interface Goal {
  goal: string;
  measured: string;
  met: boolean;
  /** Why a missed goal was missed, from the same numbers. */
  note?: string;
}

/** A goal whose numbers this run did not take (BENCH_ONLY, a sample) is left out of the table. */
class Missing extends Error {}
const need = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Missing();
  return value;
};
const x = (v: number) => `${v.toFixed(2)}x`;
const b = (v: number) => `${v.toLocaleString("en-US")} B`;
const ms = (v: number) => `${Math.round(v).toLocaleString("en-US")} ms`;
const NOISE = "a gap this shared machine does not resolve from one run to the next";

const group = (r: Results, id: string) => need(r.timed.find((g) => g.id === id));
const core = (g: Timed) => need(g.rows.find((row) => row.lib === CORE));
const size = (r: Results, lib: string, bundler: Bundler = "esbuild", key: "bytes" | "gzip" = "bytes") => need(r.bundles.find((row) => row.lib === lib)?.sizes[bundler]?.[key]);

/** core's ratio to the group's baseline, in every group named. */
function within(ids: readonly string[], limit: number, goal: string) {
  return (r: Results): Goal => {
    const parts = ids.map((id) => ({ g: group(r, id), row: core(group(r, id)) }));
    const over = parts.filter(({ row }) => row.ratio > limit);
    const note = over
      .map(({ g, row }) => `${g.title}: ${row.ratioMin <= limit ? `at least one round met the goal (lowest ${x(row.ratioMin)}), ${NOISE}` : "over the goal in every round, a real cost to find in core"}.`)
      .join(" ");
    const measured = parts.map(({ g, row }) => `${g.title.replace(/^.*?, /, "")}: ${x(row.ratio)} (rounds ${x(row.ratioMin)}–${x(row.ratioMax)})`).join("; ");
    return { goal, measured, met: over.length === 0, ...(note && { note }) };
  };
}

/** Every peer row against core's, both as ratios to the same round's baseline; bare table reads included. */
function fasterThanPeers(r: Results): Goal {
  const lookups = r.timed.filter((g) => g.kind === "lookup" && g.rows.some((row) => row.lib === CORE));
  if (lookups.length === 0) throw new Missing();
  const pairs = lookups.flatMap((g) => g.rows.filter((p) => p.lib !== CORE && p.lib !== "baseline").map((p): [Timed, TimedRow, number] => [g, p, core(g).ratio / p.ratio]));
  const losses = pairs.filter(([, , q]) => q > 1);
  const widest = Math.max(0, ...losses.map(([g, p]) => core(g).ns - p.ns));
  const closest = Math.max(...pairs.map(([, , q]) => q));
  return {
    goal: "faster than every peer on every lookup it offers, bare table reads (`statuses.message[code]`) included",
    measured: losses.length === 0 ? `every peer slower (closest: core at ${x(closest)} of its time)` : losses.map(([g, p, q]) => `${g.title}: ${p.label} ${x(q)} faster (${(core(g).ns - p.ns).toFixed(1)} ns)`).join("; "),
    met: losses.length === 0,
    ...(losses.length > 0 && { note: widest < 1 ? `Every gap is under 1 ns per lookup (widest ${widest.toFixed(1)} ns): a property read against a call, ${NOISE}.` : `The widest gap is ${widest.toFixed(1)} ns per lookup: a real cost to find in core.` }),
  };
}

/** core's bundle against every peer's for one operation. */
function smallest(op: string, lib: string, key: "bytes" | "gzip") {
  return (r: Results): Goal => {
    const ours = size(r, lib, "esbuild", key);
    const peers = r.bundles.filter((row) => row.op.startsWith(op) && !row.lib.startsWith(CORE) && !row.lib.startsWith(STAND_IN) && row.lib !== "baseline");
    const best = need(peers.sort((p, q) => p.sizes.esbuild![key] - q.sizes.esbuild![key])[0]);
    return { goal: `${op}: smaller than every peer (esbuild, ${key === "gzip" ? "gzip" : "minified"})`, measured: `${b(ours)} vs ${b(best.sizes.esbuild![key])} (${best.lib}, the smallest peer)`, met: ours < best.sizes.esbuild![key] };
  };
}

function errorSpeed(r: Results): Goal {
  const [, ...peers] = group(r, "serialise").rows;
  const slower = peers.filter((p) => p.ratio < 1);
  const note = slower.map((p) => (p.ratioMax >= 1 ? `${p.lib} was faster in the median round, not in every round (highest ${x(p.ratioMax)}): ${NOISE}.` : `${p.lib} was faster in every round: a real cost to find in HttpError.`)).join(" ");
  return { goal: "construct an error and serialise its problem: no slower than http-errors and @hapi/boom", measured: peers.map((p) => `${p.lib} takes ${x(p.ratio)} core's time (rounds ${x(p.ratioMin)}–${x(p.ratioMax)})`).join("; "), met: slower.length === 0, ...(note && { note }) };
}

const NS = `${CORE} (StatusCode.NOT_FOUND)`;
const CODES = `${CORE}/codes (NOT_FOUND)`;
const PHRASE = `${CORE} (getReasonPhrase)`;
const NOT_FOUND = `${CORE}/errors (new NotFound())`;
/** `new NotFound()` before the errors learnt getResponse, toHttpError and the rest (commit 2926e8f). */
const NOT_FOUND_BEFORE = 1701;

/** Every goal, as a judge of one run's numbers. */
export const GOALS: ((r: Results) => Goal)[] = [
  within(["code-known", "code-unknown", "code-mixed"], 1.2, "code → phrase within 1.2x of the array baseline"),
  within(["phrase-exact", "phrase-casing", "phrase-alias", "phrase-unknown"], 2, "phrase → code (any case, aliases) within 2x of exact Map.get"),
  within(["class"], 1.2, "class predicate within 1.2x of a called range check"),
  fasterThanPeers,
  (r) => ({ goal: 'one constant under 100 B minified: `import { NOT_FOUND } from "@org/status-core/codes"`', measured: `${b(size(r, CODES))} (esbuild)`, met: size(r, CODES) < 100 }),
  (r) => {
    const cutters = ["rolldown", "rollup", "webpack"] as const;
    return { goal: "one constant under 100 B minified with Rolldown, Rollup and webpack: `StatusCode.NOT_FOUND`", measured: cutters.map((k) => `${k} ${b(size(r, NS, k))}`).join(", "), met: cutters.every((k) => size(r, NS, k) < 100) };
  },
  (r) => {
    const [ns, object] = [size(r, NS), size(r, `${STAND_IN} (StatusCode.NOT_FOUND)`)];
    const note =
      `esbuild turns a re-exported module namespace into an object of getters (evanw/esbuild#1420), ${b(ns - object)} more than the object literal, which it keeps whole too; ` +
      `the object literal would cost Rolldown ${b(size(r, `${STAND_IN} (StatusCode.NOT_FOUND)`, "rolldown"))} instead of ${b(size(r, NS, "rolldown"))}. ` +
      `With esbuild, \`import * as StatusCode from "@org/status-core/codes"\` reads the same and costs ${b(size(r, `${CORE}/codes (import * as StatusCode)`))}.`;
    return { goal: "`StatusCode.NOT_FOUND` with esbuild no larger than as an object literal", measured: `${b(ns)} vs ${b(object)}`, met: ns <= object, ...(ns > object && { note }) };
  },
  (r) => ({ goal: "getReasonPhrase alone under 1.2 KB (1,200 B) gzip", measured: `${b(size(r, PHRASE, "esbuild", "gzip"))} (esbuild)`, met: size(r, PHRASE, "esbuild", "gzip") < 1200 }),
  smallest("one constant", CODES, "bytes"),
  smallest("code → phrase", PHRASE, "gzip"),
  (r) => {
    const any = size(r, `${CORE}/errors (createHttpError(status))`);
    const peers = ["http-errors (createError(status))", "@hapi/boom (new Boom.Boom())"].map((lib) => `${lib}: ${b(size(r, lib))}`);
    return { goal: "`createHttpError` under 4,000 B minified, its classes made when first asked for", measured: `${b(any)} (${peers.join("; ")})`, met: any < 4000 };
  },
  (r) => ({ goal: `one error class no bigger than before (${b(NOT_FOUND_BEFORE)} at 2926e8f)`, measured: b(size(r, NOT_FOUND)), met: size(r, NOT_FOUND) <= NOT_FOUND_BEFORE }),
  (r) => ({
    goal: "one error class under 2,000 B minified: `new NotFound()` from `@org/status-core/errors`",
    measured: `${b(size(r, NOT_FOUND))} (${b(size(r, `${CORE}/errors (new TooManyRequests({ retryAfter }))`))} for a class with a header option, \`new TooManyRequests({ retryAfter })\`)`,
    met: size(r, NOT_FOUND) < 2000,
  }),
  (r) => ({ goal: "one error class: smaller than http-errors (minified)", measured: `${b(size(r, NOT_FOUND))} vs ${b(size(r, "http-errors (new createError.NotFound())"))}`, met: size(r, NOT_FOUND) < size(r, "http-errors (new createError.NotFound())") }),
  errorSpeed,
  (r) => ({ goal: "`pnpm gen` with nothing changed within 1.0 s", measured: `${ms(need(r.genWall).unchangedMs)} (median of ${need(r.genWall).rounds})`, met: need(r.genWall).unchangedMs <= 1000 }),
  (r) => ({ goal: "`pnpm gen` after editing one description within 1.0 s", measured: `${ms(need(r.genWall).editedMs)} (median of ${need(r.genWall).rounds})`, met: need(r.genWall).editedMs <= 1000 }),
];

/** Every goal whose numbers this run took. */
export function judgeGoals(r: Results): Goal[] {
  return GOALS.flatMap((judge) => {
    try {
      return [judge(r)];
    } catch (error) {
      if (error instanceof Missing) return [];
      throw error;
    }
  });
}
