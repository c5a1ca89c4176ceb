import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { openapi } from "../../src/targets/openapi.js";
import { type LintRule, lintRules } from "../../src/targets/openapi/rules.js";
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
const rules = lintRules(model);
const byId = (id: string) => rules.find((r) => r.id === id)!;

describe("the rules, from the model", () => {
  it("are, with their severities: one per kind of mistake, per vendor, per deprecated code and per code's header fields", () => {
    expect(rules.map((r) => `${r.id} ${r.severity}`)).toEqual([
      "status-code-range error",
      "status-code-known error",
      "status-code-never-sent error",
      "status-code-vendor-cloudflare warn",
      "status-code-vendor-nginx warn",
      "status-code-deprecated-305 warn",
      "status-response-ref error",
      "status-problem-body error",
      "status-problem-schema error",
      "status-problem-members warn",
      "status-problem-type-known error",
      "status-problem-type-status error",
      "status-no-content error",
      "status-recommended-header-201 hint",
      "status-redirect-location-301 error",
      "status-required-header-401-www-authenticate error",
      "status-recommended-header-429 hint",
      "status-error-response warn",
    ]);
  });

  it("allow every code of the spec as a key (outside 100-599 too, which the range rule reports), the class ranges and default", () => {
    expect(byId("status-code-known").options.keys).toEqual(["100", "201", "301", "305", "401", "404", "429", "444", "494", "520", "999", "1XX", "2XX", "3XX", "4XX", "5XX", "default"]);
  });

  it("follow the spec: a code added to it is known at the next generation, with nothing else to edit", () => {
    const more = lintRules(modelOf([...entries, { code: 418, phrase: "I'm a Teapot", reference: { title: "RFC 9110, 418", url: "https://www.rfc-editor.org/rfc/rfc9110#418" } }], { headers }));
    expect(more.find((r) => r.id === "status-code-known")!.options.keys).toContain("418");
    expect(more.find((r) => r.id === "status-problem-body")!.options.keys).toContain("418");
  });

  it("name never-sent codes, vendors' codes (never-sent codes and codes above 599 left to their own rules) and deprecated codes with the reason", () => {
    expect(byId("status-code-never-sent").options.keys).toEqual(["444"]);
    expect(byId("status-code-vendor-nginx").options.keys).toEqual(["494"]);
    expect(byId("status-code-deprecated-305").options).toEqual({ keys: ["305"], message: "305 Use Proxy is deprecated: Clients ignore it. Document the code your API sends instead." });
  });

  it("ask a problem body of errors that reach a client and of the 4XX and 5XX ranges, and of default when it has content", () => {
    expect(byId("status-problem-body").options).toMatchObject({ keys: ["401", "404", "429", "494", "520", "4XX", "5XX"], keysWithContent: ["default"], mediaType: "application/problem+json" });
    expect(byId("status-no-content").options.keys).toEqual(["100"]);
  });

  it("know each code's response name, to say which one a wrongly $ref'd response should refer to", () => {
    expect(byId("status-response-ref").options).toMatchObject({ names: { 401: "Unauthorized", 404: "NotFound" }, generic: "Problem" });
  });

  it("know the catalogue of problem types from the model: each type URI with its status and response name, and the problem base", () => {
    const problems = [
      { type: "out-of-credit", status: 403, title: "Not enough credit", summary: "Too poor.", description: "The balance is too low." },
      { type: "order-gone", status: 404, title: "The order is gone", summary: "Gone.", description: "It was deleted.", name: "OrderGone" },
    ];
    const organization = { name: "Acme", scope: "@acme", repository: "https://github.com/acme/status", problemBase: "https://problems.acme.example/" };
    const withTypes = lintRules(modelOf([...entries, { code: 403, phrase: "Forbidden" }], { headers, problems, organization }));
    const types = {
      "https://problems.acme.example/order-gone": { slug: "order-gone", status: 404, name: "OrderGone" },
      "https://problems.acme.example/out-of-credit": { slug: "out-of-credit", status: 403, name: "OutOfCredit" },
    };
    for (const id of ["status-problem-type-known", "status-problem-type-status"]) {
      expect(withTypes.find((r) => r.id === id)!.options).toMatchObject({ mediaType: "application/problem+json", problemBase: "https://problems.acme.example/", types });
    }
    expect(withTypes.find((r) => r.id === "status-problem-type-known")!.options.message).toContain("lies under the organisation's problem base (https://problems.acme.example/)");
    // With no problem types, every type under the problem base is unknown.
    expect(byId("status-problem-type-known").options).toMatchObject({ problemBase: "https://github.com/org/status-codes/problems/", types: {} });
  });

  it("check a required header and Location on a redirect as errors, and a code's other fields as one hint that any of them satisfies", () => {
    expect(byId("status-required-header-401-www-authenticate").options).toEqual({
      keys: ["401"],
      anyOf: ["WWW-Authenticate"],
      message: "401 Unauthorized: declare the WWW-Authenticate header, which every 401 response must carry; add it under the response's headers, or $ref the Unauthorized response from @org/status-openapi.",
    });
    const many = lintRules(modelOf([{ code: 304, phrase: "Not Modified", noContent: true, headers: ["Location", "Retry-After"] }], { headers }));
    expect(many.find((r) => r.id === "status-recommended-header-304")!.options).toEqual({
      keys: ["304"],
      anyOf: ["Location", "Retry-After"],
      message: "304 Not Modified: consider declaring those of Location, Retry-After that your API sends with a 304; or $ref the NotModified response from @org/status-openapi.",
    });
  });
});

describe("the generated files", () => {
  const files = openapi.generate(model);
  const spectral = parse(files.find((f) => f.path === "spectral.yaml")!.content);
  const plugin = JSON.parse(files.find((f) => f.path === "rules.json")!.content) as { rules: LintRule[] };

  it("start by saying how to use them", () => {
    expect(files.find((f) => f.path === "spectral.yaml")!.content).toMatch(/^# Spectral ruleset: .*\n# Use it from your \.spectral\.yaml: extends: \["spectral:oas", "\.\/node_modules\/@org\/status-openapi\/generated\/spectral\.yaml"\]\n/);
    expect(plugin).toMatchObject({ $comment: expect.stringContaining("lint/redocly.js") });
  });

  it("hold the same rules, with the same severities and options, for both tools", () => {
    expect(plugin.rules).toEqual(rules);
    expect(Object.entries(spectral.rules).map(([id, r]: [string, any]) => ({ id, severity: r.severity, description: r.description, ...r.then.functionOptions }))).toEqual(
      rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description, on: r.on, check: r.check, ...r.options })),
    );
  });

  it("run every Spectral rule through the shipped function on each operation as written, so findings land in the user's document", () => {
    expect(spectral.functionsDir).toBe("../lint/spectral");
    expect(spectral.functions).toEqual(["status"]);
    expect(spectral.aliases.Operations).toHaveLength(3);
    expect(spectral.aliases.PathItemRefs).toHaveLength(2);
    for (const r of Object.values(spectral.rules) as { resolved: boolean; given: string[]; message: string; then: { function: string } }[]) {
      expect(r).toMatchObject({ resolved: false, given: ["#Operations", "#PathItemRefs"], message: "{{error}}", then: { function: "status" } });
    }
  });
});
