/**
 * Every case of the bench as data: timed groups (lookups against http-status-codes, statuses, http-status and
 * node:http; errors against http-errors and @hapi/boom), bundle entries, cold-import and type-cost consumers.
 * A timed row is the expression a user writes; time.ts compiles it into its own loop (see there).
 */
import http, { STATUS_CODES } from "node:http";
import * as Boom from "@hapi/boom";
import { getReasonPhrase, getStatusCode, isClientError } from "@org/status-core";
import { BadRequest, InternalServerError, NotFound, TooManyRequests } from "@org/status-core/errors";
import createError from "http-errors";
import { status } from "http-status";
import * as hsc from "http-status-codes";
import statuses from "statuses";

// Answers written from RFC 9110 §15 (and RFC 8297, 8470), independently of the spec, so core is checked too.
const pairs = (text: string) => text.split("|").map((e) => [Number(e.slice(0, 3)), e.slice(4)] as const);
/** Codes every library knows, with their current phrases (timed). */
const KNOWN = pairs(
  "100 Continue|101 Switching Protocols|103 Early Hints|200 OK|201 Created|202 Accepted|204 No Content|206 Partial Content|" +
    "301 Moved Permanently|302 Found|303 See Other|304 Not Modified|307 Temporary Redirect|308 Permanent Redirect|400 Bad Request|" +
    "401 Unauthorized|403 Forbidden|404 Not Found|405 Method Not Allowed|409 Conflict|410 Gone|413 Content Too Large|414 URI Too Long|" +
    "415 Unsupported Media Type|416 Range Not Satisfiable|422 Unprocessable Content|429 Too Many Requests|500 Internal Server Error|" +
    "501 Not Implemented|502 Bad Gateway|503 Service Unavailable|504 Gateway Timeout",
);
/** Registered codes only checked, not timed: a library that lacks one shows in the answers table. */
const COVERAGE = pairs("102 Processing|421 Misdirected Request|425 Too Early|428 Precondition Required|451 Unavailable For Legal Reasons|511 Network Authentication Required");
/** No library knows these. -1 is no array index: `table[-1]` reads a property named "-1" (a megamorphic site). */
const UNKNOWN_CODES = [-1, 0, 99, 150, 199, 250, 299, 350, 475, 600, 650, 700, 800, 900, 1000, 1999];
const MIXED_CODES = KNOWN.flatMap(([code], i) => (i % 8 === 7 ? [code, [475, 600, 1000, -1][i >> 3]!] : [code]));
const OTHER_CASING = KNOWN.map(([code, p], i) => [[p.toLowerCase(), p.toUpperCase(), p[0] + p.slice(1).toLowerCase()][i % 3]!, code] as const);
/** Older names users still pass (RFC 7231 and 2616, common variants). */
const ALIASES = [["Moved Temporarily", 302], ["Request Entity Too Large", 413], ["Payload Too Large", 413], ["Request-URI Too Long", 414], ["Requested Range Not Satisfiable", 416], ["Unprocessable Entity", 422]] as const;
/** Strings that name no status, with inherited property names a naive object lookup finds. */
const UNKNOWN_PHRASES = ["Not Founded", "Teapot", "Everything Is Fine", "Bad", "", "Server Error", "Internal Error", "Too Many", "toString", "__proto__", "constructor", "hasOwnProperty", "valueOf", "Unknown Status", "Gateway", "OK OK"];
const CLASS_INPUTS = [...KNOWN.map(([c]) => c), 150, 250, 350, 460, 475, 490, 550, 0, 99, 600, 700, 1000];

const phraseOf = new Map<number, string>([...KNOWN, ...COVERAGE]);
const codeOf = new Map<string, number>([...[...KNOWN, ...COVERAGE].map(([c, p]) => [p, c] as const), ...OTHER_CASING, ...ALIASES]);

// The baselines: what a hand-written lookup holds, with no checks at all.
const PHRASE_BY_CODE = Array.from({ length: 1000 }, (_, c) => phraseOf.get(c));
const CODE_BY_PHRASE = new Map<string, number>([...[...KNOWN, ...COVERAGE].map(([c, p]) => [p, c] as const), ...ALIASES]);
const inClientErrorRange = (code: number) => ((code / 100) | 0) === 4;

