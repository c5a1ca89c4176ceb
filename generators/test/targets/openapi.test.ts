import { describe, expect, it } from "vitest";
import { GENERATED_NOTICE } from "../../src/targets/format.js";
import { openapi } from "../../src/targets/openapi.js";
import { HEADERS, modelOf } from "../support/model.js";

const wwwAuthenticate = { name: "WWW-Authenticate", description: "How to authenticate.", reference: { title: "RFC 9110, Section 11.6.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1" } };
const headers = [HEADERS[0]!, { ...HEADERS[1]!, example: undefined }, wwwAuthenticate];
const model = modelOf(
  [
    { code: 100, phrase: "Continue", noContent: true },
    { code: 201, phrase: "Created", headers: ["Location"] },
    { code: 305, phrase: "Use Proxy", deprecated: "Clients ignore it." },
    { code: 401, phrase: "Unauthorized", requiredHeaders: ["WWW-Authenticate"] },
    { code: 404, phrase: "Not Found" },
    { code: 413, phrase: "Content Too Large", legacyNames: ["PayloadTooLarge", "RequestEntityTooLarge"] },
    { code: 429, phrase: "Too Many Requests", headers: ["Retry-After"] },
    { code: 499, phrase: "Client Closed Request", vendor: "nginx", neverSent: true, otherMeanings: [{ vendor: "Esri", phrase: "Token Required", description: "No token was sent." }] },
    { code: 520, phrase: "Web Server Returned an Unknown Error", vendor: "Cloudflare" },
    { code: 999, phrase: "Request Denied", vendor: "LinkedIn" },
  ].map((e) => ({ reference: e.vendor ? undefined : { title: `RFC 9110, ${e.code}`, url: `https://www.rfc-editor.org/rfc/rfc9110#${e.code}` }, ...e })),
  { headers },
);

const files = openapi.generate(model);
const byPath = (path: string) => files.find((f) => f.path === path)!.content;
const doc = JSON.parse(byPath("openapi.json"));
const doc30 = JSON.parse(byPath("openapi-3.0.json"));

