import { readFileSync } from "node:fs";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { sample } from "openapi-sampler";
import { describe, expect, it } from "vitest";
import { DOCUMENTS, loadDocument, PKG, specCodes, specHeaders, specProblems } from "./helpers.js";

const docs = Object.fromEntries(DOCUMENTS.map((f) => [f, loadDocument(f)]));
const spec = specCodes();
const version = (JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")) as { version: string }).version;
// Former names are `$ref` aliases of a current response, and Problem stands for any error code; the tests here read the
// responses of one code each.
const byCode = (doc: (typeof docs)[string]) =>
  Object.entries(doc.components.responses).filter(([, r]) => !("$ref" in r) && r["x-status-code"] !== undefined && !("x-problem-type" in r));

describe.each(DOCUMENTS)("%s", (file) => {
  const doc = docs[file]!;
  const responses = byCode(doc);
  const inRange = spec.filter((c) => c.code >= 100 && c.code <= 599);
  const responseOf = (code: number) => responses.find(([, x]) => x["x-status-code"] === code)![1];

  it("is the OpenAPI version its name says, at the package version, with only components", () => {
    expect(doc.openapi).toBe(file.startsWith("openapi-3.0") ? "3.0.3" : "3.1.0");
    expect(doc.info.version).toBe(version);
    expect(doc.paths).toEqual({});
  });

  it("has the generic Problem response: problem details with any status, for default and the 4XX and 5XX ranges", () => {
    const problem = doc.components.responses.Problem!;
    const others = Object.entries(doc.components.responses).filter(([name, r]) => !byCode(doc).some(([n]) => n === name) && !("$ref" in r) && !("x-problem-type" in r));
    expect(others.map(([name]) => name)).toEqual(["Problem"]);
    expect(problem.content).toEqual({ "application/problem+json": { schema: { $ref: "#/components/schemas/ProblemDetails" }, example: expect.objectContaining({ type: expect.any(String) }) } });
  });

  it("has exactly one response per spec code from 100 to 599, and nothing else", () => {
    const codes = responses.map(([, r]) => r["x-status-code"]).sort((a, b) => a - b);
    expect(codes).toEqual(spec.map((c) => c.code).filter((c) => c >= 100 && c <= 599).sort((a, b) => a - b));
    for (const [name] of responses) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it("starts every description with the status line", () => {
    const phrase = new Map(spec.map((c) => [c.code, c.phrase]));
    for (const [, r] of responses) expect(r.description.split("\n")[0]).toBe(`${r["x-status-code"]} ${phrase.get(r["x-status-code"])}`);
  });

  it("gives errors a problem body with status pinned to the code, and none to codes that never carry one or are never sent", () => {
    for (const c of inRange) {
      const r = responseOf(c.code);
      if (c.noContent || c.neverSent || c.code < 400) {
        expect(r.content, `${c.code}`).toBeUndefined();
        if (c.neverSent) expect(r.description).toContain("**Never sent:**");
        continue;
      }
      expect(Object.keys(r.content ?? {}), `${c.code}`).toEqual(["application/problem+json"]);
      const media = r.content!["application/problem+json"]!;
      const pinned = file.startsWith("openapi-3.0") ? { enum: [c.code] } : { const: c.code };
      expect(media.schema).toEqual({ allOf: [{ $ref: "#/components/schemas/ProblemDetails" }, { properties: { status: pinned } }] });
      expect(media.example).toEqual({ type: "about:blank", title: c.phrase, status: c.code });
    }
  });

  it("writes out the spec's headers with their components' text, required exactly where the spec says a response must carry them", () => {
    for (const c of inRange) {
      const entries = Object.entries(responseOf(c.code).headers ?? {});
      const all = [...(c.headers ?? []), ...(c.requiredHeaders ?? [])].map((h) => h.toLowerCase()).sort();
      expect(entries.map(([n]) => n.toLowerCase()).sort(), `${c.code}`).toEqual(all);
      const required = (c.requiredHeaders ?? []).map((h) => h.toLowerCase());
      for (const [name, header] of entries) {
        const { required: isRequired, ...rest } = header;
        expect(isRequired, `${c.code} ${name}`).toBe(required.includes(name.toLowerCase()) ? true : undefined);
        expect(rest).toEqual(doc.components.headers[name]);
      }
    }
  });

  it("marks unofficial codes with their vendor, and deprecated codes with the reason", () => {
    for (const c of inRange) {
      const r = responseOf(c.code);
      expect(r["x-unofficial"], `${c.code}`).toBe(c.vendor === undefined ? undefined : true);
      expect(r["x-vendor"], `${c.code}`).toBe(c.vendor);
      expect(r["x-deprecated"], `${c.code}`).toBe(c.deprecated);
      if (c.deprecated) expect(r.description).toContain(c.deprecated);
    }
  });

  it("passes swagger-parser's validation", async () => {
    await expect(SwaggerParser.validate(join(PKG, "generated", file))).resolves.toBeTruthy();
  });
});

describe("the 3.1 and 3.0 documents", () => {
  it("are the same in YAML and JSON", () => {
    expect(docs["openapi.yaml"]).toEqual(docs["openapi.json"]);
    expect(docs["openapi-3.0.yaml"]).toEqual(docs["openapi-3.0.json"]);
  });

  it("have the same responses and headers; only the schemas' dialect differs", () => {
    const [v31, v30] = [docs["openapi.json"]!, docs["openapi-3.0.json"]!];
    // A former name is a `$ref`; 3.1 lets it carry a description beside the `$ref`, 3.0 ignores siblings of a `$ref`.
    const bareRefs = (responses: typeof v31.components.responses) =>
      Object.fromEntries(Object.entries(responses).map(([name, r]) => [name, "$ref" in r ? { $ref: r.$ref } : r]));
    expect(JSON.stringify(v30.components.responses)).toBe(JSON.stringify(bareRefs(v31.components.responses)).replace(/"const":(\d+)/g, '"enum":[$1]'));
    expect(v30.components.headers).toEqual(v31.components.headers);
    const text30 = JSON.stringify(v30);
    for (const keyword of ['"examples"', '"const"', '"$comment"', '"type":["']) expect(text30).not.toContain(keyword);
    expect(v30.components.schemas.ProblemDetails!.example).toEqual((v31.components.schemas.ProblemDetails!.examples as unknown[])[0]);
  });
});

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const addFormats = formats.default;

describe("ProblemDetails", () => {
  const ajv31 = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  // OpenAPI's own schema keywords (its base vocabulary) and our extensions are annotations to ajv.
  const annotations = ["externalDocs", "x-enum-varnames", "x-enum-descriptions"];
  ajv31.addVocabulary(annotations);
  // A 3.0 Schema Object is a draft-04-like subset; ajv knows `nullable`, only `example` must be declared.
  const ajv30 = addFormats(new Ajv({ strict: true, allErrors: true }));
  ajv30.addVocabulary(["example", ...annotations]);
  const validators = [
    ["3.1", ajv31.compile(docs["openapi.json"]!.components.schemas.ProblemDetails!)],
    ["3.0", ajv30.compile(docs["openapi-3.0.json"]!.components.schemas.ProblemDetails!)],
  ] as const;

  it.each(validators)("(%s) accepts every response example and the schema's own example", (_, validate) => {
    // A problem type's response has no example: the spec gives no values for its extension members.
    const examples = Object.values(docs["openapi.json"]!.components.responses).flatMap((r) => Object.values(r.content ?? {}).flatMap((m) => (m.example === undefined ? [] : [m.example])));
    expect(examples.length).toBeGreaterThan(40);
    examples.push((docs["openapi.json"]!.components.schemas.ProblemDetails!.examples as Record<string, unknown>[])[0]!);
    for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(validators.flatMap(([v, validate]) => [
    [v, "a status given as a string", { title: "Not Found", status: "404" }, validate],
    [v, "a status that is no HTTP code", { status: 42 }, validate],
    [v, "a type that is no URI reference", { type: "not a uri ref with spaces" }, validate],
    [v, "a title that is not a string", { title: 404 }, validate],
  ] as const))("(%s) rejects %s", (_, __, given, validate) => {
    expect(validate(given)).toBe(false);
  });

  it.each(validators)("(%s) allows extension members", (_, validate) => {
    expect(validate({ type: "https://api.example.com/problems/out-of-stock", title: "Out of stock", status: 409, sku: "A-1", balance: 30 })).toBe(true);
  });
});

describe("StatusCode", () => {
  it("lists every spec code once, with a name and description for each", () => {
    const schema = docs["openapi.json"]!.components.schemas.StatusCode!;
    expect(schema.enum).toEqual(spec.map((c) => c.code).sort((a, b) => a - b));
    expect((schema["x-enum-varnames"] as string[]).length).toBe(spec.length);
    expect((schema["x-enum-descriptions"] as string[]).length).toBe(spec.length);
  });
});

describe("problem types", () => {
  const ajv31 = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  // `components` holds the document's schemas, so that their `#/components/schemas/…` references resolve.
  ajv31.addVocabulary(["components", "externalDocs", "x-enum-varnames", "x-enum-descriptions"]);
  const ajv30 = addFormats(new Ajv({ strict: true, allErrors: true }));
  ajv30.addVocabulary(["components", "example", "externalDocs", "x-enum-varnames", "x-enum-descriptions"]);
  const problems = specProblems();
  // Each document's schemas compiled with its ProblemDetails, as a $ref from its problem types resolves them.
  const compile = (ajv: Ajv | Ajv2020, file: string, name: string) => {
    const { schemas } = docs[file]!.components;
    return ajv.compile({ $id: `https://t.test/${file}`, components: { schemas }, $ref: `#/components/schemas/${name}` });
  };

  it.each(DOCUMENTS)("%s: a response for exactly the spec's problem types (none when it declares none)", (file) => {
    const types = Object.values(docs[file]!.components.responses).flatMap((r) => r["x-problem-type"] ?? []);
    expect(types.map((t) => t.slice(t.lastIndexOf("/") + 1)).sort()).toEqual(problems.map((p) => p.type).sort());
  });

  it.each(DOCUMENTS)("%s: a response per problem type, whose problem+json schema is the type's schema, with the status's headers", (file) => {
    const doc = docs[file]!;
    for (const p of problems) {
      const name = Object.entries(doc.components.responses).find(([, r]) => r["x-problem-type"]?.endsWith(`/${p.type}`))?.[0];
      expect(name, p.type).toBeDefined();
      const r = doc.components.responses[name!]!;
      expect(r["x-status-code"]).toBe(p.status);
      expect(r.content).toEqual({ "application/problem+json": { schema: { $ref: `#/components/schemas/${name}` } } });
      expect(doc.components.schemas[name!]).toBeDefined();
    }
  });

  // Skipped, and says so, when the spec declares no problem type: there is no schema to give a problem to.
  it.skipIf(problems.length === 0).each([
    ["3.1", ajv31, "openapi.json"],
    ["3.0", ajv30, "openapi-3.0.json"],
  ] as const)(`(%s) the schema takes a problem of the type, and refuses another type, another status or a missing required extension${problems.length === 0 ? " (skipped: spec/status-codes.yaml declares no problem types)" : ""}`, (_, ajv, file) => {
    const doc = docs[file]!;
    for (const p of problems) {
      const [name, r] = Object.entries(doc.components.responses).find(([, x]) => x["x-problem-type"]?.endsWith(`/${p.type}`))!;
      const type = r["x-problem-type"]!;
      const validate = compile(ajv as Ajv2020, file, name);
      const required = Object.entries(p.extensions ?? {}).filter(([, e]) => e.required).map(([n]) => n);
      // Every extension member given a value its schema takes, whatever types the spec declares.
      const members = Object.fromEntries(Object.entries(p.extensions ?? {}).map(([n, e]) => [n, sample(e.schema as Parameters<typeof sample>[0], { enablePatterns: true })]));
      const problem = { type, title: p.title, status: p.status, detail: "This time.", ...members };
      expect(validate(problem), JSON.stringify(validate.errors)).toBe(true);
      expect(validate({ ...problem, type: "about:blank" })).toBe(false);
      expect(validate({ ...problem, status: p.status === 400 ? 401 : 400 })).toBe(false);
      for (const n of required) expect(validate({ ...problem, [n]: undefined })).toBe(false);
    }
  });
});
