import { STATUS_CLASSES, type StatusClass } from "./generated/classes.js";
import { CACHEABLE_CODES, NO_CONTENT_CODES, REDIRECT_CODES, RETRYABLE_CODES } from "./generated/flags.js";
import type {
  ClientErrorStatusCode,
  InformationalStatusCode,
  RedirectionStatusCode,
  ServerErrorStatusCode,
  StatusCode,
  SuccessStatusCode,
} from "./generated/status-code.js";
import { STATUS_CODES } from "./generated/status-code.js";
import type { ErrorStatusCode } from "./types.js";

// Predicates take `unknown` at run time (JavaScript callers): `typeof` and `(code | 0) === code` reject anything that
// is not an integer number, without the call that `Number.isInteger` costs in V8's mid tier (see phrase.ts). Each
// writes its range out: a shared helper becomes a module `var` in the bundle, re-read per call.

/** The class of any integer from 100 to 599, known to the spec or not; `undefined` otherwise. */
export function statusClass(code: number): StatusClass | undefined {
  return typeof code === "number" && code >= 100 && code <= 599 && (code | 0) === code ? STATUS_CLASSES[((code / 100) | 0) - 1] : undefined;
}

/** 1xx: an interim response. */
export function isInformational(code: StatusCode): code is InformationalStatusCode;
export function isInformational(code: number): boolean;
export function isInformational(code: number): boolean {
  return typeof code === "number" && code >= 100 && code <= 199 && (code | 0) === code;
}

/** 2xx: the request succeeded. */
export function isSuccess(code: StatusCode): code is SuccessStatusCode;
export function isSuccess(code: number): boolean;
export function isSuccess(code: number): boolean {
  return typeof code === "number" && code >= 200 && code <= 299 && (code | 0) === code;
}

/** 3xx: further action is needed (not only redirects: 304 is here too; see `isRedirect`). */
export function isRedirection(code: StatusCode): code is RedirectionStatusCode;
export function isRedirection(code: number): boolean;
export function isRedirection(code: number): boolean {
  return typeof code === "number" && code >= 300 && code <= 399 && (code | 0) === code;
}

/** 4xx: the client made a mistake. */
export function isClientError(code: StatusCode): code is ClientErrorStatusCode;
export function isClientError(code: number): boolean;
export function isClientError(code: number): boolean {
  return typeof code === "number" && code >= 400 && code <= 499 && (code | 0) === code;
}

/** 5xx: the server failed. */
export function isServerError(code: StatusCode): code is ServerErrorStatusCode;
export function isServerError(code: number): boolean;
export function isServerError(code: number): boolean {
  return typeof code === "number" && code >= 500 && code <= 599 && (code | 0) === code;
}

/** 4xx or 5xx. */
export function isError(code: StatusCode): code is ErrorStatusCode;
export function isError(code: number): boolean;
export function isError(code: number): boolean {
  return typeof code === "number" && code >= 400 && code <= 599 && (code | 0) === code;
}

const KNOWN: ReadonlySet<unknown> = /*#__PURE__*/ new Set(STATUS_CODES);
const REDIRECT: ReadonlySet<unknown> = /*#__PURE__*/ new Set(REDIRECT_CODES);
const RETRYABLE: ReadonlySet<unknown> = /*#__PURE__*/ new Set(RETRYABLE_CODES);
const CACHEABLE: ReadonlySet<unknown> = /*#__PURE__*/ new Set(CACHEABLE_CODES);
const NO_CONTENT: ReadonlySet<unknown> = /*#__PURE__*/ new Set(NO_CONTENT_CODES);

/** Whether a value is one of the spec's codes (official or not). */
export function isStatusCode(value: unknown): value is StatusCode {
  return KNOWN.has(value);
}

/** Whether the code sends the client to the `Location` header (301, 302, 303, 307, 308). */
export function isRedirect(code: number): boolean {
  return REDIRECT.has(code);
}

/** Whether the spec says a client may retry the same request after this code (e.g. 408, 429, 503). */
export function isRetryable(code: number): boolean {
  return RETRYABLE.has(code);
}

/** Whether responses with this code are heuristically cacheable by default (RFC 9110, Section 15.1). */
export function isCacheableByDefault(code: number): boolean {
  return CACHEABLE.has(code);
}

/** Whether responses with this code must not carry content (1xx, 204, 205, 304). */
export function isContentForbidden(code: number): boolean {
  return NO_CONTENT.has(code);
}
