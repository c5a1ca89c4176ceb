/**
 * `@org/status-core/errors`: an error class for every 4xx and 5xx code of the spec (`NotFound`, `TooManyRequests`, …),
 * each answering as an RFC 9457 problem, with `createHttpError` and `isHttpError`.
 */
export * from "./generated/errors.js";
export { createHttpError, type HttpErrorArgs } from "./create-http-error.js";
export {
  type AnyHttpErrorOptions,
  type HeaderOptionValue,
  HttpError,
  type HttpErrorOptions,
  type HttpProblem,
  isHttpError,
  type ProblemExtensions,
} from "./http-error.js";
