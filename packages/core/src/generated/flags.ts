// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import type { StatusCode } from "./status-code.js";

/** Codes a cache may store without explicit freshness (RFC 9110, Section 15.1). */
export const CACHEABLE_CODES: readonly StatusCode[] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/** Codes whose responses never carry content. */
export const NO_CONTENT_CODES: readonly StatusCode[] = [100, 101, 102, 103, 104, 204, 205, 304];

/** Codes after which a client may repeat the same request unchanged after a delay. */
export const RETRYABLE_CODES: readonly StatusCode[] = [408, 420, 421, 425, 429, 500, 502, 503, 504, 509, 522, 524, 529, 598, 599];

/** Codes that send the client to the `Location` header. */
export const REDIRECT_CODES: readonly StatusCode[] = [301, 302, 303, 307, 308];
