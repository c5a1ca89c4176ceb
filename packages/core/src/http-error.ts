/** `HttpError`: an `Error` with a status code that answers as an RFC 9457 problem. */
import type { HttpErrorHeaderOptions } from "./generated/errors.js";

/**
 * The brand of every `HttpError`. `Symbol.for` gives the same symbol to every copy of the package in a process (its
 * ESM and CommonJS builds, two installs of one major version), so each copy recognises the errors the others make.
 */
const BRAND: unique symbol = /*#__PURE__*/ Symbol.for("@org/status-core/http-error@1") as never;

/** The members RFC 9457 defines; an extension member must not reuse one. */
export const STANDARD_MEMBERS = ["type", "title", "status", "detail", "instance"] as const;

/** Extension members of a problem (`{ balance: 30 }`): any object that does not reuse a standard member's name. */
export type ProblemExtensions = object & { readonly [M in (typeof STANDARD_MEMBERS)[number]]?: never };

/** What a header option takes: Retry-After a delay in seconds or a date, any other header a value or a list of values. */
export type HeaderOptionValue<H extends string> = Lowercase<H> extends "retry-after" ? number | Date : string | readonly string[];

/** Options every error takes; a class whose code goes with header fields adds an option for each. */
export interface HttpErrorOptions<X extends ProblemExtensions = {}> {
  /** What went wrong this time, for the client: the problem's `detail` and the error's `message`. */
  detail?: string;
  /** URI of the problem type; the default is a problem type's own (`OutOfCredit.type`), else `about:blank`: the status code says it all. */
  type?: string;
  /** Summary of the problem type; by default the code's reason phrase. */
  title?: string;
  /** URI of this occurrence of the problem. */
  instance?: string;
  /** Whether the problem sent to the client includes `detail` and the extensions: by default true for 4xx and false for 5xx. */
  expose?: boolean;
  /** More response header fields, by name. */
  headers?: Readonly<Record<string, string>>;
  /** Extension members of the problem, sent when the error is exposed. */
  extensions?: X;
  /** Data for your logs, never sent: the query that failed, the upstream's answer. */
  data?: Readonly<Record<string, unknown>>;
  /** The error behind this one, as `Error`'s own `cause`; never sent to the client. */
  cause?: unknown;
}

/** The options of an error of any code: the common ones and every header option. */
export type AnyHttpErrorOptions<X extends ProblemExtensions = {}> = HttpErrorOptions<X> & HttpErrorHeaderOptions;

/**
 * The RFC 9457 problem an error answers with: the standard members, its code as a literal type, and its extensions.
 * (Written out rather than taken from `ProblemDetails`, so that the errors entry shares no types with the root one.)
 */
export type HttpProblem<S extends number = number, X extends ProblemExtensions = {}> = {
  type: string;
  title?: string;
  status: S;
  detail?: string;
  instance?: string;
} & X;

/** A fetch `Response` as the environment's types define it (DOM or Node), without naming a global the published types may lack. */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer R } } ? R : object;

/** The global fetch `Response` (Node 18 and later, browsers, workers), declared here so that this file compiles with any `lib`. */
declare const Response: new (body: string, init: { status: number; headers: Record<string, string> }) => FetchResponse;

/** Whether a value is an integer from 400 to 599. */
export function isErrorStatus(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599;
}

/**
 * A header option's entry in a class's list, as its option and its header field: `Retry-After` is `retryAfter` and
 * `Retry-After` (the name in camelCase), `option=Field` is `option` and `Field`.
 */
export function headerField(entry: string): [option: string, field: string] {
  // Neither an option (an identifier) nor a field name (a token) holds "=", so an entry holds one at most.
  return entry.includes("=") ? (entry.split("=") as [string, string]) : [entry.toLowerCase().replace(/-(.)/g, (_, c: string) => c.toUpperCase()), entry];
}

function headerValue(option: string, value: unknown): string {
  // Retry-After in seconds: a fraction is rounded up, so that the client never retries too early.
  const text =
    typeof value === "number" ? value >= 0 && value < Infinity && String(Math.ceil(value))
    : value instanceof Date ? value.getTime() === value.getTime() && value.toUTCString()
    : Array.isArray(value) ? value.join(", ")
    : typeof value === "string" && value;
  if (text === false) throw new TypeError(`HttpError: ${option} must be seconds (0 or more), a valid Date or strings, not ${typeof value} ${String(value)}`);
  return text;
}

/**
 * Sets the header fields of a class's header options, each replacing a field of the same name in any case from
 * `headers`, and keeps each option's value on the error (`error.retryAfter`). A field's option is its name in camelCase
 * (`Retry-After` -> `retryAfter`) unless it is written `option=Field`. The generated classes call it after `super`, so
 * that only they carry this code, with `options ?? detail`: the options, wherever they were given (a detail that is a
 * string or an `Error` has no option of that name).
 */
export function setHeaderOptions(error: HttpError, given: unknown, fields: readonly string[]): void {
  const headers = error.headers as Record<string, string>;
  for (const entry of fields) {
    const [option, field] = headerField(entry);
    const value = (given as Record<string, unknown> | undefined)?.[option];
    if (value === undefined) continue;
    for (const name in headers) if (name.toLowerCase() === field.toLowerCase()) delete headers[name];
    headers[field] = headerValue(option, value);
    (error as unknown as Record<string, unknown>)[option] = value;
  }
}

