import { Ajv2020 } from "ajv/dist/2020.js";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { jsonSchema } from "../../src/targets/json-schema.js";
import { HEADERS, modelOf } from "../support/model.js";

/** No 1xx code (an empty class), a deprecated code, a vendor code in a class and one outside every class. */
const model = modelOf(
  [
    { code: 200, phrase: "OK" },
    { code: 305, phrase: "Use Proxy", deprecated: "Clients ignore it." },
    { code: 404, phrase: "Not Found", aliases: ["Missing"] },
    { code: 499, phrase: "Client Closed Request", vendor: "nginx", headers: ["Retry-After"] },
    { code: 503, phrase: "Service Unavailable", retryable: true, headers: ["Retry-After"] },
    { code: 999, phrase: "Request Denied", vendor: "LinkedIn", otherMeanings: [{ vendor: "X", phrase: "Y", description: "Z." }] },
  ].map((e) => ({ reference: e.vendor ? undefined : { title: `RFC 9110, ${e.code}`, url: `https://www.rfc-editor.org/rfc/rfc9110#${e.code}` }, ...e })),
  { headers: [{ ...HEADERS[1]!, example: undefined }] },
);

const files = jsonSchema.generate(model);
const file = (path: string) => JSON.parse(files.find((f) => f.path === path)!.content);

