import { deepFreeze, denseByCode } from "./internal.js";
import { STATUS_DATA } from "./generated/statuses.js";
import type { StatusCode } from "./generated/status-code.js";
import type { ReasonPhrase, StatusInfo } from "./types.js";

/** Every code's record from the spec, in code order, deeply frozen. */
export const statuses: readonly StatusInfo[] = /*#__PURE__*/ deepFreeze(STATUS_DATA);

const BY_CODE: readonly (StatusInfo | undefined)[] = /*#__PURE__*/ denseByCode(
  /*#__PURE__*/ statuses.map((s) => s.code),
  statuses,
);

/** The spec's whole record of a code (frozen), or `undefined` for anything else; never throws. */
export function getStatus<C extends StatusCode>(code: C): StatusInfo & { readonly code: C; readonly phrase: ReasonPhrase<C> };
export function getStatus(code: number): StatusInfo | undefined;
export function getStatus(code: number): StatusInfo | undefined {
  // The integer check of getReasonPhrase, for the same reasons (see phrase.ts).
  return typeof code === "number" && (code | 0) === code && code >= 0 ? BY_CODE[code] : undefined;
}
