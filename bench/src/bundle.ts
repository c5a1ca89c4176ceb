/** Bundle cost: what one import costs a user's minified ESM bundle (esbuild: bundle, minify, platform neutral). */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { benchDir } from "./util.js";

export interface BundleCase {
  /** What the user imports. */
  operation: string;
  lib: string;
  /** The whole entry file a user would write (reads `globalThis.code` so nothing folds to a constant). */
  source: string;
}

export interface BundleRow extends BundleCase {
  bytes: number;
  gzip: number;
}

const CORE = "@org/status-core";
const HSC = "http-status-codes";

/** Entries per operation and library, where the library offers the operation. */
export const BUNDLE_CASES: readonly BundleCase[] = [
  { operation: "nothing (the consumer alone)", lib: "baseline", source: `console.log(404, globalThis.code);` },

  { operation: "one constant (NOT_FOUND)", lib: `${CORE} (StatusCode.NOT_FOUND)`, source: `import { StatusCode } from "${CORE}";\nconsole.log(StatusCode.NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: `${CORE}/codes (NOT_FOUND)`, source: `import { NOT_FOUND } from "${CORE}/codes";\nconsole.log(NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: `${HSC} (StatusCodes.NOT_FOUND)`, source: `import { StatusCodes } from "${HSC}";\nconsole.log(StatusCodes.NOT_FOUND, globalThis.code);` },
  { operation: "one constant (NOT_FOUND)", lib: "http-status (status.NOT_FOUND)", source: `import { status } from "http-status";\nconsole.log(status.NOT_FOUND, globalThis.code);` },

  { operation: "code → phrase (getReasonPhrase)", lib: CORE, source: `import { getReasonPhrase } from "${CORE}";\nconsole.log(getReasonPhrase(globalThis.code));` },
  { operation: "code → phrase (getReasonPhrase)", lib: HSC, source: `import { getReasonPhrase } from "${HSC}";\nconsole.log(getReasonPhrase(globalThis.code));` },
  { operation: "code → phrase (getReasonPhrase)", lib: "statuses (statuses.message[code])", source: `import statuses from "statuses";\nconsole.log(statuses.message[globalThis.code]);` },
  { operation: "code → phrase (getReasonPhrase)", lib: "http-status (status[code])", source: `import { status } from "http-status";\nconsole.log(status[globalThis.code]);` },

  { operation: "phrase → code (getStatusCode)", lib: CORE, source: `import { getStatusCode } from "${CORE}";\nconsole.log(getStatusCode(globalThis.phrase));` },
  { operation: "phrase → code (getStatusCode)", lib: HSC, source: `import { getStatusCode } from "${HSC}";\nconsole.log(getStatusCode(globalThis.phrase));` },
  { operation: "phrase → code (getStatusCode)", lib: "statuses (statuses(phrase))", source: `import statuses from "statuses";\nconsole.log(statuses(globalThis.phrase));` },

  { operation: "one predicate (is client error)", lib: `${CORE} (isClientError)`, source: `import { isClientError } from "${CORE}";\nconsole.log(isClientError(globalThis.code));` },
  { operation: "one predicate (is client error)", lib: "http-status (status[`${code}_CLASS`])", source: `import { status } from "http-status";\nconsole.log(status[\`\${globalThis.code}_CLASS\`] === status.classes.CLIENT_ERROR);` },

  { operation: "everything (import *)", lib: CORE, source: `import * as lib from "${CORE}";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: HSC, source: `import * as lib from "${HSC}";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: "statuses", source: `import lib from "statuses";\nconsole.log(lib);` },
  { operation: "everything (import *)", lib: "http-status", source: `import * as lib from "http-status";\nconsole.log(lib);` },
];

/** Bundle one entry as a user's build would; returns the minified output. */
export async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: benchDir, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    // Neutral has no default main fields; these are what browser and Node bundles use (http-status-codes has no exports map).
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error("esbuild produced no output");
  return out.text;
}

export async function measureBundles(): Promise<BundleRow[]> {
  const rows: BundleRow[] = [];
  for (const c of BUNDLE_CASES) {
    const text = await bundle(c.source);
    rows.push({ ...c, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  }
  return rows;
}
