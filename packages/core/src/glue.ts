/**
 * The few lines a framework needs to answer every error as a problem (`application/problem+json`, the status, the
 * error's headers, `detail` only when exposed), typed structurally: no framework is imported.
 */
import type { HttpError } from "./http-error.js";
import { toHttpError } from "./to-http-error.js";

const PROBLEM = "application/problem+json";

/** The global console, declared here so that this file compiles with any `lib`. */
declare const console: { error(...data: unknown[]): void };

/** A Node.js response as `node:http` and Express give it. */
export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
}

/** A Fastify reply (also what NestJS's Fastify adapter passes to a filter). */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  headers(values: Record<string, string>): FastifyReplyLike;
  type(contentType: string): FastifyReplyLike;
  send(payload: string): FastifyReplyLike;
}

/** Writes an error to a Node.js response as a problem (`res.end`); returns the `HttpError` it sent. */
export function sendProblem(res: NodeResponseLike, thrown: unknown): HttpError {
  const error = toHttpError(thrown);
  res.statusCode = error.status;
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.setHeader("content-type", PROBLEM);
  res.end(JSON.stringify(error));
  return error;
}

/** Logs what was thrown behind a 5xx, which the client never sees (4xx are the client's business). */
function logServerError(error: HttpError, thrown: unknown): void {
  if (error.status >= 500) console.error(thrown);
}

/**
 * Express error-handling middleware (four parameters, as Express requires): `app.use(expressErrorHandler)` after the
 * routes. Logs a 5xx's cause with `console.error`; hands the error to Express when the response has started.
 */
export function expressErrorHandler(thrown: unknown, _req: unknown, res: NodeResponseLike, next: (error: unknown) => void): void {
  if (res.headersSent) return next(thrown);
  logServerError(sendProblem(res, thrown), thrown);
}

/** What the Koa middleware uses of Koa's context. */
export interface KoaContextLike {
  status: number;
  type: string;
  body: unknown;
  set(fields: Record<string, string>): void;
  app: { emit(event: "error", error: unknown, ctx: unknown): unknown };
}

/**
 * Koa middleware: `app.use(koaErrorHandler)` first. Answers what the later middleware throws as a problem and, for a
 * 5xx, emits Koa's `error` event with what was thrown, so Koa logs it as it would have.
 */
export async function koaErrorHandler(ctx: KoaContextLike, next: () => Promise<unknown>): Promise<void> {
  try {
    await next();
  } catch (thrown) {
    const error = toHttpError(thrown);
    ctx.status = error.status;
    ctx.set(error.headers);
    ctx.type = PROBLEM;
    ctx.body = JSON.stringify(error);
    if (error.status >= 500) ctx.app.emit("error", thrown, ctx);
  }
}

/** Sends an error with a Fastify reply. */
function replyProblem(reply: FastifyReplyLike, error: HttpError): FastifyReplyLike {
  return reply.code(error.status).headers({ ...error.headers }).type(PROBLEM).send(JSON.stringify(error));
}

/**
 * Fastify error handler: `app.setErrorHandler(fastifyErrorHandler)`. Fastify's own handler sends a 5xx's message; this
 * one sends the problem, and logs a 5xx's cause with the request's logger as Fastify does. Validation errors stay 400s
 * with their message.
 */
export function fastifyErrorHandler(thrown: unknown, request: { log?: { error(object: unknown, message?: string): void } }, reply: FastifyReplyLike): FastifyReplyLike {
  const error = toHttpError(thrown);
  if (error.status >= 500) request.log?.error({ err: thrown }, error.message);
  return replyProblem(reply, error);
}

/** What the NestJS filter uses of Nest's `ArgumentsHost`. */
export interface NestHostLike {
  switchToHttp(): { getResponse(): unknown };
}

/**
 * NestJS exception filter for every exception (Nest's own `HttpException`s keep their status):
 * `app.useGlobalFilters(new NestProblemFilter())`. Works with the Express and the Fastify adapter; logs a 5xx's cause
 * with `console.error`.
 */
export class NestProblemFilter {
  catch(thrown: unknown, host: NestHostLike): void {
    const res = host.switchToHttp().getResponse() as NodeResponseLike | FastifyReplyLike;
    const error = toHttpError(thrown);
    logServerError(error, thrown);
    if ("code" in res && typeof res.code === "function") replyProblem(res, error);
    else sendProblem(res as NodeResponseLike, error);
  }
}
