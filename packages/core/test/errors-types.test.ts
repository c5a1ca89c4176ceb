// Checked by `pnpm typecheck` (the repository's one tsc program): a wrong type here fails the build, not only the run.
import { describe, expectTypeOf, it } from "vitest";
import {
  createHttpError,
  HttpError,
  type HttpProblem,
  InternalServerError,
  isHttpError,
  MethodNotAllowed,
  NotFound,
  PaymentRequired,
  ProxyAuthenticationRequired,
  TooManyRequests,
  Unauthorized,
} from "../src/errors.js";

describe("error types", () => {
  it("each class has its code as a literal type, and createHttpError gives the class of a literal code", () => {
    expectTypeOf(new NotFound().status).toEqualTypeOf<404>();
    expectTypeOf<typeof NotFound.status>().toEqualTypeOf<404>();
    expectTypeOf<typeof NotFound.title>().toEqualTypeOf<"Not Found">();
    expectTypeOf(createHttpError(404)).toEqualTypeOf<NotFound>();
    expectTypeOf(createHttpError(500, "x")).toEqualTypeOf<InternalServerError>();
    expectTypeOf(createHttpError(477)).toEqualTypeOf<HttpError<477>>();
    expectTypeOf(createHttpError(404 as number)).toEqualTypeOf<HttpError<number>>();
    expectTypeOf(new NotFound().toProblem().status).toEqualTypeOf<404>();
  });

  it("extension members keep their types, on the error and in the problem", () => {
    const error = new PaymentRequired("Balance too low.", { extensions: { balance: 30, accounts: ["/account/1"] } });
    expectTypeOf(error.extensions.balance).toEqualTypeOf<number>();
    expectTypeOf(error.toProblem().accounts).toEqualTypeOf<string[]>();
    expectTypeOf(createHttpError(429, { extensions: { limit: 10 } }).toJSON().limit).toEqualTypeOf<number>();
    expectTypeOf(error.toProblem()).toMatchTypeOf<HttpProblem<402>>();
    // Types refuse a standard member as an extension; JavaScript callers get a TypeError (errors.test.ts).
    const reserved = () =>
      // @ts-expect-error: status is a standard member, not an extension
      new NotFound({ extensions: { status: 500 } });
    expectTypeOf(reserved).toBeFunction();
  });

  it("a code whose response must carry a header requires its option; others do not take it", () => {
    expectTypeOf(new MethodNotAllowed({ allow: ["GET"] })).toEqualTypeOf<MethodNotAllowed>();
    expectTypeOf(new Unauthorized("Token expired.", { wwwAuthenticate: "Bearer" }).status).toEqualTypeOf<401>();
    expectTypeOf(new ProxyAuthenticationRequired({ proxyAuthenticate: "Basic" }).status).toEqualTypeOf<407>();
    // @ts-expect-error: 405 must carry Allow
    new MethodNotAllowed();
    // @ts-expect-error: and so must createHttpError(405)
    createHttpError(405, "Read-only.");
    // @ts-expect-error: 404 goes with no Retry-After
    new NotFound({ retryAfter: 5 });
    expectTypeOf(new TooManyRequests({ retryAfter: new Date() })).toEqualTypeOf<TooManyRequests>();
    // @ts-expect-error: Retry-After is seconds or a date
    new TooManyRequests({ retryAfter: "soon" });
  });

  it("an Error where the detail goes is the cause, in every form the issue names", () => {
    const cause = new Error("connect ECONNREFUSED");
    expectTypeOf(new InternalServerError(cause)).toEqualTypeOf<InternalServerError>();
    expectTypeOf(createHttpError(500, cause)).toEqualTypeOf<InternalServerError>();
    expectTypeOf(createHttpError(502, "Upstream failed", { cause, data: { host: "db" } }).status).toEqualTypeOf<502>();
    expectTypeOf(new TooManyRequests({ retryAfter: 30 }).retryAfter).toEqualTypeOf<number | Date | undefined>();
    expectTypeOf(new NotFound().statusCode).toEqualTypeOf<404>();
    expectTypeOf(new NotFound().getResponse()).toEqualTypeOf<Response>();
  });

  it("isHttpError narrows unknown", () => {
    const value: unknown = new NotFound();
    if (isHttpError(value)) expectTypeOf(value.status).toEqualTypeOf<number>();
  });
});
