import type { ErrorBundleRow } from "./bundle.js";
/** The error goals of the issue, judged from one run's numbers (added to the summary beside the other goals). */
import type { Goal } from "../goals.js";
import { bytes, ratio } from "../util.js";
import type { ErrorTimings } from "./run.js";

const CORE = "@org/status-core/errors";

function row(rows: readonly ErrorBundleRow[], operation: string, lib: string): ErrorBundleRow {
  const found = rows.find((r) => r.operation.startsWith(operation) && r.lib.startsWith(lib));
  if (!found) throw new Error(`no error bundle row ${operation} / ${lib}`);
  return found;
}

/** Construct and serialise: no slower than either peer, and why not where it is. */
function speedGoal(timings: ErrorTimings): Goal {
  const op = timings.operations.find((o) => o.id === "serialise");
  if (!op) throw new Error("no construct-and-serialise timings");
  const core = op.rows.find((r) => r.lib === "@org/status-core")!;
  const peers = op.rows.filter((r) => r !== core);
  const measured = peers.map((p) => `${p.lib} takes ${ratio(p.ratio)} the time of core (rounds ${ratio(p.ratioMin)}–${ratio(p.ratioMax)}; ${Math.round(core.ns)} vs ${Math.round(p.ns)} ns)`).join("; ");
  const slower = peers.filter((p) => p.ratio < 1);
  const note = slower
    .map((p) =>
      p.ratioMax >= 1
        ? `${p.lib} was faster in the median round but not in every round (highest ${ratio(p.ratioMax)}): a difference this machine cannot tell from noise.`
        : `${p.lib} was faster in every round: a real cost to find in HttpError's constructor or toJSON.`,
    )
    .join(" ");
  return { goal: "construct an error and serialise its problem: no slower than http-errors and @hapi/boom", measured, met: slower.length === 0, ...(note ? { note } : {}) };
}

/** `new NotFound()` before the errors learnt getResponse, toHttpError and the rest (bench/results/errors.md at 2926e8f). */
const NOT_FOUND_BEFORE = 1701;

export function judgeErrorGoals(bundles: readonly ErrorBundleRow[], timings: ErrorTimings): Goal[] {
  const one = row(bundles, "one error class (404)", CORE);
  const peer = row(bundles, "one error class (404)", "http-errors");
  const withHeader = row(bundles, "one error class with a header", CORE);
  const any = row(bundles, "an error of any code", CORE);
  const anyPeers = bundles.filter((r) => r.operation.startsWith("an error of any code") && r !== any);
  return [
    {
      goal: "`createHttpError` under 4,000 B minified, its classes made when first asked for",
      measured: `${bytes(any.bytes)} B (${anyPeers.map((p) => `${p.lib}: ${bytes(p.bytes)} B`).join("; ")})`,
      met: any.bytes < 4000,
    },
    { goal: `one error class no bigger than before (${bytes(NOT_FOUND_BEFORE)} B at 2926e8f)`, measured: `${bytes(one.bytes)} B`, met: one.bytes <= NOT_FOUND_BEFORE },
    {
      goal: "one error class under 2,000 B minified: `new NotFound()` from `@org/status-core/errors`",
      measured: `${bytes(one.bytes)} B (${bytes(withHeader.bytes)} B for a class with a header option, \`new TooManyRequests({ retryAfter })\`)`,
      met: one.bytes < 2000,
    },
    { goal: "one error class: smaller than http-errors (minified)", measured: `${bytes(one.bytes)} B vs ${bytes(peer.bytes)} B (${peer.lib})`, met: one.bytes < peer.bytes },
    speedGoal(timings),
  ];
}
