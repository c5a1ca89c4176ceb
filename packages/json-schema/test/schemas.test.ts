import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildModel } from "@org/generators/build";
import { sampleProblem } from "@org/generators/samples";
import { drafts, loaded } from "./ajv.js";

const CLASS_DEFS = ["InformationalStatusCode", "SuccessStatusCode", "RedirectionStatusCode", "ClientErrorStatusCode", "ServerErrorStatusCode"];

describe.each(drafts)("draft $name", (draft) => {
  const { statusCodeSchema, problemDetailsSchema, statusInfoSchema } = draft.entry;
  const all = [statusCodeSchema, problemDetailsSchema, statusInfoSchema];

  it.each(all.map((s) => [s.$id, s] as const))("%s passes its meta-schema and compiles in strict mode", (_id, schema) => {
    const ajv = draft.ajv();
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe(draft.name === "2020-12" ? "https://json-schema.org/draft/2020-12/schema" : "http://json-schema.org/draft-07/schema#");
    expect(() => loaded(draft).getSchema(schema.$id)).not.toThrow();
  });

  it("names every schema by a stable $id", () => {
    const base = draft.name === "2020-12" ? "https://github.com/org/status-codes/schemas/" : "https://github.com/org/status-codes/schemas/draft-07/";
    expect(all.map((s) => s.$id)).toEqual(["status-code", "problem-details", "status-info"].map((n) => `${base}${n}.schema.json`));
  });

  describe("status-code.schema.json", () => {
    const validate = loaded(draft).getSchema(statusCodeSchema.$id)!;
    it.each([
      [404, true],
      [200, true],
      [418, true],
      [444, true],
      [999, true],
      [799, false],
      [600, false],
      [0, false],
      ["404", false],
      [404.5, false],
      [null, false],
      [true, false],
      [[404], false],
      [{ code: 404 }, false],
    ])("%j -> %s", (value, ok) => {
      expect(validate(value)).toBe(ok);
    });

    it("documents every option with its phrase and summary", () => {
      const notFound = statusCodeSchema.oneOf.find((o) => o.const === 404);
      expect(notFound).toMatchObject({ title: "Not Found", description: expect.stringMatching(/\S/) });
      for (const option of statusCodeSchema.oneOf) expect(option.title.length * option.description.length).toBeGreaterThan(0);
    });

    it("marks deprecated codes", () => {
      const useProxy = statusCodeSchema.oneOf.find((o) => o.const === 305) as Record<string, unknown>;
      expect(useProxy.description).toMatch(/Deprecated: /);
      expect(useProxy.deprecated).toBe(draft.name === "2020-12" ? true : undefined);
    });
  });

  describe("class and official $defs", () => {
    const ajv = loaded(draft);
    const defs = (statusCodeSchema as unknown as Record<string, Record<string, { oneOf: { const: number }[] }>>)[draft.defs]!;
    const codes = statusCodeSchema.oneOf.map((o) => o.const as number);
    const defOf = (name: string) => ajv.getSchema(`${statusCodeSchema.$id}#/${draft.defs}/${name}`)!;

    it("has one $def per class, plus official and unofficial", () => {
      expect(Object.keys(defs)).toEqual([...CLASS_DEFS, "OfficialStatusCode", "UnofficialStatusCode"]);
    });

    it.each(CLASS_DEFS.map((name, i) => [name, (i + 1) * 100] as const))("%s accepts its codes and rejects the others", (name, min) => {
      const validate = defOf(name);
      const mine = codes.filter((c) => c >= min && c < min + 100);
      expect(mine.length).toBeGreaterThan(0);
      for (const code of codes) expect(validate(code), `${name} on ${code}`).toBe(mine.includes(code));
      const gap = Array.from({ length: 100 }, (_, i) => min + i).find((c) => !codes.includes(c));
      expect(validate(gap)).toBe(false); // in the class's range, but not in the spec
    });

    it("official and unofficial codes split the spec between them", () => {
      const official = defOf("OfficialStatusCode");
      const unofficial = defOf("UnofficialStatusCode");
      for (const code of codes) expect(official(code) !== unofficial(code), String(code)).toBe(true);
      expect([official(404), unofficial(404)]).toEqual([true, false]);
      expect([official(444), unofficial(444)]).toEqual([false, true]);
      expect([official(999), unofficial(999)]).toEqual([false, true]);
    });

    it("puts vendor codes outside 100-599 in no class", () => {
      for (const name of CLASS_DEFS) expect(defOf(name)(999)).toBe(false);
    });
  });

  describe("problem-details.schema.json", () => {
    const validate = loaded(draft).getSchema(problemDetailsSchema.$id)!;
    it.each([
      ["the RFC 9457 example", { type: "https://example.com/probs/out-of-credit", title: "You do not have enough credit.", status: 403, detail: "Your balance is 30.", instance: "/account/12345/msgs/abc", balance: 30 }, true],
      ["an empty object", {}, true],
      ["a relative type", { type: "/problems/not-found", status: 404 }, true],
      ["about:blank", { type: "about:blank", title: "Not Found", status: 404 }, true],
      ["extension members", { status: 499, traceId: "abc", errors: [{ field: "name" }] }, true],
      ["a status outside the spec", { status: 799 }, false],
      ["a status as a string", { status: "404" }, false],
      ["a fractional status", { status: 404.5 }, false],
      ["a numeric title", { title: 404 }, false],
      ["a type that is no URI reference", { type: "not a uri" }, false],
      ["an instance that is no URI reference", { instance: "two words" }, false],
      ["an array", [], false],
      ["null", null, false],
    ])("%s -> %s", (_name, doc, ok) => {
      expect(validate(doc)).toBe(ok);
    });

    it("says that an absent type means about:blank, without a default keyword (which type generators turn into a required member)", () => {
      expect(problemDetailsSchema.properties.type.description).toContain("absent the type is `about:blank`");
      expect("default" in problemDetailsSchema.properties.type).toBe(false);
    });
  });
});

