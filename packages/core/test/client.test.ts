import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildModel } from "@org/generators/build";
import { sampleExtensions } from "@org/generators/samples";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as errors from "../src/errors.js";
import { type AnyHttpError, BadRequest, createHttpError, fromProblem, fromResponse, HttpError, NotFound, ServiceUnavailable, TooManyRequests, type UnclassedErrorStatus } from "../src/errors.js";
import { distFile } from "./support.js";

const problem = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "application/problem+json", ...headers } });

describe("fromResponse", () => {
  it("gives the class of the code with the problem's members, extensions and header options", async () => {
    const sent = new TooManyRequests("Slow down.", { retryAfter: 30, instance: "/search", extensions: { limit: 10 } });
    const error = await fromResponse(sent.getResponse());
    expect(error).toBeInstanceOf(TooManyRequests);
    if (!(error instanceof TooManyRequests)) throw new Error("not narrowed");
    expect([error.retryAfter, error.detail, error.instance, error.extensions, error.headers]).toEqual([30, "Slow down.", "/search", { limit: 10 }, { "Retry-After": "30" }]);
    expect(error.toProblem()).toEqual(sent.toProblem());
  });

  it("reads Retry-After as a date", async () => {
    const error = await fromResponse(new ServiceUnavailable({ retryAfter: new Date(Date.UTC(2026, 11, 24, 8)) }).getResponse());
    expect((error as ServiceUnavailable).retryAfter).toEqual(new Date(Date.UTC(2026, 11, 24, 8)));
  });

  it.each([
    ["malformed JSON", problem("{oops", 404)],
    ["an HTML page", new Response("<h1>Not Found</h1>", { status: 404, headers: { "content-type": "text/html" } })],
    ["JSON that is not a problem", new Response('{"statusCode":404,"message":"x"}', { status: 404, headers: { "content-type": "application/json" } })],
    ["a JSON array", problem("[1]", 404)],
    ["no body", new Response(null, { status: 404 })],
  ])("gives a plain error of the status for %s, never a throw", async (_, response) => {
    const error = await fromResponse(response);
    expect([error instanceof NotFound, error?.detail, error?.extensions]).toEqual([true, undefined, {}]);
  });

  it("gives undefined below 400, and a plain HttpError for a code without a class", async () => {
    expect(await fromResponse(new Response("{}", { status: 200 }))).toBeUndefined();
    expect(await fromResponse(new Response(null, { status: 304 }))).toBeUndefined();
    const odd = await fromResponse(problem('{"type":"about:blank","status":477,"detail":"odd"}', 477));
    expect([odd?.constructor, odd?.status, odd?.detail]).toEqual([HttpError, 477, "odd"]);
  });

  it("narrows with instanceof and with a switch on status", async () => {
    const error = await fromResponse(problem('{"status":429}', 429, { "retry-after": "7" }));
    expectTypeOf(error).toEqualTypeOf<AnyHttpError | undefined>();
    if (error instanceof BadRequest) expectTypeOf(error.status).toEqualTypeOf<400>();
    switch (error?.status) {
      case 429:
        expectTypeOf(error).toEqualTypeOf<TooManyRequests>();
        expect(error.retryAfter).toBe(7);
        break;
      case 477:
        expectTypeOf(error).toEqualTypeOf<HttpError<UnclassedErrorStatus>>();
        break;
      default:
        throw new Error(`expected a 429, got ${String(error?.status)}`);
    }
  });
});

describe("fromProblem", () => {
  it("takes a parsed problem, its status from the problem unless given, and ignores members of the wrong type", () => {
    const error = fromProblem({ type: 5, title: "Not Found", status: 404, detail: ["x"], balance: 3 });
    expect([error instanceof NotFound, error?.type, error?.detail, error?.extensions]).toEqual([true, "about:blank", undefined, { balance: 3 }]);
    expect(fromProblem({ status: 404 }, { status: 410 })?.status).toBe(410);
    expect([fromProblem({}), fromProblem(null), fromProblem({ status: "404" }), fromProblem({ status: 200 })]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

// The spec's first problem type, whichever the organisation declares (its class's types: the generator's core tests).
const [problemType] = buildModel(readFileSync(new URL("../../../spec/status-codes.yaml", import.meta.url)), "0.0.0").problemTypes;
const classes = errors as unknown as Record<string, new (detail?: string, options?: object) => HttpError>;

describe.skipIf(!problemType)(problemType ? `problem types (the spec's first: ${problemType.slug})` : "problem types: skipped, spec/status-codes.yaml declares none", () => {
  // The describe's body runs even when it is skipped: nothing here may read the type before a test does.
  const type = () => ({ p: problemType!, Class: classes[problemType!.name]! });

  it("a thrown one comes back from fromResponse as its class, its code's class, with its extensions", async () => {
    const { p, Class } = type();
    const extensions = sampleExtensions(p);
    const sent = new Class("That costs 50.", { instance: "/orders/7", extensions });
    expect(sent.toProblem()).toMatchObject({ type: p.uri, title: p.title, status: p.status.code, instance: "/orders/7", ...extensions });
    const error = await fromResponse(sent.getResponse());
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(classes[p.status.name]!);
    expect([error?.name, error?.type, error?.extensions, error?.toProblem()]).toEqual([p.name, p.uri, extensions, sent.toProblem()]);
  });

  it("a problem of that type under another status is the status's class; a plain problem of its status is not of the type's class", () => {
    const { p, Class } = type();
    const status = p.status.code === 400 ? 401 : 400;
    const other = fromProblem({ type: p.uri, status });
    expect([other instanceof Class, other?.status, other?.type]).toEqual([false, status, p.uri]);
    expect(fromProblem({ status: p.status.code })).not.toBeInstanceOf(Class);
    expect(fromProblem({ status: p.status.code })).toBeInstanceOf(classes[p.status.name]!);
  });

  it("its URI is the default type however the arguments come, and a given type wins", () => {
    const { p, Class } = type();
    const extensions = sampleExtensions(p);
    const Loose = Class as unknown as new (detail?: unknown, options?: object) => HttpError;
    const cause = new Error("upstream");
    const made = [new Loose({ extensions }), new Loose("x", { extensions }), new Loose(cause, { extensions }), new Loose(undefined, { type: undefined, extensions })];
    expect(made.map((e) => [e.type, e.extensions])).toEqual(made.map(() => [p.uri, extensions]));
    expect([made[0]!.detail, made[1]!.detail, made[2]!.cause, made[2]!.detail]).toEqual([undefined, "x", cause, undefined]);
    expect(new Loose({ type: "urn:other", detail: "y" }).type).toBe("urn:other");
  });

  it("instanceof its class is true for an error of its status and URI, from this copy of the package or another", () => {
    const { p, Class } = type();
    const other = createRequire(import.meta.url)(distFile("errors.cjs")) as typeof errors;
    const otherClass = (other as unknown as typeof classes)[p.name]!;
    const sample = { extensions: sampleExtensions(p) };
    expect([createHttpError(p.status.code, { type: p.uri }) instanceof Class, other.createHttpError(p.status.code, { type: p.uri }) instanceof Class]).toEqual([true, true]);
    expect([new otherClass(undefined, sample) instanceof Class, new Class(undefined, sample) instanceof otherClass]).toEqual([true, true]);
    expect([other.createHttpError(p.status.code) instanceof Class, new other.HttpError(p.status.code, { type: p.uri }) instanceof Class]).toEqual([false, false]);
  });
});
