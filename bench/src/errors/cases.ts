/**
 * Constructing an error and serialising it as an RFC 9457 problem, as a user of each library writes it. Every
 * variant answers the same four requests with the same status, headers and body (checked before timing), so the
 * rows compare the same work. Each variant's timed loops are functions of their own, so no call site is shared
 * between libraries.
 */
import { STATUS_CODES } from "node:http";
import * as Boom from "@hapi/boom";
import { BadRequest, InternalServerError, NotFound, TooManyRequests } from "@org/status-core/errors";
import createError from "http-errors";

/** What went wrong, as the application knows it. */
export interface ErrorInput {
  status: 400 | 404 | 429 | 500;
  detail: string;
  instance?: string;
  retryAfter?: number;
  errors?: readonly { pointer: string; detail: string }[];
}

export const ERROR_INPUTS: readonly ErrorInput[] = [
  { status: 404, detail: "No order 42.", instance: "/orders/42" },
  { status: 429, detail: "Slow down.", retryAfter: 60 },
  { status: 500, detail: "connect ECONNREFUSED 10.0.0.5:5432" },
  { status: 400, detail: "The order is invalid.", errors: [{ pointer: "/total", detail: "must be a number" }] },
];

/** What is sent: the status, the header fields and the body. */
export interface Response {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
}

export interface ErrorVariant {
  /** Row label: the library and the calls a user writes. */
  name: string;
  lib: "@org/status-core" | "http-errors" | "@hapi/boom";
  /** One input, constructed and serialised (checked). */
  respond(input: ErrorInput): Response;
  /** Construct an error for every input; returns a checksum of the statuses. */
  construct(inputs: readonly ErrorInput[]): number;
  /** Construct and serialise every input; returns a checksum of the body lengths. */
  constructAndSerialise(inputs: readonly ErrorInput[]): number;
}

function core(i: ErrorInput) {
  switch (i.status) {
    case 404:
      return new NotFound(i.detail, { instance: i.instance });
    case 429:
      return new TooManyRequests(i.detail, { retryAfter: i.retryAfter });
    case 500:
      return new InternalServerError(i.detail);
    case 400:
      return new BadRequest(i.detail, { extensions: { errors: i.errors } });
  }
}

function httpErrors(i: ErrorInput): createError.HttpError {
  switch (i.status) {
    case 404:
      return createError(404, i.detail, { instance: i.instance });
    case 429:
      return createError(429, i.detail, { headers: { "Retry-After": String(i.retryAfter) } });
    case 500:
      return createError(500, i.detail);
    case 400:
      return createError(400, i.detail, { errors: i.errors });
  }
}

/** The problem an http-errors user builds by hand: the phrase from node:http, the detail only when exposed. */
function httpErrorsBody(e: createError.HttpError): string {
  return JSON.stringify({
    type: "about:blank",
    title: STATUS_CODES[e.status],
    status: e.status,
    ...(e.expose && { detail: e.message }),
    ...(e.instance !== undefined && { instance: e.instance }),
    ...(e.errors !== undefined && { errors: e.errors }),
  });
}

type BoomData = { instance?: string; errors?: ErrorInput["errors"] } | undefined;

function boom(i: ErrorInput): Boom.Boom<BoomData> {
  switch (i.status) {
    case 404:
      return Boom.notFound(i.detail, { instance: i.instance });
    case 429: {
      const error = Boom.tooManyRequests<BoomData>(i.detail);
      error.output.headers["Retry-After"] = String(i.retryAfter);
      return error;
    }
    case 500:
      return Boom.internal<BoomData>(i.detail);
    case 400:
      return Boom.badRequest(i.detail, { errors: i.errors });
  }
}

/** The problem a Boom user builds from `output.payload` (whose message Boom already hides for 5xx). */
function boomBody(e: ReturnType<typeof boom>): string {
  const { payload } = e.output;
  return JSON.stringify({
    type: "about:blank",
    title: payload.error,
    status: payload.statusCode,
    ...(!e.isServer && { detail: payload.message }),
    ...(e.data?.instance !== undefined && { instance: e.data.instance }),
    ...(e.data?.errors !== undefined && { errors: e.data.errors }),
  });
}

export const ERROR_VARIANTS: readonly ErrorVariant[] = [
  {
    name: "@org/status-core: new NotFound(detail, { instance }); JSON.stringify(error)",
    lib: "@org/status-core",
    respond: (i) => {
      const e = core(i);
      return { status: e.status, headers: e.headers, body: JSON.stringify(e) };
    },
    construct(inputs) {
      let sum = 0;
      for (const i of inputs) sum += core(i).status;
      return sum;
    },
    constructAndSerialise(inputs) {
      let sum = 0;
      for (const i of inputs) sum += JSON.stringify(core(i)).length;
      return sum;
    },
  },
  {
    name: "http-errors: createError(404, detail, props); JSON.stringify({ …problem })",
    lib: "http-errors",
    respond: (i) => {
      const e = httpErrors(i);
      return { status: e.status, headers: e.headers ?? {}, body: httpErrorsBody(e) };
    },
    construct(inputs) {
      let sum = 0;
      for (const i of inputs) sum += httpErrors(i).status;
      return sum;
    },
    constructAndSerialise(inputs) {
      let sum = 0;
      for (const i of inputs) sum += httpErrorsBody(httpErrors(i)).length;
      return sum;
    },
  },
  {
    name: "@hapi/boom: Boom.notFound(detail, data); JSON.stringify({ …problem })",
    lib: "@hapi/boom",
    respond: (i) => {
      const e = boom(i);
      return { status: e.output.statusCode, headers: e.output.headers as Record<string, string>, body: boomBody(e) };
    },
    construct(inputs) {
      let sum = 0;
      for (const i of inputs) sum += boom(i).output.statusCode;
      return sum;
    },
    constructAndSerialise(inputs) {
      let sum = 0;
      for (const i of inputs) sum += boomBody(boom(i)).length;
      return sum;
    },
  },
];

/** Differences between each variant's responses and @org/status-core's, and loops that do not compute what was checked. */
export function checkErrorVariants(): string[] {
  const problems: string[] = [];
  const [reference, ...others] = ERROR_VARIANTS;
  for (const input of ERROR_INPUTS) {
    const want = reference!.respond(input);
    for (const v of others) {
      const got = v.respond(input);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${v.lib} on ${input.status}: ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
  for (const v of ERROR_VARIANTS) {
    const statuses = ERROR_INPUTS.reduce((sum, i) => sum + v.respond(i).status, 0);
    const lengths = ERROR_INPUTS.reduce((sum, i) => sum + v.respond(i).body.length, 0);
    if (v.construct(ERROR_INPUTS) !== statuses) problems.push(`${v.lib}: construct's checksum differs from the checked responses`);
    if (v.constructAndSerialise(ERROR_INPUTS) !== lengths) problems.push(`${v.lib}: constructAndSerialise's checksum differs from the checked responses`);
  }
  return problems;
}
