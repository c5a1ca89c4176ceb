import { describe, expect, it } from "vitest";
import * as errors from "../src/errors.js";
import {
  BadRequest,
  createHttpError,
  HttpError,
  InternalServerError,
  isHttpError,
  MethodNotAllowed,
  NotFound,
  PaymentRequired,
  ServiceUnavailable,
  TooManyRequests,
  Unauthorized,
} from "../src/errors.js";
import { statuses } from "../src/index.js";

const errorCodes = statuses.filter((s) => s.class === "client-error" || s.class === "server-error");
const classes = errors as unknown as Record<string, typeof HttpError | undefined>;

describe("one class per code of the spec", () => {
  it.each(errorCodes.filter((s) => !s.neverSent).map((s) => [s.code, s.name, s] as const))("%i is %s, titled with its phrase", (code, name, s) => {
    const ErrorClass = classes[name]!;
    // A class whose code requires a header is made here without it: the runtime does not throw (see the README).
    const error = createHttpError(code as 404);
    // createHttpError makes its own class for the code (so that it need not bundle every class): instanceof agrees both ways.
    expect(error).toBeInstanceOf(ErrorClass);
    expect(new ErrorClass(code as never)).toBeInstanceOf(error.constructor as typeof HttpError);
    expect(createHttpError(code as 404).constructor).toBe(error.constructor);
    expect([error.name, error.status, error.statusCode, error.title, error.expose]).toEqual([name, code, code, s.phrase, code < 500]);
    expect([error.constructor.name, (error.constructor as typeof NotFound).status, (error.constructor as typeof NotFound).title]).toEqual([name, code, s.phrase]);
    const fields = s.headers.map((h) => [h, "x"]);
    expect(Object.keys(createHttpError(code as 429, Object.fromEntries(s.headers.map((h) => [h.toLowerCase().replace(/-(.)/g, (_, c: string) => c.toUpperCase()), "x"])) as never).headers)).toEqual(fields.map(([h]) => h));
    expect([ErrorClass.name, (ErrorClass as unknown as typeof NotFound).status, (ErrorClass as unknown as typeof NotFound).title]).toEqual([name, code, s.phrase]);
  });

  it.each(errorCodes.filter((s) => s.neverSent).map((s) => [s.code, s.phrase] as const))("%i (%s) is only ever logged: no class, a plain HttpError", (code) => {
    const error = createHttpError(code);
    expect(error.constructor).toBe(HttpError);
    expect(Object.values(classes).some((c) => c !== HttpError && (c as { status?: number } | undefined)?.status === code)).toBe(false);
  });

  it("gives any other code from 400 to 599 a plain HttpError without a title", () => {
    const error = createHttpError(477, "odd");
    expect(error.constructor).toBe(HttpError);
    expect(error.toProblem()).toEqual({ type: "about:blank", status: 477, detail: "odd" });
    expect(error.message).toBe("odd");
    expect(createHttpError(599).expose).toBe(false);
  });

  it.each([
    ["a 2xx", 200, "not number 200"],
    ["a 3xx", 302, "not number 302"],
    ["above 599", 600, "not number 600"],
    ["a vendor code outside 400-599", 783, "not number 783"],
    ["799", 799, "not number 799"],
    ["a fraction", 404.5, "not number 404.5"],
    ["NaN", Number.NaN, "not number NaN"],
    ["a string", "404", "not string 404"],
    ["undefined", undefined, "not undefined undefined"],
  ])("refuses %s with a RangeError that says what it got", (_, status, message) => {
    expect(() => createHttpError(status as number)).toThrow(new RangeError(`HttpError: status must be an integer 400-599, ${message}`));
  });

  it("the HttpError constructor checks the code too", () => {
    expect(() => new HttpError(302)).toThrow(RangeError);
  });
});