/** What went wrong, as an application knows it: each library answers with the same status, headers and body. */
export interface ErrorInput {
  status: 400 | 404 | 429 | 500;
  detail: string;
  instance?: string;
  retryAfter?: number;
  errors?: readonly { pointer: string; detail: string }[];
}
const REQUESTS: readonly ErrorInput[] = [
  { status: 404, detail: "No order 42.", instance: "/orders/42" },
  { status: 429, detail: "Slow down.", retryAfter: 60 },
  { status: 500, detail: "connect ECONNREFUSED 10.0.0.5:5432" },
  { status: 400, detail: "The order is invalid.", errors: [{ pointer: "/total", detail: "must be a number" }] },
];

function core(i: ErrorInput) {
  if (i.status === 404) return new NotFound(i.detail, { instance: i.instance });
  if (i.status === 429) return new TooManyRequests(i.detail, { retryAfter: i.retryAfter });
  if (i.status === 500) return new InternalServerError(i.detail);
  return new BadRequest(i.detail, { extensions: { errors: i.errors } });
}
function httpErrors(i: ErrorInput) {
  if (i.status === 404) return createError(404, i.detail, { instance: i.instance });
  if (i.status === 429) return createError(429, i.detail, { headers: { "Retry-After": String(i.retryAfter) } });
  if (i.status === 500) return createError(500, i.detail);
  return createError(400, i.detail, { errors: i.errors });
}
/** The problem an http-errors user builds: the phrase from node:http, the detail only when exposed. */
function httpErrorsBody(e: createError.HttpError): string {
  const { status, expose, message, instance, errors } = e;
  return JSON.stringify({ type: "about:blank", title: STATUS_CODES[status], status, ...(expose && { detail: message }), ...(instance !== undefined && { instance }), ...(errors !== undefined && { errors }) });
}
type BoomData = { instance?: string; errors?: ErrorInput["errors"] } | undefined;
function boom(i: ErrorInput): Boom.Boom<BoomData> {
  if (i.status === 404) return Boom.notFound(i.detail, { instance: i.instance });
  if (i.status === 500) return Boom.internal<BoomData>(i.detail);
  if (i.status === 400) return Boom.badRequest(i.detail, { errors: i.errors });
  const error = Boom.tooManyRequests<BoomData>(i.detail);
  error.output.headers["Retry-After"] = String(i.retryAfter);
  return error;
}
/** The problem a Boom user builds from `output.payload` (whose message Boom already hides for 5xx). */
function boomBody(e: Boom.Boom<BoomData>): string {
  const { error, statusCode, message } = e.output.payload;
  const { instance, errors } = e.data ?? {};
  return JSON.stringify({ type: "about:blank", title: error, status: statusCode, ...(!e.isServer && { detail: message }), ...(instance !== undefined && { instance }), ...(errors !== undefined && { errors }) });
}
/** Requests on which the error libraries send another status or other headers than core (the bodies are compared by the serialise group). */
export function errorHeaderDifferences(): string[] {
  return REQUESTS.flatMap((r) => {
    const want = JSON.stringify([core(r).status, core(r).headers]);
    const got = { "http-errors": [httpErrors(r).status, httpErrors(r).headers ?? {}], "@hapi/boom": [boom(r).output.statusCode, boom(r).output.headers] };
    return Object.entries(got).flatMap(([lib, answer]) => (JSON.stringify(answer) === want ? [] : [`${lib} on ${r.status}: ${JSON.stringify(answer)}, want ${want}`]));
  });
}

/** The bindings the timed expressions can use, per kind of group. */
export const SCOPES = {
  lookup: { getReasonPhrase, getStatusCode, isClientError, hsc, statuses, status, http, PHRASE_BY_CODE, CODE_BY_PHRASE, inClientErrorRange },
  error: { core, httpErrors, httpErrorsBody, boom, boomBody },
};

