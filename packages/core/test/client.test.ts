import { describe, expect, expectTypeOf, it } from "vitest";
import { type AnyHttpError, BadRequest, Forbidden, fromProblem, fromResponse, HttpError, NotFound, OutOfCredit, ServiceUnavailable, TooManyRequests, type UnclassedErrorStatus } from "../src/errors.js";

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

describe("problem types", () => {
  it("a thrown OutOfCredit comes back from fromResponse as an OutOfCredit with its extensions", async () => {
    const sent = new OutOfCredit("That costs 50.", { instance: "/orders/7", extensions: { balance: 30, accounts: ["https://bank.test/a/1"] } });
    expect(sent.toProblem()).toEqual({
      type: OutOfCredit.type,
      title: "You do not have enough credit",
      status: 403,
      detail: "That costs 50.",
      instance: "/orders/7",
      balance: 30,
      accounts: ["https://bank.test/a/1"],
    });
    const error = await fromResponse(sent.getResponse());
    expect(error).toBeInstanceOf(OutOfCredit);
    expect(error).toBeInstanceOf(Forbidden);
    expect([error?.name, error?.type, error?.extensions, error?.toProblem()]).toEqual(["OutOfCredit", OutOfCredit.type, { balance: 30, accounts: ["https://bank.test/a/1"] }, sent.toProblem()]);
  });

  it("a problem of that type under another status is the status's class; a plain 403 is no OutOfCredit", () => {
    const other = fromProblem({ type: OutOfCredit.type, status: 402, balance: 30 });
    expect([other instanceof OutOfCredit, other?.constructor.name]).toEqual([false, "PaymentRequired"]);
    expect(fromProblem({ status: 403 })).not.toBeInstanceOf(OutOfCredit);
    expect(new Forbidden()).not.toBeInstanceOf(OutOfCredit);
  });
});