describe("openapi target", () => {
  it("emits the documents, the rulesets, names.d.ts, the JS entry and the self-contained responses with their types, each marked as generated", () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      "index.cjs", "index.d.cts", "index.d.ts", "index.js", "names.d.ts", "openapi-3.0.json", "openapi-3.0.yaml", "openapi.json", "openapi.yaml", "responses.d.ts", "responses.json", "rules.json", "spectral.yaml",
    ]);
    for (const f of files) expect(f.content).toContain(GENERATED_NOTICE);
  });

  it("puts the package version and a contact in info, the generic Problem response, and one response per code from 100 to 599, in code order", () => {
    expect(doc.info.version).toBe("1.2.3");
    expect(doc.info.contact).toEqual({ name: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
    expect(Object.keys(doc.components.responses)).toEqual([
      "Problem", "Continue", "Created", "UseProxy", "Unauthorized", "NotFound", "ContentTooLarge", "PayloadTooLarge", "RequestEntityTooLarge",
      "TooManyRequests", "ClientClosedRequest", "WebServerReturnedAnUnknownError",
    ]);
    expect(Object.keys(doc.components.headers)).toEqual(["Location", "Retry-After", "WWW-Authenticate"]);
  });

  it("has one generic problem response, for default and the 4XX and 5XX ranges: ProblemDetails with any status, in both versions", () => {
    expect(doc.components.responses.Problem).toEqual({
      description: expect.stringContaining("`default`"),
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/ProblemDetails" }, example: doc.components.schemas.ProblemDetails.examples[0] } },
    });
    expect(doc30.components.responses.Problem).toEqual({ ...doc.components.responses.Problem });
  });

  it("describes an error with a problem details body whose status is pinned to the code", () => {
    expect(doc.components.responses.NotFound).toMatchInlineSnapshot(`
      {
        "content": {
          "application/problem+json": {
            "example": {
              "status": 404,
              "title": "Not Found",
              "type": "about:blank",
            },
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ProblemDetails",
                },
                {
                  "properties": {
                    "status": {
                      "const": 404,
                    },
                  },
                },
              ],
            },
          },
        },
        "description": "404 Not Found

      What 404 means.

      See [RFC 9110, 404](https://www.rfc-editor.org/rfc/rfc9110#404).",
        "x-status-code": 404,
      }
    `);
  });

  it("writes each header into the response, marked required where the code demands it", () => {
    expect(doc.components.responses.Unauthorized.headers).toMatchInlineSnapshot(`
      {
        "WWW-Authenticate": {
          "description": "How to authenticate.

      See [RFC 9110, Section 11.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1).",
          "required": true,
          "schema": {
            "type": "string",
          },
        },
      }
    `);
    expect(doc.components.responses.TooManyRequests.headers["Retry-After"]).not.toHaveProperty("required");
    expect(doc.components.responses.Created).toMatchInlineSnapshot(`
      {
        "description": "201 Created

      What 201 means.

      See [RFC 9110, 201](https://www.rfc-editor.org/rfc/rfc9110#201).",
        "headers": {
          "Location": {
            "description": "Where to go.

      See [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).",
            "example": "/orders/42",
            "schema": {
              "type": "string",
            },
          },
        },
        "x-status-code": 201,
      }
    `);
  });

  it("marks unofficial codes with their vendor and other meanings", () => {
    expect(doc.components.responses.WebServerReturnedAnUnknownError["x-vendor"]).toBe("Cloudflare");
    expect(doc.components.responses.WebServerReturnedAnUnknownError.content["application/problem+json"].example.status).toBe(520);
  });

  it("gives a code that is never sent no content, and says why", () => {
    expect(doc.components.responses.ClientClosedRequest).toMatchInlineSnapshot(`
      {
        "description": "499 Client Closed Request

      What 499 means.

      **Never sent:** servers and proxies only write this code to their logs; no client ever receives a response with it, so the response has no content.

      **Unofficial:** used by nginx; not registered with IANA.

      Also used by Esri as "Token Required": No token was sent.",
        "x-status-code": 499,
        "x-unofficial": true,
        "x-vendor": "nginx",
      }
    `);
  });

  it("offers no response for a code outside 100-599, which no response key can hold, but keeps it in StatusCode", () => {
    expect(JSON.stringify(doc.components.responses)).not.toContain("999");
    expect(doc.components.schemas.StatusCode.enum).toContain(999);
  });

  it("keeps each former name as a deprecated alias that refers to the current response", () => {
    const alias = doc.components.responses.PayloadTooLarge;
    expect(alias.$ref).toBe("#/components/responses/ContentTooLarge");
    expect(alias.description).toBe(`${doc.components.responses.ContentTooLarge.description}\n\n**Deprecated name:** \`PayloadTooLarge\` is the former name of this response; refer to \`ContentTooLarge\` instead.`);
    expect(doc30.components.responses.PayloadTooLarge).toEqual({ $ref: "#/components/responses/ContentTooLarge" });
  });

  it("notes deprecation, and leaves out content for interim and success codes", () => {
    expect(doc.components.responses.UseProxy).toMatchInlineSnapshot(`
      {
        "description": "305 Use Proxy

      What 305 means.

      **Deprecated:** Clients ignore it.

      See [RFC 9110, 305](https://www.rfc-editor.org/rfc/rfc9110#305).",
        "x-deprecated": "Clients ignore it.",
        "x-status-code": 305,
      }
    `);
    expect(doc.components.responses.Continue.content).toBeUndefined();
    expect(doc.components.responses.Created.content).toBeUndefined();
  });

  it("documents each header once, with its reference and example, for the user's own responses", () => {
    expect(doc.components.headers.Location).toEqual({
      description: "Where to go.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).",
      schema: { type: "string" },
      example: "/orders/42",
    });
    expect(doc.components.headers["Retry-After"]).not.toHaveProperty("example");
  });

  it("writes the same document as YAML and JSON", async () => {
    const { parse } = await import("yaml");
    expect(parse(byPath("openapi.yaml"))).toEqual(doc);
    expect(parse(byPath("openapi-3.0.yaml"))).toEqual(doc30);
    expect(byPath("openapi.yaml").startsWith(`# ${GENERATED_NOTICE}\nopenapi: 3.1.0\n`)).toBe(true);
  });

  it("makes the 3.0.3 document from the same content, with the pinned status as a one-value enum", () => {
    expect(doc30.openapi).toBe("3.0.3");
    expect(doc30.info).not.toHaveProperty("summary");
    expect(doc30.components.responses.NotFound.content["application/problem+json"].schema).toEqual({
      allOf: [{ $ref: "#/components/schemas/ProblemDetails" }, { properties: { status: { enum: [404] } } }],
    });
    expect(doc30.components.responses.Unauthorized).toEqual({
      ...doc.components.responses.Unauthorized,
      content: doc30.components.responses.Unauthorized.content,
    });
    expect(doc30.components.schemas.ProblemDetails.properties.status).toEqual({
      type: "integer", minimum: 100, maximum: 999, description: doc.components.schemas.ProblemDetails.properties.status.description, example: 403,
    });
    expect(doc30.components.schemas.StatusCode.enum).toEqual([100, 201, 305, 401, 404, 413, 429, 499, 520, 999]);
  });

  it("names every response (former names too) and header in names.d.ts", () => {
    expect(byPath("names.d.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /** Name of a response under \`components/responses\`: one per status code from 100 to 599, each former name of one, the generic problem response, and one per problem type. */
      export type ResponseName =
        | "Problem"
        | "Continue"
        | "Created"
        | "UseProxy"
        | "Unauthorized"
        | "NotFound"
        | "ContentTooLarge"
        | "PayloadTooLarge"
        | "RequestEntityTooLarge"
        | "TooManyRequests"
        | "ClientClosedRequest"
        | "WebServerReturnedAnUnknownError";

      /** Former name of a response, kept as a deprecated alias that \`$ref\`s the current one. */
      export type LegacyResponseName =
        | "PayloadTooLarge"
        | "RequestEntityTooLarge";

      /** Name of a header field under \`components/headers\`. */
      export type HeaderName =
        | "Location"
        | "Retry-After"
        | "WWW-Authenticate";
      "
    `);
  });

  it("writes each current response again with the problem schema in place of its reference, in both versions, and its exact type", () => {
    const { responses, responses30 } = JSON.parse(byPath("responses.json"));
    expect(Object.keys(responses)).toEqual(Object.keys(doc.components.responses).filter((name) => "x-status-code" in doc.components.responses[name]));
    expect(responses.NotFound.content["application/problem+json"].schema.allOf).toEqual([doc.components.schemas.ProblemDetails, { properties: { status: { const: 404 } } }]);
    expect(responses30.NotFound.content["application/problem+json"].schema.allOf).toEqual([doc30.components.schemas.ProblemDetails, { properties: { status: { enum: [404] } } }]);
    expect(responses.Unauthorized.headers).toEqual(doc.components.responses.Unauthorized.headers);
    // Mutable tuples, and the problem schema named once per version rather than written into every response.
    const types = byPath("responses.d.ts");
    expect(types).toContain('readonly "allOf": [\n            ProblemDetailsSchema,\n');
    expect(types).toContain('readonly "allOf": [\n            ProblemDetailsSchema30,\n');
    expect(types).not.toContain("readonly [");
    expect(types.match(/export type (\w+)/g)).toEqual(["export type ProblemDetailsSchema", "export type ProblemDetailsSchema30", "export type Responses", "export type Responses30"]);
  });
});
