/** @org/status-core: HTTP status codes generated from the org's spec, with typed, tree-shakable lookups. */
export type { StatusClass } from "./generated/classes.js";
export type { ReasonPhrases } from "./generated/phrases.js";
import * as codes from "./codes.js";
import type { StatusCode as StatusCodeUnion, StatusCodeConstants } from "./generated/status-code.js";
/**
 * Every status code in the spec, by constant key (legacy keys are deprecated aliases). It is the module namespace of
 * `@org/status-core/codes`, read-only: the published build re-exports it as such (see entry.ts), so that Rolldown,
 * Rollup and webpack keep only the constants a bundle reads. Typed by `StatusCodeConstants`, whose members carry the
 * spec's documentation and literal types.
 */
export const StatusCode: StatusCodeConstants = codes;
/** Every status code in the spec, official or not. */
export type StatusCode = StatusCodeUnion;
export type {
  ClientErrorStatusCode,
  InformationalStatusCode,
  OfficialStatusCode,
  RedirectionStatusCode,
  ServerErrorStatusCode,
  StatusCodeConstants,
  StatusCodeKey,
  SuccessStatusCode,
  UnofficialStatusCode,
} from "./generated/status-code.js";
export { getReasonPhrase, getStatusCode } from "./phrase.js";
export {
  isCacheableByDefault,
  isClientError,
  isContentForbidden,
  isError,
  isInformational,
  isRedirect,
  isRedirection,
  isRetryable,
  isServerError,
  isStatusCode,
  isSuccess,
  statusClass,
} from "./predicates.js";
export { problem } from "./problem.js";
export { getStatus, statuses } from "./status.js";
export type { ErrorStatusCode, OtherMeaning, ProblemDetails, ProblemFields, ReasonPhrase, Reference, RegistryStatus, StatusInfo } from "./types.js";