describe("jsonSchema target", () => {
  it("emits the three schemas in both drafts, their declarations, each draft's JS entry and the data", () => {
    expect(files.map((f) => f.path).sort()).toMatchInlineSnapshot(`
      [
        "draft-07/index.cjs",
        "draft-07/index.d.cts",
        "draft-07/index.d.ts",
        "draft-07/index.js",
        "draft-07/problem-details.schema.json",
        "draft-07/schemas.d.cts",
        "draft-07/status-code.schema.json",
        "draft-07/status-info.schema.json",
        "index.cjs",
        "index.d.cts",
        "index.d.ts",
        "index.js",
        "problem-details.schema.json",
        "schemas.d.cts",
        "status-code.schema.json",
        "status-codes.json",
        "status-info.schema.json",
      ]
    `);
  });

  it("documents every option and groups codes by class and by official status", () => {
    expect(file("status-code.schema.json")).toMatchInlineSnapshot(`
      {
        "$comment": "Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.",
        "$defs": {
          "ClientErrorStatusCode": {
            "description": "A 4xx status code of the spec (400-499), official or vendor-specific.",
            "oneOf": [
              {
                "const": 404,
                "description": "What 404 means.",
                "title": "Not Found",
              },
              {
                "const": 499,
                "description": "What 499 means.",
                "title": "Client Closed Request",
              },
            ],
            "title": "Client Error status code",
            "type": "integer",
          },
          "InformationalStatusCode": {
            "description": "A 1xx status code of the spec (100-199), official or vendor-specific.",
            "not": {},
            "title": "Informational status code",
          },
          "OfficialStatusCode": {
            "description": "A status code registered with IANA.",
            "oneOf": [
              {
                "const": 200,
                "description": "What 200 means.",
                "title": "OK",
              },
              {
                "const": 305,
                "deprecated": true,
                "description": "What 305 means. Deprecated: Clients ignore it.",
                "title": "Use Proxy",
              },
              {
                "const": 404,
                "description": "What 404 means.",
                "title": "Not Found",
              },
              {
                "const": 503,
                "description": "What 503 means.",
                "title": "Service Unavailable",
              },
            ],
            "title": "Official status code",
            "type": "integer",
          },
          "RedirectionStatusCode": {
            "description": "A 3xx status code of the spec (300-399), official or vendor-specific.",
            "oneOf": [
              {
                "const": 305,
                "deprecated": true,
                "description": "What 305 means. Deprecated: Clients ignore it.",
                "title": "Use Proxy",
              },
            ],
            "title": "Redirection status code",
            "type": "integer",
          },
          "ServerErrorStatusCode": {
            "description": "A 5xx status code of the spec (500-599), official or vendor-specific.",
            "oneOf": [
              {
                "const": 503,
                "description": "What 503 means.",
                "title": "Service Unavailable",
              },
            ],
            "title": "Server Error status code",
            "type": "integer",
          },
          "SuccessStatusCode": {
            "description": "A 2xx status code of the spec (200-299), official or vendor-specific.",
            "oneOf": [
              {
                "const": 200,
                "description": "What 200 means.",
                "title": "OK",
              },
            ],
            "title": "Successful status code",
            "type": "integer",
          },
          "UnofficialStatusCode": {
            "description": "A vendor-specific status code that IANA does not register; some lie outside 100-599 and belong to no class.",
            "oneOf": [
              {
                "const": 499,
                "description": "What 499 means.",
                "title": "Client Closed Request",
              },
              {
                "const": 999,
                "description": "What 999 means.",
                "title": "Request Denied",
              },
            ],
            "title": "Unofficial status code",
            "type": "integer",
          },
        },
        "$id": "https://github.com/org/status-codes/schemas/status-code.schema.json",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "An HTTP status code of the spec: every code IANA registers and the vendor codes in common use.",
        "oneOf": [
          {
            "const": 200,
            "description": "What 200 means.",
            "title": "OK",
          },
          {
            "const": 305,
            "deprecated": true,
            "description": "What 305 means. Deprecated: Clients ignore it.",
            "title": "Use Proxy",
          },
          {
            "const": 404,
            "description": "What 404 means.",
            "title": "Not Found",
          },
          {
            "const": 499,
            "description": "What 499 means.",
            "title": "Client Closed Request",
          },
          {
            "const": 503,
            "description": "What 503 means.",
            "title": "Service Unavailable",
          },
          {
            "const": 999,
            "description": "What 999 means.",
            "title": "Request Denied",
          },
        ],
        "title": "HTTP status code",
        "type": "integer",
      }
    `);
  });

  it("writes draft-07 with definitions, its own $ids and no deprecated keyword", () => {
    const draft07 = file("draft-07/status-code.schema.json");
    expect([draft07.$schema, draft07.$id, Object.keys(draft07.definitions).length, "$defs" in draft07]).toMatchInlineSnapshot(`
      [
        "http://json-schema.org/draft-07/schema#",
        "https://github.com/org/status-codes/schemas/draft-07/status-code.schema.json",
        7,
        false,
      ]
    `);
    expect(draft07.oneOf[1]).toMatchInlineSnapshot(`
      {
        "const": 305,
        "description": "What 305 means. Deprecated: Clients ignore it.",
        "title": "Use Proxy",
      }
    `);
    expect(file("draft-07/problem-details.schema.json").properties.status.$ref).toBe(draft07.$id);
    expect(JSON.stringify(file("draft-07/status-info.schema.json"))).not.toContain("$defs");
  });

  it("restricts problem details' status to the spec's codes by $id", () => {
    const schema = file("problem-details.schema.json");
    expect([schema.$id, schema.properties.status.$ref, schema.properties.type, schema.additionalProperties]).toMatchInlineSnapshot(`
      [
        "https://github.com/org/status-codes/schemas/problem-details.schema.json",
        "https://github.com/org/status-codes/schemas/status-code.schema.json",
        {
          "description": "A URI reference that names the problem type, resolved against the document's base URI. When it is absent the type is \`about:blank\`: a problem with no more meaning than its status code, whose \`title\` is then the code's reason phrase.",
          "format": "uri-reference",
          "type": "string",
        },
        undefined,
      ]
    `);
  });

  it("writes every field of every code, absent values as null", () => {
    const data = file("status-codes.json");
    expect([data.version, data.classes.length, data.headers]).toMatchInlineSnapshot(`
      [
        "1.2.3",
        5,
        [
          {
            "description": "When to retry.",
            "example": null,
            "name": "Retry-After",
            "reference": {
              "title": "RFC 9110, Section 10.2.3",
              "url": "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3",
            },
          },
        ],
      ]
    `);
    expect(data.statuses.find((s: { code: number }) => s.code === 999)).toMatchInlineSnapshot(`
      {
        "aliases": [],
        "cacheable": false,
        "class": null,
        "code": 999,
        "deprecated": null,
        "description": "More about 999.",
        "headers": [],
        "key": "REQUEST_DENIED",
        "legacyKeys": [],
        "legacyNames": [],
        "name": "RequestDenied",
        "neverSent": false,
        "noContent": false,
        "noStore": false,
        "official": false,
        "otherMeanings": [
          {
            "description": "Z.",
            "phrase": "Y",
            "vendor": "X",
          },
        ],
        "phrase": "Request Denied",
        "redirect": false,
        "reference": null,
        "registry": null,
        "requiredHeaders": [],
        "retryable": false,
        "reverseLookup": true,
        "summary": "What 999 means.",
        "vendor": "LinkedIn",
      }
    `);
  });

  it.each([
    ["2020-12", "", () => new Ajv2020({ strict: true, formats: { "uri-reference": true } })],
    ["draft-07", "draft-07/", () => new Ajv({ strict: true, formats: { "uri-reference": true } })],
  ])("emits %s schemas that compile in strict ajv and accept exactly the fixture's codes and data", (_name, dir, ajv) => {
    const schemas = ["status-code", "problem-details", "status-info"].map((n) => file(`${dir}${n}.schema.json`));
    const validator = ajv().addSchema(schemas);
    const isCode = validator.getSchema(schemas[0].$id)!;
    expect([200, 305, 404, 499, 503, 999, 100, 201, "404"].map((c) => isCode(c))).toEqual([true, true, true, true, true, true, false, false, false]);
    expect(validator.getSchema(schemas[1].$id)!({ status: 201 })).toBe(false);
    expect(validator.getSchema(schemas[2].$id)!(file("status-codes.json"))).toBe(true);
  });

  it("types each schema in the declarations as `as const` would infer it", () => {
    expect(files.find((f) => f.path === "schemas.d.cts")!.content.split("\n").slice(0, 6)).toMatchInlineSnapshot(`
      [
        "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.",
        "",
        "/** JSON Schema (draft 2020-12) of any status code in the spec. */",
        "export declare const statusCodeSchema: {",
        "  readonly "$schema": "https://json-schema.org/draft/2020-12/schema";",
        "  readonly "$id": "https://github.com/org/status-codes/schemas/status-code.schema.json";",
      ]
    `);
  });

  it("writes each draft's JS entry from the schemas it emits: an empty map of problem types when the spec has none", () => {
    const entry = (path: string) => files.find((f) => f.path === path)!.content;
    expect(entry("draft-07/index.js")).toContain("export const problemTypeSchemas = {};");
    expect(entry("draft-07/index.cjs")).toContain("exports.problemTypeSchemas = {};");
    expect(entry("index.d.ts")).toContain("export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema];");
    expect(entry("index.d.cts")).toBe(entry("index.d.ts"));
  });

  it("exports each problem type's schema by its slug, and lists it in `schemas` after the fixed ones, in ESM, CommonJS and the declarations", () => {
    const problems = [
      { type: "version-clash", name: "EditConflict", status: 404, title: "Gone meanwhile", summary: "S.", description: "D." },
      { type: "out-of-credit", status: 404, title: "No credit", summary: "S.", description: "D." },
    ];
    const entries = jsonSchema.generate(modelOf([{ code: 404, phrase: "Not Found" }], { problems }));
    const entry = (path: string) => entries.find((f) => f.path === path)!.content;
    expect(entry("draft-07/index.js")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import statusCodeSchema from "./status-code.schema.json" with { type: "json" };
      import problemDetailsSchema from "./problem-details.schema.json" with { type: "json" };
      import statusInfoSchema from "./status-info.schema.json" with { type: "json" };
      import OutOfCredit from "./problem-types/out-of-credit.schema.json" with { type: "json" };
      import EditConflict from "./problem-types/version-clash.schema.json" with { type: "json" };

      export { statusCodeSchema, problemDetailsSchema, statusInfoSchema };

      /** The draft-07 schema of each problem type of the spec, by its slug: \`problemTypeSchemas["out-of-credit"]\`. */
      export const problemTypeSchemas = {
        "out-of-credit": OutOfCredit,
        "version-clash": EditConflict,
      };

      /** Every draft-07 schema, the problem types' too, ready for \`new Ajv({ schemas })\` or \`ajv.addSchema(schemas)\`. */
      export const schemas = [statusCodeSchema, problemDetailsSchema, statusInfoSchema, OutOfCredit, EditConflict];
      "
    `);
    expect(entry("index.cjs")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      "use strict";

      exports.statusCodeSchema = require("./status-code.schema.json");
      exports.problemDetailsSchema = require("./problem-details.schema.json");
      exports.statusInfoSchema = require("./status-info.schema.json");
      exports.problemTypeSchemas = {
        "out-of-credit": require("./problem-types/out-of-credit.schema.json"),
        "version-clash": require("./problem-types/version-clash.schema.json"),
      };
      exports.schemas = [exports.statusCodeSchema, exports.problemDetailsSchema, exports.statusInfoSchema, exports.problemTypeSchemas["out-of-credit"], exports.problemTypeSchemas["version-clash"]];
      "
    `);
    expect(entry("index.d.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import type { problemDetailsSchema, problemTypeSchemas, statusCodeSchema, statusInfoSchema } from "./schemas.cjs";

      export { problemDetailsSchema, problemTypeSchemas, statusCodeSchema, statusInfoSchema } from "./schemas.cjs";

      /** Every draft 2020-12 schema, the problem types' too, ready for \`new Ajv({ schemas })\` or \`ajv.addSchema(schemas)\`. */
      export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema, (typeof problemTypeSchemas)["out-of-credit"], (typeof problemTypeSchemas)["version-clash"]];
      "
    `);
    expect(entry("schemas.d.cts")).toContain('/** The draft 2020-12 schema of each problem type of the spec, by its slug: `problemTypeSchemas["out-of-credit"]`. */\nexport declare const problemTypeSchemas: {\n  readonly "out-of-credit": {');
  });
});
