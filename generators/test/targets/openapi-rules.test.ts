import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { openapi } from "../../src/targets/openapi.js";
import { holdsHeader, statusRules } from "../../src/targets/openapi/rules.js";
import { HEADERS, modelOf } from "../support/model.js";

const wwwAuthenticate = { name: "WWW-Authenticate", description: "How to authenticate.", reference: { title: "RFC 9110, Section 11.6.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1" } };
const entries = [
  { code: 100, phrase: "Continue", noContent: true },
  { code: 201, phrase: "Created", headers: ["Location"] },
  { code: 301, phrase: "Moved Permanently", redirect: true, headers: ["Location"] },
  { code: 305, phrase: "Use Proxy", deprecated: "Clients ignore it." },
  { code: 401, phrase: "Unauthorized", requiredHeaders: ["WWW-Authenticate"] },
  { code: 404, phrase: "Not Found" },
  { code: 429, phrase: "Too Many Requests", headers: ["Retry-After"] },
  { code: 444, phrase: "No Response", vendor: "nginx", neverSent: true },
  { code: 494, phrase: "Request Header Too Large", vendor: "nginx" },
  { code: 520, phrase: "Web Server Returned an Unknown Error", vendor: "Cloudflare" },
  { code: 999, phrase: "Request Denied", vendor: "LinkedIn" },
].map((e) => ({ reference: e.vendor ? undefined : { title: `RFC 9110, ${e.code}`, url: `https://www.rfc-editor.org/rfc/rfc9110#${e.code}` }, ...e }));
const headers = [...HEADERS, wwwAuthenticate];
const model = modelOf(entries, { headers });
const rules = statusRules(model);

describe("the rules' data, from the model", () => {
  it("allows every code of the spec as a key (outside 100-599 too, which the range rule reports), the class ranges and default", () => {
    expect(rules.knownKeys).toEqual(["100", "201", "301", "305", "401", "404", "429", "444", "494", "520", "999", "1XX", "2XX", "3XX", "4XX", "5XX", "default"]);
  });

  it("follows the spec: a code added to it is known at the next generation, with nothing else to edit", () => {
    const more = statusRules(modelOf([...entries, { code: 418, phrase: "I'm a Teapot", reference: { title: "RFC 9110, 418", url: "https://www.rfc-editor.org/rfc/rfc9110#418" } }], { headers }));
    expect(more.knownKeys).toContain("418");
    expect(more.problemKeys).toContain("418");
  });

  it("names never-sent codes, vendors (never-sent codes and codes above 599 left to their own rules) and deprecated codes with the reason", () => {
    expect(rules.neverSent).toEqual(["444"]);
    expect(rules.vendors).toEqual([
      { id: "status-code-vendor-cloudflare", name: "Cloudflare", codes: ["520"] },
      { id: "status-code-vendor-nginx", name: "nginx", codes: ["494"] },
    ]);
    expect(rules.deprecated).toEqual([{ id: "status-code-deprecated-305", code: "305", message: "305 Use Proxy is deprecated: Clients ignore it. Document the code your API sends instead." }]);
  });

  it("asks a problem body of errors that reach a client and of the 4XX and 5XX ranges, and no content of codes that never have any", () => {
    expect(rules.problemKeys).toEqual(["401", "404", "429", "494", "520", "4XX", "5XX"]);
    expect(rules.noContent).toEqual(["100"]);
  });

  it("checks required headers as errors, recommended ones as warnings, and Location on redirects as an error", () => {
    expect(rules.headers.map((h) => [h.id, h.severity])).toEqual([
      ["status-recommended-header-201-location", "warn"],
      ["status-redirect-location-301", "error"],
      ["status-required-header-401-www-authenticate", "error"],
      ["status-recommended-header-429-retry-after", "warn"],
    ]);
    expect(rules.headers[2]!.message).toBe(
      "401 Unauthorized: declare the WWW-Authenticate header, which every 401 response must carry; add it under the response's headers, or $ref the Unauthorized response from @org/status-openapi.",
    );
  });
});

describe("holdsHeader", () => {
  const validate = new Ajv2020({ strict: true }).compile(holdsHeader("WWW-Authenticate"));

  it.each<[string, unknown, boolean]>([
    ["the field as registered", { "WWW-Authenticate": {} }, true],
    ["the field in another case", { "www-authenticate": {}, Other: {} }, true],
    ["other fields only", { "Proxy-Authenticate": {}, "WWW-Authenticate-X": {} }, false],
    ["no field", {}, false],
  ])("a headers map with %s: %s", (_, given, want) => {
    expect(validate(given)).toBe(want);
  });
});

describe("the generated files", () => {
  const files = openapi.generate(model);
  const spectral = parse(files.find((f) => f.path === "spectral.yaml")!.content);
  const redocly = parse(files.find((f) => f.path === "redocly.yaml")!.content);

  it("start by saying how to use them", () => {
    expect(files.find((f) => f.path === "spectral.yaml")!.content).toMatch(/^# Spectral ruleset: .*\n# Use it from your \.spectral\.yaml: extends: \["spectral:oas", "@org\/status-openapi\/spectral\.yaml"\]\n/);
    expect(files.find((f) => f.path === "redocly.yaml")!.content).toMatch(/^# Redocly configuration: .*\n# Use it from your redocly\.yaml: extends: \[recommended, \.\/node_modules\/@org\/status-openapi\/generated\/redocly\.yaml\]\n/);
  });

  it("have the same rules in both tools", () => {
    expect(Object.keys(redocly.rules).map((id: string) => id.replace(/^rule\//, ""))).toEqual(Object.keys(spectral.rules));
  });

  it("select responses by their key: Spectral through one alias of every responses map, Redocly by parent key inside a Responses map", () => {
    expect(spectral.aliases.Responses).toHaveLength(3);
    expect(spectral.rules["status-problem-body"].given).toBe("#Responses[?(@property.match(/^(401|404|429|494|520|4XX|5XX)$/))]");
    expect(spectral.rules["status-redirect-location-301"].given).toBe("#Responses['301']");
    expect(redocly.rules["rule/status-redirect-location-301"]).toMatchInlineSnapshot(`
      {
        "assertions": {
          "defined": true,
          "schema": {
            "not": {
              "propertyNames": {
                "not": {
                  "pattern": "^[Ll][Oo][Cc][Aa][Tt][Ii][Oo][Nn]$",
                },
              },
            },
            "type": "object",
          },
        },
        "message": "301 Moved Permanently: declare the Location header, which tells the client where to go; add it under the response's headers, or $ref the MovedPermanently response from @org/status-openapi.",
        "severity": "error",
        "subject": {
          "filterInParentKeys": [
            "301",
          ],
          "property": "headers",
          "type": "Response",
        },
        "where": [
          {
            "assertions": {
              "defined": true,
            },
            "subject": {
              "type": "Responses",
            },
          },
        ],
      }
    `);
    expect(redocly.rules["rule/status-code-range"].subject).toEqual({ type: "Response", matchParentKeys: "/^(?!([1-5][0-9]{2}|[1-5]XX|default)$)/" });
  });

  it("give Spectral's key and content rules to the functions shipped beside the ruleset", () => {
    expect(spectral.functionsDir).toBe("../spectral-functions");
    expect(spectral.functions).toEqual(["responseContent", "responseKey"]);
    expect(spectral.rules["status-code-never-sent"].then).toEqual({ field: "@key", function: "responseKey", functionOptions: { notIn: ["444"] } });
    expect(spectral.rules["status-no-content"].then).toEqual({ function: "responseContent" });
  });
});