export type Lib = "baseline" | "@org/status-core" | "http-status-codes" | "statuses" | "http-status" | "node:http" | "http-errors" | "@hapi/boom";
export interface Row {
  lib: Lib;
  /** The expression timed, over the group's `arg`; `try` wraps it in try/catch, as users of a throwing lookup must. */
  expr: string;
  try?: true;
  /** What the report shows, when the expression names a helper of this file. */
  label?: string;
}
export interface Group {
  id: string;
  title: string;
  kind: keyof typeof SCOPES;
  arg: "code" | "phrase" | "req";
  inputs: readonly unknown[];
  /** Inputs only checked, not timed. */
  checkOnly?: readonly unknown[];
  expected(input: unknown): unknown;
  /** What the loop's checksum adds for one answer `v` (a JS expression). */
  fold: string;
  /** False where the baseline is a cost reference that answers wrong by design (exact Map, other casing). */
  checkBaseline?: false;
  /** The first row is the reference of the ratios. */
  rows: readonly Row[];
}

const byCode: Row[] = [
  { lib: "baseline", expr: "PHRASE_BY_CODE[code]" },
  { lib: "@org/status-core", expr: "getReasonPhrase(code)" },
  { lib: "http-status-codes", expr: "hsc.getReasonPhrase(code)", try: true },
  { lib: "statuses", expr: "statuses.message[code]" },
  { lib: "http-status", expr: "status[code]" },
  { lib: "node:http", expr: "http.STATUS_CODES[code]" },
];
const byPhrase: Row[] = [
  { lib: "baseline", expr: "CODE_BY_PHRASE.get(phrase)" },
  { lib: "@org/status-core", expr: "getStatusCode(phrase)" },
  { lib: "http-status-codes", expr: "hsc.getStatusCode(phrase)", try: true },
  { lib: "statuses", expr: "statuses(phrase)", try: true },
  { lib: "statuses", expr: "statuses.code[phrase.toLowerCase()]" },
];
const phraseGroup = (id: string, title: string, inputs: readonly string[], checkBaseline?: false): Group => ({
  id, title, kind: "lookup", arg: "phrase", inputs, expected: (p) => codeOf.get(p as string), fold: 'typeof v === "number" ? v : 0', rows: byPhrase, ...(checkBaseline === false && { checkBaseline }),
});
const codeGroup = (id: string, title: string, inputs: readonly number[], checkOnly?: readonly number[]): Group => ({
  id, title, kind: "lookup", arg: "code", inputs, ...(checkOnly && { checkOnly }), expected: (c) => phraseOf.get(c as number), fold: 'typeof v === "string" ? v.length : 0', rows: byCode,
});
const errorRows = (forms: readonly [Lib, string, string][]): Row[] => forms.map(([lib, expr, label]) => ({ lib, expr, label }));

/** Every timed group, in report order. Each runs in a process of its own (see main.ts). */
export const GROUPS: readonly Group[] = [
  codeGroup("code-known", "code → phrase, known codes", KNOWN.map(([c]) => c), COVERAGE.map(([c]) => c)),
  codeGroup("code-unknown", "code → phrase, unknown codes", UNKNOWN_CODES),
  codeGroup("code-mixed", "code → phrase, known codes mixed with unknown ones", MIXED_CODES),
  phraseGroup("phrase-exact", "phrase → code, exact current phrases", KNOWN.map(([, p]) => p)),
  phraseGroup("phrase-casing", "phrase → code, other casing", OTHER_CASING.map(([p]) => p), false),
  phraseGroup("phrase-alias", "phrase → code, legacy names", ALIASES.map(([p]) => p)),
  phraseGroup("phrase-unknown", "phrase → code, unknown phrases", UNKNOWN_PHRASES),
  {
    id: "class", title: "class check: is client error (4xx)", kind: "lookup", arg: "code", inputs: CLASS_INPUTS, expected: (c) => (c as number) >= 400 && (c as number) <= 499, fold: "v ? 1 : 0",
    rows: [
      { lib: "baseline", expr: "inClientErrorRange(code)", label: "inClientErrorRange(code), a called (code / 100 | 0) === 4" },
      { lib: "baseline", expr: "code >= 400 && code <= 499", label: "code >= 400 && code <= 499, inline" },
      { lib: "@org/status-core", expr: "isClientError(code)" },
      { lib: "http-status", expr: "status[`${code}_CLASS`] === status.classes.CLIENT_ERROR" },
    ],
  },
  {
    id: "construct", title: "errors: construct an error", kind: "error", arg: "req", inputs: REQUESTS, expected: (r) => (r as ErrorInput).status, fold: "v",
    rows: errorRows([
      ["@org/status-core", "core(req).status", "new NotFound(detail, { instance })"],
      ["http-errors", "httpErrors(req).status", "createError(404, detail, props)"],
      ["@hapi/boom", "boom(req).output.statusCode", "Boom.notFound(detail, data)"],
    ]),
  },
  {
    id: "serialise", title: "errors: construct an error and serialise its problem", kind: "error", arg: "req", inputs: REQUESTS, expected: (r) => JSON.stringify(core(r as ErrorInput)), fold: "v.length",
    rows: errorRows([
      ["@org/status-core", "JSON.stringify(core(req))", "JSON.stringify(new NotFound(…))"],
      ["http-errors", "httpErrorsBody(httpErrors(req))", "JSON.stringify({ …problem from createError(…) })"],
      ["@hapi/boom", "boomBody(boom(req))", "JSON.stringify({ …problem from Boom.notFound(…).output })"],
    ]),
  },
];

