import { describe, expect, it } from "vitest";
import { responseTo30, schemaTo30, toOpenApi30 } from "../../src/targets/openapi/downgrade.js";
import type { JsonObject } from "../../src/targets/openapi/json.js";

describe("schemaTo30", () => {
  it.each<[string, { given: JsonObject; want: JsonObject }]>([
    ["keeps a 3.0-compatible schema as it is", { given: { type: "string", format: "uri-reference", default: "about:blank" }, want: { type: "string", format: "uri-reference", default: "about:blank" } }],
    ["turns a nullable type array into nullable", { given: { type: ["string", "null"] }, want: { type: "string", nullable: true } }],
    ["turns a one-type array into a plain type", { given: { type: ["integer"] }, want: { type: "integer" } }],
    ["turns const into a one-value enum", { given: { const: 404 }, want: { enum: [404] } }],
    ["keeps the first of several examples", { given: { type: "integer", examples: [404, 500] }, want: { type: "integer", example: 404 } }],
    ["drops empty examples", { given: { type: "integer", examples: [] }, want: { type: "integer" } }],
    ["drops $comment", { given: { $comment: "note", type: "object" }, want: { type: "object" } }],
    ["recurses into properties", { given: { properties: { a: { type: ["string", "null"], examples: ["x"] } } }, want: { properties: { a: { type: "string", nullable: true, example: "x" } } } }],
    ["recurses into items and combinators", { given: { items: { const: 1 }, oneOf: [{ const: "a" }, { type: "string" }] }, want: { items: { enum: [1] }, oneOf: [{ enum: ["a"] }, { type: "string" }] } }],
    ["keeps a boolean additionalProperties", { given: { additionalProperties: true }, want: { additionalProperties: true } }],
    ["recurses into a schema additionalProperties", { given: { additionalProperties: { examples: [1] } }, want: { additionalProperties: { example: 1 } } }],
  ])("%s", (_, { given, want }) => {
    expect(schemaTo30(given)).toEqual(want);
  });

  it("refuses a union of two non-null types, which 3.0 cannot say without oneOf", () => {
    expect(() => schemaTo30({ type: ["string", "integer"] })).toThrow(/cannot express type \["string","integer"\] in OpenAPI 3.0/);
  });
});

describe("toOpenApi30", () => {
  it("changes the version, drops info.summary, converts schemas and header schemas, and keeps everything else", () => {
    const given: JsonObject = {
      openapi: "3.1.0",
      info: { title: "T", summary: "S", version: "1.0.0" },
      paths: {},
      components: {
        schemas: { A: { type: ["string", "null"] } },
        headers: { H: { description: "h", schema: { type: "string", examples: ["x"] } } },
        responses: { R: { description: "r", "x-status-code": 200 } },
      },
    };
    expect(toOpenApi30(given)).toEqual({
      openapi: "3.0.3",
      info: { title: "T", version: "1.0.0" },
      paths: {},
      components: {
        schemas: { A: { type: "string", nullable: true } },
        headers: { H: { description: "h", schema: { type: "string", example: "x" } } },
        responses: { R: { description: "r", "x-status-code": 200 } },
      },
    });
    expect(given.openapi).toBe("3.1.0");
  });
});

describe("responseTo30", () => {
  it.each<[string, { given: JsonObject; want: JsonObject }]>([
    ["keeps only the $ref of a reference, which 3.0 cannot annotate", { given: { $ref: "#/components/responses/A", description: "old name" }, want: { $ref: "#/components/responses/A" } }],
    [
      "converts media type schemas and header schemas",
      {
        given: { description: "r", headers: { H: { required: true, schema: { type: ["string", "null"] } } }, content: { "application/problem+json": { schema: { allOf: [{ $ref: "#/x" }, { properties: { status: { const: 404 } } }] }, example: { status: 404 } } } },
        want: { description: "r", headers: { H: { required: true, schema: { type: "string", nullable: true } } }, content: { "application/problem+json": { schema: { allOf: [{ $ref: "#/x" }, { properties: { status: { enum: [404] } } }] }, example: { status: 404 } } } },
      },
    ],
    ["keeps a response without headers or content", { given: { description: "r", "x-status-code": 204 }, want: { description: "r", "x-status-code": 204 } }],
  ])("%s", (_, { given, want }) => {
    expect(responseTo30(given)).toEqual(want);
  });
});
