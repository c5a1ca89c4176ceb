import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "@org/generators/build";
import { brokenLinks, PACKAGE, parseDoc, renderDocs, ROOT, type ParsedDoc } from "./support.js";

// The same inputs `pnpm gen` reads: the spec, and the version the four packages share.
const { version } = JSON.parse(readFileSync(join(ROOT, "packages/core/package.json"), "utf8")) as { version: string };
const model = buildModel(readFileSync(join(ROOT, "spec/status-codes.yaml")), version);

const GENERATED = join(PACKAGE, "generated");
const onDisk = new Map(
  readdirSync(GENERATED, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return [relative(GENERATED, path).split("\\").join("/"), readFileSync(path, "utf8")] as const;
    }),
);
const reference = parseDoc(onDisk.get("REFERENCE.md")!);
const pages = new Map(model.statuses.map((s) => [s.code, parseDoc(onDisk.get(`codes/${s.code}.md`) ?? "")]));
const rows = (doc: ParsedDoc, header: string[]) => doc.tables.filter((t) => t.header.join("|") === header.join("|")).flatMap((t) => t.rows);

describe("the committed reference", () => {
  it("names the version in its title", () => {
    expect(reference.headings[0]).toEqual({ level: 1, text: `HTTP status codes reference (v${version})`, slug: expect.any(String) });
  });

  it("has a section and a page for every code in the spec", () => {
    const titles = reference.headings.map((h) => h.text);
    for (const s of model.statuses) {
      expect(titles, String(s.code)).toContain(`${s.code} ${s.phrase}`);
      expect(pages.get(s.code)!.headings, String(s.code)).toEqual([expect.objectContaining({ level: 1, text: `${s.code} ${s.phrase}` })]);
    }
  });

  it("indexes every code once, in order, linking to its section and its page", () => {
    const index = rows(reference, ["Code", "Phrase", "Class", "Source"]);
    expect(index.map((r) => r[0])).toEqual(model.statuses.map((s) => String(s.code)));
    expect(index.map((r) => r[1])).toEqual(model.statuses.map((s) => (s.deprecated ? `${s.phrase} (deprecated)` : s.phrase)));
    expect(index.map((r) => r[3])).toEqual(model.statuses.map((s) => (s.official ? `IANA, ${s.registry}` : s.vendor)));
    for (const s of model.statuses) {
      const slug = reference.headings.find((h) => h.text === `${s.code} ${s.phrase}`)!.slug;
      expect(reference.links).toContain(`#${slug}`);
      expect(reference.links).toContain(`codes/${s.code}.md`);
    }
  });

  it("gives 404 the anchor #404-not-found", () => {
    expect(reference.slugs).toContain("404-not-found");
    expect(reference.links).toContain("#404-not-found");
  });

  it("resolves every internal link and anchor", () => {
    expect(brokenLinks(onDisk)).toEqual([]);
    expect(brokenLinks(new Map([["REFERENCE.md", "[x](#nope) [y](codes/1.md)\n"]]))).toEqual(["REFERENCE.md: #nope", "REFERENCE.md: codes/1.md"]);
  });

  it("files unofficial codes under their vendor, after the official ones", () => {
    const vendors = [...new Set(model.statuses.flatMap((s) => (s.vendor ? [s.vendor] : [])))];
    for (const vendor of vendors) {
      const at = reference.headings.findIndex((h) => h.level === 3 && h.text === vendor);
      const end = reference.headings.findIndex((h, i) => i > at && h.level <= 3);
      const listed = reference.headings.slice(at + 1, end).map((h) => h.text);
      expect(listed, vendor).toEqual(model.statuses.filter((s) => s.vendor === vendor).map((s) => `${s.code} ${s.phrase}`));
    }
  });

  it.each(model.statuses.map((s) => [s.code, s] as const))("%i: says how to use it, its flags and other meanings", (code, s) => {
    const page = pages.get(code)!;
    const cls = model.classes.find((c) => c.key === s.class);
    expect(rows(page, ["Package", "Use"])).toEqual([
      ["@org/status-core", `StatusCode.${s.key}`],
      ...(s.legacyKeys.length ? [["@org/status-core, deprecated names", s.legacyKeys.map((k) => `StatusCode.${k}`).join(", ")]] : []),
      ["@org/status-openapi", cls ? `@org/status-openapi/generated/openapi.yaml#/components/responses/${s.name}` : `no response: ${code} lies outside 100-599`],
      ["@org/status-json-schema", cls ? `@org/status-json-schema/generated/status-code.schema.json#/$defs/${cls.name}StatusCode` : `no class $def: ${code} lies outside 100-599`],
    ]);
    const facts = new Map(rows(page, ["Fact", "Value"]).map(([k, v]) => [k, v]));
    const yes = (b: boolean) => (b ? "yes" : "no");
    expect([...facts].filter(([k]) => /^(Cacheable|Carries|Must|Retryable|Redirect)/.test(k!))).toEqual([
      ["Cacheable by default", yes(s.cacheable)],
      ["Carries no content", yes(s.noContent)],
      ["Must not be stored", yes(s.noStore)],
      ["Retryable", yes(s.retryable)],
      ["Redirect", yes(s.redirect)],
    ]);
    expect(facts.get("Registry status")).toBe(s.official ? `${s.registry} (IANA)` : "not registered: an unofficial code");
    expect(facts.get("Also known as")).toBe(s.aliases.length ? s.aliases.join("; ") : undefined);
    expect(rows(page, ["Vendor", "Phrase", "Meaning"])).toEqual(s.otherMeanings.map((m) => [m.vendor, m.phrase, m.description]));
    if (s.deprecated) expect(page.paragraphs).toContain(`Deprecated: ${s.deprecated}`);
  });

  it("points only at OpenAPI responses and JSON Schema $defs that the sibling packages really emit", () => {
    const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Record<string, Record<string, object>>;
    const responses = Object.keys(json("packages/openapi/generated/openapi.json").components!.responses!);
    const defs = Object.keys(json("packages/json-schema/generated/status-code.schema.json").$defs!);
    const uses = [...pages.values()].flatMap((page) => rows(page, ["Package", "Use"]).map((r) => r[1]!));
    const targets = (prefix: string) => uses.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
    expect(targets("@org/status-openapi/generated/openapi.yaml#/components/responses/")).toHaveLength(model.statuses.filter((s) => s.class).length);
    expect(responses).toEqual(expect.arrayContaining(targets("@org/status-openapi/generated/openapi.yaml#/components/responses/")));
    expect(defs).toEqual(expect.arrayContaining(targets("@org/status-json-schema/generated/status-code.schema.json#/$defs/")));
  });

  it("spot-checks the usage rows of 404 and 999 by hand", () => {
    expect(rows(pages.get(404)!, ["Package", "Use"])).toContainEqual(["@org/status-json-schema", "@org/status-json-schema/generated/status-code.schema.json#/$defs/ClientErrorStatusCode"]);
    expect(rows(pages.get(404)!, ["Package", "Use"])).toContainEqual(["@org/status-core", "StatusCode.NOT_FOUND"]);
    expect(rows(pages.get(999)!, ["Package", "Use"])).toContainEqual(["@org/status-openapi", "no response: 999 lies outside 100-599"]);
  });

  it("lists every header field with its reference, and links each code's headers to it", () => {
    for (const h of model.headers) {
      const at = reference.headings.findIndex((x) => x.level === 3 && x.text === h.name);
      expect(at, h.name).toBeGreaterThan(reference.headings.findIndex((x) => x.level === 2 && x.text === "Headers"));
      if (h.reference) expect(reference.links).toContain(h.reference.url);
    }
    for (const s of model.statuses.filter((x) => x.headers.length > 0)) {
      expect(pages.get(s.code)!.links.filter((l) => l.startsWith("../REFERENCE.md#")).length, String(s.code)).toBeGreaterThan(s.headers.length);
    }
  });

  it("contains no raw HTML but the generated-file notice", () => {
    for (const [path, content] of onDisk) expect(parseDoc(content).html, path).toHaveLength(1);
  });

  // RFC 9457 says a type URI should lead a person to the type's documentation: published at the problem base, the
  // problems/ folder serves each URI (the part after the base is the page's name).
  it("has a page under problems/ for every problem type's URI (none when the spec declares none), and a section in the reference", () => {
    const base = model.organization.problemBase;
    const problemPages = [...onDisk.keys()].filter((path) => path.startsWith("problems/"));
    expect(problemPages).toEqual(model.problemTypes.map((p) => `problems/${p.uri.slice(base.length)}.md`));
    for (const p of model.problemTypes) {
      expect(p.uri.startsWith(base), p.uri).toBe(true);
      const page = parseDoc(onDisk.get(`problems/${p.uri.slice(base.length)}.md`)!);
      expect(page.headings, p.slug).toEqual([expect.objectContaining({ level: 1, text: p.title })]);
      expect(rows(page, ["Fact", "Value"])).toContainEqual(["Type URI", p.uri]);
      expect(reference.headings.find((h) => h.level === 3 && h.text === p.title)?.slug, p.slug).toBeDefined();
    }
  });

  it.skipIf(model.problemTypes.length === 0)(`points a problem type's usage rows at its class, response and schema, which the sibling packages emit${model.problemTypes.length === 0 ? " (skipped: spec/status-codes.yaml declares no problem types)" : ""}`, () => {
    const responses = Object.keys((JSON.parse(readFileSync(join(ROOT, "packages/openapi/generated/openapi.json"), "utf8")) as { components: { responses: object } }).components.responses);
    for (const p of model.problemTypes) {
      const uses = rows(parseDoc(onDisk.get(`problems/${p.slug}.md`)!), ["Package", "Use"]).map((r) => r[1]!);
      expect(uses[0]).toBe(`import { ${p.name} } from "@org/status-core/errors"`);
      expect(responses).toContain(uses[1]!.split("/").at(-1));
      expect(readFileSync(join(ROOT, "packages/json-schema", uses[2]!.slice("@org/status-json-schema/".length)), "utf8")).toContain(p.uri);
    }
  });
});
