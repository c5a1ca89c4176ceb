/** @org/status-core: HTTP status codes generated from the org's spec, with typed, tree-shakable lookups. */
export type { StatusClass } from "./generated/classes.js";
export type { ReasonPhrases } from "./generated/phrases.js";
export { StatusCode } from "./generated/status-code.js";
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