/** One schema per problem type of the spec, in each draft, under generated/[draft-07/]problem-types/ and in the entry's `problemTypeSchemas`. */
describe.each(drafts)("problem types, draft $name", (draft) => {
  const dir = new URL(`../generated/${draft.name === "2020-12" ? "" : "draft-07/"}problem-types/`, import.meta.url);
  const problems = buildModel(readFileSync(new URL("../../../spec/status-codes.yaml", import.meta.url)), "0.0.0").problemTypes;
  const bySlug = draft.entry.problemTypeSchemas as Record<string, { $id: string; properties: { type: { const: string } } }>;

  it("has one file per problem type of the spec, each in the entry by its slug and in `schemas` (none, and no folder, when it declares none)", () => {
    expect(existsSync(dir) ? readdirSync(dir).sort() : []).toEqual(problems.map((p) => `${p.slug}.schema.json`));
    expect(Object.keys(bySlug)).toEqual(problems.map((p) => p.slug));
    for (const p of problems) {
      expect(bySlug[p.slug], p.slug).toEqual(JSON.parse(readFileSync(new URL(`${p.slug}.schema.json`, dir), "utf8")));
      expect(draft.entry.schemas, p.slug).toContain(bySlug[p.slug]);
    }
  });

  if (problems.length === 0) it.skip("each problem type's schema: skipped, spec/status-codes.yaml declares no problem types");

  it.each(problems.map((p) => [p.slug, p] as const))("%s compiles in strict ajv (which checks it against its meta-schema), and takes exactly the problems of its type", (slug, p) => {
    const schema = bySlug[slug]!;
    const ajv = loaded(draft);
    const validate = ajv.getSchema(schema.$id)!;
    const type = schema.properties.type.const;
    expect(type).toBe(p.uri);
    const required = p.extensions.filter((e) => e.required).map((e) => e.name);
    // Every extension member given a value its schema takes, whatever types the spec declares.
    const problem = { ...sampleProblem(p), detail: "This time." };
    expect(validate(problem), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...problem, type: "about:blank" })).toBe(false);
    expect(validate({ ...problem, status: p.status.code === 400 ? 401 : 400 })).toBe(false);
    expect(validate({ ...problem, status: "403" })).toBe(false); // problem details' own rule, through its $ref
    for (const n of required) {
      const { [n]: _, ...without } = problem as Record<string, unknown>;
      expect(validate(without), n).toBe(false);
    }
  });
});