export const CORE = "@org/status-core";
/** Rows that measure a form core does not ship: `StatusCode` as one object literal (main.ts writes it). */
export const STAND_IN = "stand-in: an object literal";
export interface BundleCase {
  op: string;
  lib: string;
  /** A user's whole entry file; it reads globalThis so that nothing folds to a constant. */
  source: string;
  /** Bundled by esbuild for Node only: http-errors needs node:path (through depd). */
  node?: true;
}
const bundle = (op: string, lib: string, source: string): BundleCase => ({ op, lib, source });
const errorBundle = (op: string, lib: string, source: string): BundleCase => ({ op, lib, source, node: true });
const log = (imports: string, expr: string) => `${imports}\nconsole.log(${expr});`;

export const BUNDLE_CASES: readonly BundleCase[] = [
  bundle("nothing (the consumer alone)", "baseline", log("", "404, globalThis.code")),
  bundle("one constant (NOT_FOUND)", `${CORE} (StatusCode.NOT_FOUND)`, log(`import { StatusCode } from "${CORE}";`, "StatusCode.NOT_FOUND, globalThis.code")),
  bundle("one constant (NOT_FOUND)", `${STAND_IN} (StatusCode.NOT_FOUND)`, log(`import { StatusCode } from "../status-code-object.js";`, "StatusCode.NOT_FOUND, globalThis.code")),
  bundle("one constant (NOT_FOUND)", `${CORE}/codes (NOT_FOUND)`, log(`import { NOT_FOUND } from "${CORE}/codes";`, "NOT_FOUND, globalThis.code")),
  bundle("one constant (NOT_FOUND)", `${CORE}/codes (import * as StatusCode)`, log(`import * as StatusCode from "${CORE}/codes";`, "StatusCode.NOT_FOUND, globalThis.code")),
  bundle("one constant (NOT_FOUND)", "http-status-codes (StatusCodes.NOT_FOUND)", log(`import { StatusCodes } from "http-status-codes";`, "StatusCodes.NOT_FOUND, globalThis.code")),
  bundle("one constant (NOT_FOUND)", "http-status (status.NOT_FOUND)", log(`import { status } from "http-status";`, "status.NOT_FOUND, globalThis.code")),
  bundle("code → phrase (getReasonPhrase)", `${CORE} (getReasonPhrase)`, log(`import { getReasonPhrase } from "${CORE}";`, "getReasonPhrase(globalThis.code)")),
  bundle("code → phrase (getReasonPhrase)", "http-status-codes", log(`import { getReasonPhrase } from "http-status-codes";`, "getReasonPhrase(globalThis.code)")),
  bundle("code → phrase (getReasonPhrase)", "statuses (statuses.message[code])", log(`import statuses from "statuses";`, "statuses.message[globalThis.code]")),
  bundle("code → phrase (getReasonPhrase)", "http-status (status[code])", log(`import { status } from "http-status";`, "status[globalThis.code]")),
  bundle("phrase → code (getStatusCode)", `${CORE} (getStatusCode)`, log(`import { getStatusCode } from "${CORE}";`, "getStatusCode(globalThis.phrase)")),
  bundle("phrase → code (getStatusCode)", "http-status-codes", log(`import { getStatusCode } from "http-status-codes";`, "getStatusCode(globalThis.phrase)")),
  bundle("phrase → code (getStatusCode)", "statuses (statuses(phrase))", log(`import statuses from "statuses";`, "statuses(globalThis.phrase)")),
  bundle("one predicate (is client error)", `${CORE} (isClientError)`, log(`import { isClientError } from "${CORE}";`, "isClientError(globalThis.code)")),
  bundle("one predicate (is client error)", "http-status (status[`${code}_CLASS`])", log(`import { status } from "http-status";`, "status[`${globalThis.code}_CLASS`] === status.classes.CLIENT_ERROR")),
  bundle("everything (import *)", `${CORE} (import *)`, log(`import * as lib from "${CORE}";`, "lib")),
  bundle("everything (import *)", "http-status-codes", log(`import * as lib from "http-status-codes";`, "lib")),
  bundle("everything (import *)", "statuses", log(`import lib from "statuses";`, "lib")),
  bundle("everything (import *)", "http-status", log(`import * as lib from "http-status";`, "lib")),
  errorBundle("one error class (404)", `${CORE}/errors (new NotFound())`, `import { NotFound } from "${CORE}/errors";\nthrow new NotFound(globalThis.detail);`),
  errorBundle("one error class (404)", "http-errors (new createError.NotFound())", `import createError from "http-errors";\nthrow new createError.NotFound(globalThis.detail);`),
  errorBundle("one error class (404)", "@hapi/boom (Boom.notFound())", `import { notFound } from "@hapi/boom";\nthrow notFound(globalThis.detail);`),
  errorBundle("one error class with a header (429, Retry-After)", `${CORE}/errors (new TooManyRequests({ retryAfter }))`, `import { TooManyRequests } from "${CORE}/errors";\nthrow new TooManyRequests(globalThis.detail, { retryAfter: globalThis.delay });`),
  errorBundle("one error class with a header (429, Retry-After)", "http-errors (createError(429, { headers }))", `import createError from "http-errors";\nthrow createError(429, globalThis.detail, { headers: { "Retry-After": String(globalThis.delay) } });`),
  errorBundle("an error of any code", `${CORE}/errors (createHttpError(status))`, `import { createHttpError } from "${CORE}/errors";\nthrow createHttpError(globalThis.status, globalThis.detail);`),
  errorBundle("an error of any code", "http-errors (createError(status))", `import createError from "http-errors";\nthrow createError(globalThis.status, globalThis.detail);`),
  errorBundle("an error of any code", "@hapi/boom (new Boom.Boom())", `import { Boom } from "@hapi/boom";\nthrow new Boom(globalThis.detail, { statusCode: globalThis.status });`),
];

/** Cold import: what a fresh `node FILE` requires or imports (nothing, for the empty script). */
export const COLD_LIBS = ["", CORE, `${CORE}/codes`, "http-status-codes", "statuses", "http-status", "node:http"];

/** Type cost: what a user writes, a constant, a phrase lookup and a class check where the library has them. */
export const TYPE_CONSUMERS: readonly (readonly [lib: string, source: string])[] = [
  ["no library", "export const code: number = 404;"],
  [CORE, `import { StatusCode, getReasonPhrase, isClientError } from "${CORE}";\nexport const phrase = getReasonPhrase(StatusCode.NOT_FOUND);\nexport const client = isClientError(404);`],
  ["http-status-codes", `import { StatusCodes, getReasonPhrase } from "http-status-codes";\nexport const phrase = getReasonPhrase(StatusCodes.NOT_FOUND);`],
  ["statuses (@types/statuses)", `import statuses from "statuses";\nexport const phrase = statuses.message[404];\nexport const code = statuses("Not Found");`],
  ["http-status", `import { status } from "http-status";\nexport const phrase = status[status.NOT_FOUND];\nexport const client = status["404_CLASS"] === status.classes.CLIENT_ERROR;`],
];
