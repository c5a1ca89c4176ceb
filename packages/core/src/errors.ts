/**
 * `@org/status-core/errors`: an error class for every 4xx and 5xx code of the spec (`NotFound`, `TooManyRequests`, …),
 * each answering as an RFC 9457 problem; `createHttpError`, `isHttpError` and `toHttpError`; one-line glue for Express,
 * Koa, Fastify and NestJS; and `fromResponse` for the client side.
 */
export * from "./generated/errors.js";
export { createHttpError, type HttpErrorArgs } from "./create-http-error.js";
export {
  type AnyHttpErrorOptions,
  type FetchResponse,
  type HeaderOptionValue,
  HttpError,
  type HttpErrorOptions,
  type HttpProblem,
  isHttpError,
  type ProblemExtensions,
} from "./http-error.js";
export { type AnyHttpError, fromProblem, fromResponse, type HeadersLike, type ResponseLike } from "./client.js";
export { expressErrorHandler, type FastifyReplyLike, fastifyErrorHandler, type KoaContextLike, koaErrorHandler, type NestHostLike, NestProblemFilter, type NodeResponseLike, sendProblem } from "./glue.js";
export { toHttpError } from "./to-http-error.js";