describe("the problem (RFC 9457)", () => {
  it("serialises to the standard members in order, and never to the stack or the cause", () => {
    const error = new NotFound("No order 42.", { instance: "/orders/42", cause: new Error("row missing") });
    expect(JSON.stringify(error)).toBe('{"type":"about:blank","title":"Not Found","status":404,"detail":"No order 42.","instance":"/orders/42"}');
    expect(error.toProblem()).toEqual(JSON.parse(JSON.stringify(error)));
    expect((error.cause as Error).message).toBe("row missing");
  });

  it("leaves detail out of a 5xx unless the caller exposes it, and can hide a 4xx's", () => {
    const hidden = new InternalServerError("password=hunter2 rejected by the database");
    expect(JSON.stringify(hidden)).toBe('{"type":"about:blank","title":"Internal Server Error","status":500}');
    expect([hidden.detail, hidden.message, hidden.expose]).toEqual(["password=hunter2 rejected by the database", "password=hunter2 rejected by the database", false]);
    expect(new ServiceUnavailable("Down for maintenance.", { expose: true }).toProblem().detail).toBe("Down for maintenance.");
    expect(new BadRequest("internal", { expose: false }).toProblem()).not.toHaveProperty("detail");
  });

  it("takes a problem type, its title and extension members", () => {
    const error = new PaymentRequired({
      type: "https://example.com/problems/out-of-credit",
      title: "You do not have enough credit.",
      detail: "Your balance is 30, but that costs 50.",
      extensions: { balance: 30, accounts: ["/account/1"] },
    });
    expect(JSON.stringify(error)).toBe(
      '{"type":"https://example.com/problems/out-of-credit","title":"You do not have enough credit.","status":402,"detail":"Your balance is 30, but that costs 50.","balance":30,"accounts":["/account/1"]}',
    );
    expect(error.extensions.balance).toBe(30);
  });

  it.each(["type", "title", "status", "detail", "instance"])("leaves out an extension named %s (the types refuse it) rather than replace the member or throw", (member) => {
    expect(new BadRequest("x", { extensions: { [member]: 1, other: 2 } as never }).toProblem()).toEqual({ type: "about:blank", title: "Bad Request", status: 400, detail: "x", other: 2 });
  });

  it("sends extensions only when exposed, and data never", () => {
    const hidden = new InternalServerError("db down", { extensions: { traceId: "t1" }, data: { query: "SELECT 1" } });
    expect(hidden.toProblem()).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
    expect([hidden.extensions.traceId, hidden.data]).toEqual(["t1", { query: "SELECT 1" }]);
    const shown = new InternalServerError({ expose: true, extensions: { traceId: "t1" }, data: { query: "SELECT 1" } });
    expect(JSON.stringify(shown)).toBe('{"type":"about:blank","title":"Internal Server Error","status":500,"traceId":"t1"}');
  });
});

describe("the error", () => {
  it("is an Error whose message is the detail, or the title without one, and whose stack names the class", () => {
    const error = new TooManyRequests("Slow down.");
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("Slow down.");
    expect(new TooManyRequests().message).toBe("Too Many Requests");
    expect(error.stack?.split("\n")[0]).toBe("TooManyRequests: Slow down.");
    expect(error.stack).toContain("errors.test.ts");
  });

  it("takes options first or after the detail", () => {
    expect(new NotFound({ detail: "x", instance: "/x" }).toProblem()).toEqual(new NotFound("x", { instance: "/x" }).toProblem());
  });

  it("takes an Error where the detail goes as the cause, which leaks nowhere", () => {
    const cause = new Error("connect ECONNREFUSED 10.0.0.5:5432");
    for (const error of [new InternalServerError(cause), createHttpError(500, cause), createHttpError(502, "Upstream failed", { cause }), new ServiceUnavailable(cause, { retryAfter: 5 })]) {
      expect(error.cause).toBe(cause);
      expect(JSON.stringify(error)).not.toContain("ECONNREFUSED");
      expect(error.getResponse().headers.get("content-type")).toBe("application/problem+json");
    }
    expect(new InternalServerError(cause).message).toBe("Internal Server Error");
    expect(new ServiceUnavailable(cause, { retryAfter: 5 }).headers).toEqual({ "Retry-After": "5" });
  });

  it("answers as a fetch Response: the status, its headers and the problem as application/problem+json", async () => {
    const response = new TooManyRequests("Slow down.", { retryAfter: 30 }).getResponse();
    expect([response.status, response.headers.get("retry-after"), response.headers.get("content-type")]).toEqual([429, "30", "application/problem+json"]);
    expect(await response.json()).toEqual({ type: "about:blank", title: "Too Many Requests", status: 429, detail: "Slow down." });
  });

  it("keeps a subclass's own name when it sets one", () => {
    class OrderNotFound extends NotFound {
      constructor(id: number) {
        super(`No order ${id}.`);
        this.name = "OrderNotFound";
      }
    }
    const error = new OrderNotFound(7);
    expect([error.name, error instanceof NotFound, error instanceof HttpError, isHttpError(error)]).toEqual(["OrderNotFound", true, true, true]);
  });
});

