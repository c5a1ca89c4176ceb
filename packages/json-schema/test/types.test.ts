// Type-level tests: tsc checks them (`pnpm typecheck`); vitest runs the few runtime checks.
import type { FromSchema } from "json-schema-to-ts";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as draft07 from "../generated/draft-07/index.js";
import { problemDetailsSchema, problemTypeSchemas, schemas, statusCodeSchema, statusInfoSchema } from "../generated/index.js";

type StatusCode = FromSchema<typeof statusCodeSchema>;
type Refs = { references: [typeof statusCodeSchema] };
// `type` has a default, which FromSchema would otherwise treat as always present (as after ajv's useDefaults).
type ProblemDetails = FromSchema<typeof problemDetailsSchema, Refs & { keepDefaultedPropertiesOptional: true }>;
type StatusCodesData = FromSchema<typeof statusInfoSchema, Refs>;

describe("FromSchema infers from the exported schemas", () => {
  it("gives the union of the spec's codes", () => {
    expectTypeOf<404>().toExtend<StatusCode>();
    expectTypeOf<999>().toExtend<StatusCode>();
    expectTypeOf<799>().not.toExtend<StatusCode>();
    expectTypeOf<number>().not.toExtend<StatusCode>();
    expectTypeOf<StatusCode>().toExtend<number>();
    expect(statusCodeSchema.oneOf.map((o) => o.const)).toContain(404);
  });

  it("narrows a class $def to its codes", () => {
    type ClientError = FromSchema<typeof statusCodeSchema.$defs.ClientErrorStatusCode>;
    expectTypeOf<404>().toExtend<ClientError>();
    expectTypeOf<500>().not.toExtend<ClientError>();
    expectTypeOf<ClientError>().toExtend<StatusCode>();
  });

  it("types problem details with a status from the spec", () => {
    expectTypeOf<ProblemDetails["status"]>().toEqualTypeOf<StatusCode | undefined>();
    expectTypeOf<ProblemDetails["title"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<{ status: 404; title: "Not Found"; traceId: "x" }>().toExtend<ProblemDetails>();
    expectTypeOf<{ status: 799 }>().not.toExtend<ProblemDetails>();
  });

  it("types status-codes.json records", () => {
    type Record = StatusCodesData["statuses"][number];
    expectTypeOf<Record["code"]>().toEqualTypeOf<StatusCode>();
    expectTypeOf<Record["vendor"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Record["class"]>().toEqualTypeOf<"informational" | "success" | "redirection" | "client-error" | "server-error" | null>();
    expectTypeOf<Record["reference"]>().toEqualTypeOf<{ title: string; url: string } | null>();
  });

  it("types the draft-07 copies the same way", () => {
    expectTypeOf<FromSchema<typeof draft07.statusCodeSchema>>().toEqualTypeOf<StatusCode>();
    type ServerError = FromSchema<typeof draft07.statusCodeSchema.definitions.ServerErrorStatusCode>;
    expectTypeOf<503>().toExtend<ServerError>();
    expectTypeOf<404>().not.toExtend<ServerError>();
  });

  it("types a problem type's schema, by its slug, with its type URI fixed (and required), its status fixed and its extension members", () => {
    type OutOfCredit = FromSchema<(typeof problemTypeSchemas)["out-of-credit"], { references: [typeof problemDetailsSchema, typeof statusCodeSchema] }>;
    expectTypeOf<OutOfCredit["type"]>().toEqualTypeOf<typeof problemTypeSchemas["out-of-credit"]["properties"]["type"]["const"]>();
    expectTypeOf<OutOfCredit["status"]>().toEqualTypeOf<403 | undefined>();
    expectTypeOf<OutOfCredit["balance"]>().toEqualTypeOf<number>();
    expect(problemTypeSchemas["out-of-credit"].properties.status.const).toBe(403);
  });

  it("exports the schemas in one list, in the order of their types, the problem types' last", () => {
    expectTypeOf(schemas).toEqualTypeOf<readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema, (typeof problemTypeSchemas)["out-of-credit"]]>();
    expect(schemas).toEqual([statusCodeSchema, problemDetailsSchema, statusInfoSchema, problemTypeSchemas["out-of-credit"]]);
  });
});
