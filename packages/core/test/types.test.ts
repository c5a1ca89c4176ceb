// Checked by `pnpm typecheck` (the repository's one tsc program): a wrong type here fails the build, not only the run.
import { describe, expectTypeOf, it } from "vitest";
import {
  type ClientErrorStatusCode,
  type ErrorStatusCode,
  getReasonPhrase,
  getStatus,
  getStatusCode,
  isClientError,
  isError,
  isStatusCode,
  type OfficialStatusCode,
  problem,
  type ProblemDetails,
  type ReasonPhrase,
  StatusCode,
  type StatusClass,
  statusClass,
  type StatusInfo,
  statuses,
} from "../src/index.js";

describe("types", () => {
  it("StatusCode members are literal types, and the union holds every code", () => {
    expectTypeOf(StatusCode.NOT_FOUND).toEqualTypeOf<404>();
    expectTypeOf(StatusCode.PAYLOAD_TOO_LARGE).toEqualTypeOf<413>();
    expectTypeOf<404 | 499 | 999>().toMatchTypeOf<StatusCode>();
    expectTypeOf<427>().not.toMatchTypeOf<StatusCode>();
    expectTypeOf<499>().not.toMatchTypeOf<OfficialStatusCode>();
    expectTypeOf<(typeof StatusCode)[keyof typeof StatusCode]>().toEqualTypeOf<StatusCode>();
  });

  it("ReasonPhrase<C> and getReasonPhrase are literal for known codes", () => {
    expectTypeOf<ReasonPhrase<404>>().toEqualTypeOf<"Not Found">();
    expectTypeOf<ReasonPhrase<413 | 422>>().toEqualTypeOf<"Content Too Large" | "Unprocessable Content">();
    expectTypeOf(getReasonPhrase(404)).toEqualTypeOf<"Not Found">();
    expectTypeOf(getReasonPhrase(StatusCode.IM_A_TEAPOT)).toEqualTypeOf<"I'm a teapot">();
    expectTypeOf(getReasonPhrase(404 as number)).toEqualTypeOf<string | undefined>();
    expectTypeOf(getStatus(404).phrase).toEqualTypeOf<"Not Found">();
    expectTypeOf(getStatus(404 as number)).toEqualTypeOf<StatusInfo | undefined>();
  });

  it("lookups return StatusCode or undefined", () => {
    expectTypeOf(getStatusCode("not found")).toEqualTypeOf<StatusCode | undefined>();
    expectTypeOf(statusClass(404)).toEqualTypeOf<StatusClass | undefined>();
    expectTypeOf(statuses).toEqualTypeOf<readonly StatusInfo[]>();
    expectTypeOf(problem(404)).toMatchTypeOf<ProblemDetails & { status: 404 }>();
  });

  it("guards narrow a StatusCode and leave a number alone", () => {
    const code = 404 as StatusCode;
    if (isClientError(code)) expectTypeOf(code).toEqualTypeOf<ClientErrorStatusCode>();
    else expectTypeOf(code).toEqualTypeOf<Exclude<StatusCode, ClientErrorStatusCode>>();
    if (isError(code)) expectTypeOf(code).toEqualTypeOf<ErrorStatusCode>();
    const n = 404 as number;
    expectTypeOf(isClientError(n)).toEqualTypeOf<boolean>();
    const value: unknown = 404;
    if (isStatusCode(value)) expectTypeOf(value).toEqualTypeOf<StatusCode>();
  });

  it("rejects what it should", () => {
    // @ts-expect-error: not a key
    void StatusCode.NOT_A_CODE;
    // Not run: the namespace throws on a write (consumer.test.ts checks that on the built package).
    const write = () => {
      // @ts-expect-error: constants are read-only
      StatusCode.NOT_FOUND = 405;
    };
    void write;
    // @ts-expect-error: status comes from the code
    problem(404, { status: 500 });
    // @ts-expect-error: ReasonPhrase takes a known code
    expectTypeOf<ReasonPhrase<427>>();
  });
});