describe("header fields", () => {
  it("sets Retry-After from seconds (a fraction rounded up) or a date", () => {
    expect(new TooManyRequests({ retryAfter: 120 }).headers).toEqual({ "Retry-After": "120" });
    expect(new TooManyRequests({ retryAfter: 120 }).retryAfter).toBe(120);
    expect(new TooManyRequests({ retryAfter: 0.2 }).headers).toEqual({ "Retry-After": "1" });
    expect(new ServiceUnavailable({ retryAfter: new Date(Date.UTC(2026, 11, 24, 8, 0, 0)) }).headers).toEqual({ "Retry-After": "Thu, 24 Dec 2026 08:00:00 GMT" });
  });

  it.each([
    ["a negative delay", -1, "number -1"],
    ["NaN", Number.NaN, "number NaN"],
    ["Infinity", Number.POSITIVE_INFINITY, "number Infinity"],
    ["an invalid Date", new Date("nope"), "object Invalid Date"],
    ["a boolean", true, "boolean true"],
  ])("refuses %s for Retry-After", (_, value, shown) => {
    expect(() => new TooManyRequests({ retryAfter: value as number })).toThrow(new TypeError(`HttpError: retryAfter must be seconds (0 or more), a valid Date or strings, not ${shown}`));
  });

  it("sets the challenge of a 401 and the methods of a 405", () => {
    expect(new Unauthorized({ wwwAuthenticate: 'Bearer realm="api"' }).headers).toEqual({ "WWW-Authenticate": 'Bearer realm="api"' });
    expect(new MethodNotAllowed("Orders are read-only.", { allow: ["GET", "HEAD"] }).headers).toEqual({ Allow: "GET, HEAD" });
  });

  it("adds other fields from headers; a header option replaces the same field in any case", () => {
    const error = new TooManyRequests({ retryAfter: 5, headers: { "retry-after": "99", "RateLimit-Policy": '"default";q=100;w=60' } });
    expect(error.headers).toEqual({ "RateLimit-Policy": '"default";q=100;w=60', "Retry-After": "5" });
  });

  it("sends no header for a required option left out at run time (the types require it), and ignores options of other codes", () => {
    expect(createHttpError(405 as number).headers).toEqual({});
    expect(new NotFound({ retryAfter: 5 } as never).headers).toEqual({});
  });
});

describe("isHttpError", () => {
  it.each([
    ["a lookalike object", { status: 404, title: "Not Found", expose: true, headers: {} }],
    ["a plain Error with a status", Object.assign(new Error("x"), { status: 404 })],
    ["null", null],
    ["a number", 404],
  ])("is false for %s", (_, value) => {
    expect(isHttpError(value)).toBe(false);
    expect(value instanceof HttpError).toBe(false);
  });

  it("is true for every HttpError, whatever its code", () => {
    expect([new NotFound(), createHttpError(477), new HttpError(599)].every(isHttpError)).toBe(true);
  });

  it("instanceof a class of the spec is true for that class only", () => {
    expect(new NotFound() instanceof NotFound).toBe(true);
    expect(new NotFound() instanceof BadRequest).toBe(false);
    expect(new HttpError(404) instanceof NotFound).toBe(false);
  });
});
