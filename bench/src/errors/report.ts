import type { ErrorBundleRow } from "./bundle.js";
/** bench/results/errors.md: what an error costs, in a bundle and in time, against http-errors and @hapi/boom. */
import { bytes, fmt, ratio, table } from "../util.js";
import { ERROR_INPUTS } from "./cases.js";
import type { ErrorTimings } from "./run.js";

export function errorsMd(bundles: readonly ErrorBundleRow[], t: ErrorTimings): string {
  const parts = [
    "## Bundle cost",
    "",
    "esbuild (bundle, minify, ESM, platform node, main fields module then main) of a one-line consumer per row; gzip is",
    "zlib level 9. Platform node because http-errors needs `node:path` (through depd). The entries are in",
    "`src/errors/bundle.ts`.",
    "",
    table(["operation", "library (call)", "minified B", "gzip B"], bundles.map((r) => [r.operation, r.lib, bytes(r.bytes), bytes(r.gzip)]), ["l", "l", "r", "r"]),
    "",
    "## Time",
    "",
    `Each library answers the same ${t.inputs} requests (${ERROR_INPUTS.map((i) => i.status).join(", ")}: a detail, an instance, Retry-After, a hidden`,
    "5xx detail, an extension member) with the same status, headers and body, checked before timing; the peers' problem",
    "is built the way their users would build it (`src/errors/cases.ts`). Each row is the median over",
    `${t.rounds} rounds of mitata's median time of one pass over the requests, divided by their number; the ratio is to`,
    "@org/status-core in the same round (median, lowest and highest round); the order of the rows rotates each round,",
    `each measurement runs ~${t.minCpuMs} ms of CPU. Every error captures a stack trace, which is most of the cost.`,
    "",
  ];
  for (const op of t.operations) {
    parts.push(`### ${op.title}`, "");
    parts.push(table(["library (calls)", "ns/error", "ratio", "rounds"], op.rows.map((r) => [r.variant, fmt(r.ns, 0), ratio(r.ratio), `${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)}`]), ["l", "r", "r", "r"]), "");
  }
  return parts.join("\n");
}