/**
 * An error with an HTTP status code from 400 to 599, which serialises as an RFC 9457 problem (`JSON.stringify`,
 * `toProblem()`). Throw one of its subclasses (`NotFound`, `TooManyRequests`, …) or make one with `createHttpError`.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457 | RFC 9457: Problem Details for HTTP APIs}
 */
export class HttpError<S extends number = number, X extends ProblemExtensions = {}> extends Error {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name: string = "HttpError";
  /** The status code. */
  declare readonly status: S;
  /** The status code again, under the name Fastify, NestJS and Node's `res.statusCode` use. */
  declare readonly statusCode: S;
  /** Summary of the problem type: the reason phrase unless the options gave another (`undefined` for a code without a class). */
  declare readonly title: string | undefined;
  /** What went wrong this time; sent to the client only when `expose` is true. */
  declare readonly detail: string | undefined;
  /** URI of the problem type, `about:blank` by default. */
  declare readonly type: string;
  /** URI of this occurrence of the problem. */
  declare readonly instance: string | undefined;
  /** The response header fields the error implies (Retry-After, Allow, WWW-Authenticate, …), by name. */
  declare readonly headers: Readonly<Record<string, string>>;
  /** Whether `detail` and the extensions may be shown to the client: by default true for 4xx and false for 5xx. */
  declare readonly expose: boolean;
  /** Extension members of the problem, sent when `expose` is true. */
  declare readonly extensions: X;
  /** Data for the server's logs, never sent. */
  declare readonly data: Readonly<Record<string, unknown>> | undefined;

  /**
   * An error with any code from 400 to 599; the subclasses of the spec's codes add the reason phrase as `title`. An
   * `Error` given as the detail becomes the `cause` (`new InternalServerError(error)`), and none of it is sent.
   * @throws {RangeError} when `status` is not an integer from 400 to 599.
   */
  constructor(status: S, detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    if (detail instanceof Error) (options = { cause: detail, ...options }), (detail = undefined);
    else if (typeof detail === "object" && detail !== null) (options = detail), (detail = detail.detail);
    if (!isErrorStatus(status)) throw new RangeError(`HttpError: status must be an integer 400-599, not ${typeof status} ${String(status)}`);
    const { title = (new.target as { title?: string }).title, type = "about:blank", instance, headers, expose = status < 500, extensions = {} as X, data } = options ?? {};
    super(detail ?? title ?? String(status), options);
    Object.assign(this, { name: new.target.name, status, statusCode: status, title, detail, type, instance, headers: { ...headers }, expose, extensions, data });
  }

  /** Marks every HttpError; see `isHttpError`. */
  get [BRAND](): true {
    return true;
  }

  /** The RFC 9457 problem to send: `detail` and the extensions only when exposed, never the stack, the cause or `data`. */
  toProblem(): HttpProblem<S, X> {
    const problem: Record<string, unknown> = {};
    // The standard members in their order, each when set; `detail` only when exposed.
    for (const member of STANDARD_MEMBERS) if (this[member] !== undefined && (member !== "detail" || this.expose)) problem[member] = this[member];
    // An extension named like a standard member (which the types refuse) is left out rather than replace that member.
    if (this.expose) for (const member in this.extensions) if (!(STANDARD_MEMBERS as readonly string[]).includes(member)) problem[member] = this.extensions[member];
    return problem as HttpProblem<S, X>;
  }

  /** What `JSON.stringify` writes: the problem (`toProblem()`). */
  toJSON(): HttpProblem<S, X> {
    return this.toProblem();
  }

  /**
   * The answer as a fetch `Response`: the status, the error's headers and the problem as `application/problem+json`.
   * Hono answers with it when the error is thrown; return it from any fetch-style handler (Workers, Deno, Bun, Next.js).
   */
  getResponse(): FetchResponse {
    return new Response(JSON.stringify(this), { status: this.status, headers: { ...this.headers, "content-type": "application/problem+json" } });
  }

  /**
   * `instanceof` across copies of the package: an error from the CommonJS build is an instance of the ESM build's
   * `HttpError`, and of its class for the same code (`NotFound`); a problem type's class (`OutOfCredit`) narrows this to
   * its type URI (problem-type.ts). Other subclasses compare as usual.
   * @internal Left out of the published types, which name no ES2015 global, so that they compile with any `lib`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      this.prototype.isPrototypeOf(value as object) ||
      (isHttpError(value) && (this === HttpError || (Object.hasOwn(this, "status") && (value.constructor as { status?: number }).status === (this as { status?: number }).status)))
    );
  }
}

/** Whether a value is an `HttpError`, made by any copy of this package in the process (ESM or CommonJS); a lookalike such as `{ status: 404 }` is not. */
export function isHttpError(value: unknown): value is HttpError<number, ProblemExtensions> {
  return (value as { [BRAND]?: unknown } | null | undefined)?.[BRAND] === true;
}
