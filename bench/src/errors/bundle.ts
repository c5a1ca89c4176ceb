/** What one error costs a user's minified bundle, against http-errors and @hapi/boom (esbuild, platform node). */
import { gzipSync } from "node:zlib";
import { bundleForNode } from "../bundle.js";

const CORE = "@org/status-core/errors";

/** Entries per operation and library; each throws what `globalThis` holds, so that nothing folds to a constant. */
export const ERROR_BUNDLE_CASES = [
  { operation: "one error class (404)", lib: `${CORE} (new NotFound())`, source: `import { NotFound } from "${CORE}";\nthrow new NotFound(globalThis.detail);` },
  { operation: "one error class (404)", lib: "http-errors (new createError.NotFound())", source: `import createError from "http-errors";\nthrow new createError.NotFound(globalThis.detail);` },
  { operation: "one error class (404)", lib: "@hapi/boom (Boom.notFound())", source: `import { notFound } from "@hapi/boom";\nthrow notFound(globalThis.detail);` },
  {
    operation: "one error class with a header (429, Retry-After)",
    lib: `${CORE} (new TooManyRequests({ retryAfter }))`,
    source: `import { TooManyRequests } from "${CORE}";\nthrow new TooManyRequests(globalThis.detail, { retryAfter: globalThis.delay });`,
  },
  {
    operation: "one error class with a header (429, Retry-After)",
    lib: "http-errors (createError(429, { headers }))",
    source: `import createError from "http-errors";\nthrow createError(429, globalThis.detail, { headers: { "Retry-After": String(globalThis.delay) } });`,
  },
  { operation: "an error of any code", lib: `${CORE} (createHttpError(status))`, source: `import { createHttpError } from "${CORE}";\nthrow createHttpError(globalThis.status, globalThis.detail);` },
  { operation: "an error of any code", lib: "http-errors (createError(status))", source: `import createError from "http-errors";\nthrow createError(globalThis.status, globalThis.detail);` },
  { operation: "an error of any code", lib: "@hapi/boom (new Boom.Boom())", source: `import { Boom } from "@hapi/boom";\nthrow new Boom(globalThis.detail, { statusCode: globalThis.status });` },
] as const;

/** One bundled entry: its case and the minified output's size, raw and gzipped. */
export interface ErrorBundleRow {
  operation: string;
  lib: string;
  source: string;
  bytes: number;
  gzip: number;
}

export async function measureErrorBundles(): Promise<ErrorBundleRow[]> {
  const rows: ErrorBundleRow[] = [];
  for (const c of ERROR_BUNDLE_CASES) {
    const text = await bundleForNode(c.source, `error-${rows.length}`);
    rows.push({ ...c, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  }
  return rows;
}
