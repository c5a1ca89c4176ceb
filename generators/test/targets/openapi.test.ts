import { describe, expect, it } from "vitest";
import { GENERATED_NOTICE } from "../../src/targets/format.js";
import { openapi } from "../../src/targets/openapi.js";
import { HEADERS, modelOf } from "../support/model.js";

const headers = [HEADERS[0]!, { ...HEADERS[1]!, example: undefined }];
const model = modelOf(
  [
    { code: 100, phrase: "Continue", noContent: true },
    { code: 201, phrase: "Created", headers: ["Location"] },
    { code: 305, phrase: "Use Proxy", deprecated: "Clients ignore it." },
    { code: 404, phrase: "Not Found" },
    { code: 429, phrase: "Too Many Requests", headers: ["Retry-After"] },
    { code: 499, phrase: "Client Closed Request", vendor: "nginx", otherMeanings: [{ vendor: "Esri", phrase: "Token Required", description: "No token was sent." }] },
    { code: 999, phrase: "Request Denied", vendor: "LinkedIn" },
  ].map((e) => ({ reference: e.vendor ? undefined : { title: `RFC 9110, ${e.code}`, url: `https://www.rfc-editor.org/rfc/rfc9110#${e.code}` }, ...e })),
  { headers },
);

const files = openapi.generate(model);
const byPath = (path: string) => files.find((f) => f.path === path)!.content;
const doc = JSON.parse(byPath("openapi.json"));
const doc30 = JSON.parse(byPath("openapi-3.0.json"));

describe("openapi target", () => {
  it("emits five files, each marked as generated", () => {
    expect(files.map((f) => f.path).sort()).toEqual(["names.d.ts", "openapi-3.0.json", "openapi-3.0.yaml", "openapi.json", "openapi.yaml"]);
    for (const f of files) expect(f.content).toContain(GENERATED_NOTICE);
  });

  it("puts the package version in info.version and one response per code, in code order", () => {
    expect(doc.info.version).toBe("1.2.3");
    expect(Object.keys(doc.components.responses)).toEqual(model.statuses.map((s) => s.name));
    expect(Object.keys(doc.components.headers)).toEqual(["Location", "Retry-After"]);
  });

  it("describes an error with a problem details body", () => {
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
              "$ref": "#/components/schemas/ProblemDetails",
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

  it("attaches headers by reference", () => {
    expect(doc.components.responses.TooManyRequests.headers).toEqual({ "Retry-After": { $ref: "#/components/headers/Retry-After" } });
    expect(doc.components.responses.Created).toMatchInlineSnapshot(`
      {
        "description": "201 Created

      What 201 means.

      See [RFC 9110, 201](https://www.rfc-editor.org/rfc/rfc9110#201).",
        "headers": {
          "Location": {
            "$ref": "#/components/headers/Location",
          },
        },
        "x-status-code": 201,
      }
    `);
  });

  it("marks unofficial codes with their vendor and other meanings, and gives vendor codes above 599 a problem body", () => {
    expect(doc.components.responses.ClientClosedRequest).toMatchInlineSnapshot(`
      {
        "content": {
          "application/problem+json": {
            "example": {
              "status": 499,
              "title": "Client Closed Request",
              "type": "about:blank",
            },
            "schema": {
              "$ref": "#/components/schemas/ProblemDetails",
            },
          },
        },
        "description": "499 Client Closed Request

      What 499 means.

      **Unofficial:** used by nginx; not registered with IANA.

      Also used by Esri as "Token Required": No token was sent.",
        "x-status-code": 499,
        "x-unofficial": true,
        "x-vendor": "nginx",
      }
    `);
    expect(doc.components.responses.RequestDenied.content["application/problem+json"].example.status).toBe(999);
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

  it("documents each header once, with its reference and example", () => {
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

  it("makes the 3.0.3 document from the same content", () => {
    expect(doc30.openapi).toBe("3.0.3");
    expect(doc30.info).not.toHaveProperty("summary");
    expect(doc30.components.responses).toEqual(doc.components.responses);
    expect(doc30.components.schemas.ProblemDetails.properties.status).toEqual({
      type: "integer", minimum: 100, maximum: 999, description: doc.components.schemas.ProblemDetails.properties.status.description, example: 403,
    });
    expect(doc30.components.schemas.StatusCode.enum).toEqual([100, 201, 305, 404, 429, 499, 999]);
  });

  it("names every response and header in names.d.ts", () => {
    expect(byPath("names.d.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /** Name of a response under \`components/responses\`, one per status code. */
      export type ResponseName =
        | "Continue"
        | "Created"
        | "UseProxy"
        | "NotFound"
        | "TooManyRequests"
        | "ClientClosedRequest"
        | "RequestDenied";

      /** Name of a header field under \`components/headers\`. */
      export type HeaderName =
        | "Location"
        | "Retry-After";
      "
    `);
  });
});
