/** The client side: a problem+json answer back into the error the server threw (`instanceof NotFound`). */
import { createHttpError, errorLine } from "./create-http-error.js";
import type { HttpErrorsByCode, UnclassedErrorStatus } from "./generated/errors.js";
import { PROBLEM_TYPE_CLASSES } from "./generated/problem-types.js";
import { headerField, type HttpError, type HttpErrorOptions, isErrorStatus, STANDARD_MEMBERS } from "./http-error.js";

/** The error of any code: the class of a code of the spec, or a plain `HttpError` of another. `instanceof` and a `switch` on `status` narrow it. */
export type AnyHttpError = HttpErrorsByCode[keyof HttpErrorsByCode] | HttpError<UnclassedErrorStatus>;

/** What is read of a fetch `Headers` (or anything with `get`). */
export interface HeadersLike {
  get(name: string): string | null;
}

/** What is read of a fetch `Response`. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: HeadersLike;
  text(): Promise<string>;
}

/** A problem type's class as `fromProblem` calls it, whatever its extensions. */
type ProblemTypeClass = { readonly status: number } & (new (options: HttpErrorOptions<object>) => AnyHttpError);

/** A header option back from its field: Retry-After as seconds or a `Date`, any other as the text. */
function optionValue(field: string, text: string): unknown {
  if (field.toLowerCase() !== "retry-after") return text;
  if (/^\d+$/.test(text.trim())) return Number(text.trim());
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The header options of a code's class, read back from response headers (`Retry-After: 30` -> `retryAfter: 30`). */
function headerOptions(status: number, headers: HeadersLike | undefined): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const fields = errorLine(status).slice(1);
  for (const entry of fields) {
    const [option, field] = headerField(entry);
    const text = headers?.get(field);
    if (text != null) options[option] = optionValue(field, text);
  }
  return options;
}

/**
 * A parsed problem (`{ type, title, status, detail, instance, ...extensions }`) as the error of its type or code: an
 * instance of the problem type's class (`OutOfCredit`) when its `type` is one of the spec's with its status, else of the code's class with the problem's members, its extensions, and the header options read from `headers`. The
 * status comes from `status` when given (the response's), else from the problem. `undefined` when neither is an
 * integer from 400 to 599. Members of the wrong type are ignored; it never throws.
 */
export function fromProblem(problem: unknown, init: { status?: number; headers?: HeadersLike } = {}): AnyHttpError | undefined {
  const body = (typeof problem === "object" && problem !== null && !Array.isArray(problem) ? problem : {}) as Record<string, unknown>;
  const status = init.status ?? body.status;
  if (!isErrorStatus(status)) return undefined;
  const text = (member: string) => (typeof body[member] === "string" ? (body[member] as string) : undefined);
  const extensions: Record<string, unknown> = {};
  for (const key of Object.keys(body)) if (!(STANDARD_MEMBERS as readonly string[]).includes(key)) extensions[key] = body[key];
  let options: Record<string, unknown> = {};
  try {
    options = headerOptions(status, init.headers);
  } catch {
    // Headers that cannot be read give no header options.
  }
  const detail = text("detail");
  const args = {
    ...options,
    detail,
    type: text("type"),
    title: text("title"),
    instance: text("instance"),
    // What the server sent was exposed; an error without a detail keeps its extensions visible when it is sent on.
    expose: true,
    extensions,
  };
  // A problem of one of the organisation's types, with the status that type goes with, is that type's class.
  const classes: { readonly [type: string]: unknown } = PROBLEM_TYPE_CLASSES;
  const ProblemType = Object.hasOwn(classes, args.type ?? "") ? (classes[args.type!] as ProblemTypeClass) : undefined;
  if (ProblemType?.status === status) return new ProblemType(args);
  return createHttpError(status, args) as AnyHttpError;
}

/**
 * A fetch `Response` as the error the server answered with: `fromProblem` of its body (problem+json, or JSON with a
 * `status` or `type` member),
 * with the response's status and headers. A body that is not a problem, or not JSON, gives a plain error of the
 * status; a status below 400 gives `undefined`. Never rejects, whatever the body.
 */
export async function fromResponse(response: ResponseLike): Promise<AnyHttpError | undefined> {
  const status = response.status;
  if (!isErrorStatus(status)) return undefined;
  let problem: unknown;
  try {
    const type = response.headers.get("content-type") ?? "";
    if (/^application\/([\w.-]+\+)?json\b/i.test(type)) {
      const body = JSON.parse(await response.text()) as Record<string, unknown> | null;
      // Plain JSON is a problem when it says so (a status or a type URI), not another format such as Fastify's `{ statusCode, message }`.
      if (/^application\/problem\+json\b/i.test(type) || body?.status === status || typeof body?.type === "string") problem = body;
    }
  } catch {
    // Malformed JSON (or a body that cannot be read): the status alone.
  }
  return fromProblem(problem, { status, headers: response.headers });
}
