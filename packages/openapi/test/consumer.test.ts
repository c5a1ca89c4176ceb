// What a user installs is what is tested: install the tarball (packed once, global-setup.ts) into a fresh project, then bundle,
// validate, lint and generate types from API documents that `$ref` its responses through node_modules, and lint them with
// the package's Spectral ruleset and Redocly plugin, each set up as its README gives.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exec, NAME, npmInstall, PKG, REDOCLY, redoclyReports, SPECTRAL, TSC } from "./helpers.js";

const OPENAPI_TYPESCRIPT = join(PKG, "node_modules/.bin/openapi-typescript");
/** oas-validator: a validator of OpenAPI 3.0 only (it refuses 3.1), as older tool chains use. It ships no types. */
const oasValidator = createRequire(import.meta.url)("oas-validator") as { validate(doc: unknown, options: object): Promise<{ valid: boolean }> };

let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "status-openapi-consumer-"));
  const installed = await npmInstall(dir, [inject("tarballs").openapi]);
  expect(installed.code, installed.output).toBe(0);
  cpSync(join(PKG, "test/fixtures"), dir, { recursive: true });
  cpSync(join(PKG, "test/corpus"), dir, { recursive: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ["3.1", "api.yaml", "openapi.yaml"],
  ["3.0", "api-3.0.yaml", "openapi-3.0.yaml"],
])("an OpenAPI %s document that $refs the installed package", (_, api, target) => {
  const bundle = `bundled-${api}`;

  it(`refers to ${target} through node_modules`, () => {
    const refs = readFileSync(join(dir, api), "utf8").match(new RegExp(`\\$ref: "\\./node_modules/${NAME}/generated/([^#"]+)#`, "g")) ?? [];
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) expect(ref).toContain(`/generated/${target}#`);
  });

  it("bundles: every reference resolves and the package's components are copied in", async () => {
    const result = await exec(REDOCLY, ["bundle", api, "--output", bundle, "--config", "redocly.yaml"], dir);
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(join(dir, bundle), "utf8");
    expect(text).not.toContain("node_modules");
    const doc = parse(text) as { components: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.components.responses ?? {}).sort()).toEqual(
      ["ContentTooLarge", "NoContent", "NotFound", "NotModified", "ServiceUnavailable", "TooManyRequests", "Unauthorized", "UnprocessableContent"],
    );
    expect(Object.keys(doc.components.schemas ?? {}).sort()).toEqual(["Order", "ProblemDetails"]);
    expect(Object.keys(doc.components.headers ?? {}).sort()).toEqual(["Location", "Retry-After"]);
  });

  it("passes swagger-parser's validation, before and after bundling", async () => {
    await expect(SwaggerParser.validate(join(dir, api))).resolves.toBeTruthy();
    await expect(SwaggerParser.validate(join(dir, bundle))).resolves.toBeTruthy();
  });
});

describe("a document that $refs a response the package does not have", () => {
  it("fails to bundle or lint, so the checks above can fail", async () => {
    const broken = readFileSync(join(dir, "api.yaml"), "utf8").replace("responses/NotFound", "responses/NoSuchResponse");
    writeFileSync(join(dir, "broken.yaml"), broken);
    const bundled = await exec(REDOCLY, ["bundle", "broken.yaml", "--output", "bundled-broken.yaml", "--config", "redocly.yaml"], dir);
    const linted = await exec(REDOCLY, ["lint", "broken.yaml", "--config", "redocly.yaml"], dir);
    expect(bundled.code !== 0 || linted.code !== 0, `${bundled.output}\n${linted.output}`).toBe(true);
    expect(linted.output).toContain("NoSuchResponse");
  });
});

// The organisation's rules on a corpus of small API documents (test/corpus, one per rule and one per document that follows the
// RFCs and must pass) and on api.yaml and api-3.0.yaml. Each file says what it expects, one line per finding:
//   # expect: <rule id> "<words of its message>"      or      # expect: nothing
// so a new case is one more file. Each tool lints every file in one process, set up as the README says (fixtures/.spectral.yaml,
// fixtures/redocly.yaml); a third and fourth run show that a wrong path in either set-up stops the lint.
/** One finding of the organisation's rules: the linted file it belongs to, where it is reported (file and pointer), what it says. */
type Finding = { file: string; source: string; rule: string; pointer: string; message: string };
type SpectralResult = { code: string; message: string; severity: number; source?: string; path: (string | number)[] };
type RedoclyReport = { problems: { ruleId: string; message: string; severity: string; location: { source: { ref: string }; pointer: string }[] }[]; totals: object };
// The corpus is the .yaml files of test/corpus; its subfolders hold the files they refer to. A case about one of the
// spec's problem types says so (`# needs: <slug>`) and is left out, with its reason, when the spec has no such type.
const SLUGS = new Set(
  (JSON.parse(readFileSync(join(PKG, "generated/rules.json"), "utf8")) as { rules: { id: string; options?: { types?: Record<string, { slug: string }> } }[] }).rules
    .flatMap((r) => Object.values(r.options?.types ?? {}))
    .map((t) => t.slug),
);
const needs = (file: string) => [...readFileSync(join(PKG, "test/corpus", file), "utf8").matchAll(/^# needs: (\S+)$/gm)].map((m) => m[1]!);
const CASES = readdirSync(join(PKG, "test/corpus")).filter((f) => f.endsWith(".yaml")).sort();
const CORPUS = CASES.filter((f) => needs(f).every((slug) => SLUGS.has(slug)));
const UNMET = CASES.filter((f) => !CORPUS.includes(f)).map((f) => `${f} (spec/status-codes.yaml declares no problem type ${needs(f).filter((s) => !SLUGS.has(s)).join(", ")})`);
const LINTED = [...CORPUS, "api.yaml", "api-3.0.yaml"];
const pointer = (path: (string | number)[]) => `#/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
/** A file name as the tools write it (Spectral absolute, Redocly relative), relative to the consumer's folder. */
const inDir = (file: string) => relative(dir, resolve(dir, file));
const byFile = (findings: Finding[]) => Object.fromEntries(LINTED.map((f) => [f, findings.filter((x) => x.file === f)]));

let lint: Promise<{ spectral: { code: number; all: SpectralResult[]; ours: Record<string, Finding[]> }; redocly: { code: number; reports: RedoclyReport[]; ours: Record<string, Finding[]> }; wrong: { spectral: { code: number; output: string }; redocly: { code: number; output: string } } }> | undefined;
const runLint = () =>
  (lint ??= (async () => {
    writeFileSync(join(dir, "wrong.spectral.yaml"), readFileSync(join(dir, ".spectral.yaml"), "utf8").replace("generated/spectral.yaml", "generated/no-such-ruleset.yaml"));
    writeFileSync(join(dir, "wrong-redocly.yaml"), readFileSync(join(dir, "redocly.yaml"), "utf8").replace("lint/redocly.js", "lint/no-such-plugin.js"));
    const [spectral, redocly, wrongSpectral, wrongRedocly] = await Promise.all([
      exec(SPECTRAL, ["lint", ...LINTED, "--format", "json", "--output", "spectral.json", "--quiet"], dir),
      exec(REDOCLY, ["lint", ...LINTED, "--format", "json"], dir),
      exec(SPECTRAL, ["lint", "api.yaml", "--ruleset", "wrong.spectral.yaml"], dir),
      exec(REDOCLY, ["lint", "api.yaml", "--config", "wrong-redocly.yaml"], dir),
    ]);
    const all = JSON.parse(readFileSync(join(dir, "spectral.json"), "utf8")) as SpectralResult[];
    const reports = redoclyReports<RedoclyReport>(redocly.stdout);
    const fromSpectral = all.filter((r) => r.code.startsWith("status-")).map((r) => ({ file: inDir(r.source ?? "?"), source: inDir(r.source ?? "?"), rule: r.code, pointer: pointer(r.path), message: r.message }));
    // A Redocly report belongs to the file linted in its place; a finding can lie in a file that file refers to.
    const fromRedocly = reports.flatMap((r, i) =>
      r.problems
        .filter((p) => p.ruleId.startsWith("status/"))
        .map((p) => ({ file: LINTED[i]!, source: inDir(p.location[0]!.source.ref), rule: p.ruleId.slice("status/".length), pointer: p.location[0]!.pointer, message: p.message })),
    );
    return { spectral: { code: spectral.code, all, ours: byFile(fromSpectral) }, redocly: { code: redocly.code, reports, ours: byFile(fromRedocly) }, wrong: { spectral: wrongSpectral, redocly: wrongRedocly } };
  })());

/** What a file of the corpus expects: each finding's rule id and words of its message. */
function expected(file: string): { rule: string; words: string }[] {
  const text = readFileSync(join(dir, file), "utf8");
  const lines = [...text.matchAll(/^# expect: (\S+)(?: "(.*)")?$/gm)];
  expect(lines.length, `${file} says what it expects ("# expect: nothing" or "# expect: <rule id> \"<words>\"")`).toBeGreaterThan(0);
  return lines.filter((m) => m[1] !== "nothing").map((m) => ({ rule: m[1]!, words: m[2] ?? "" }));
}

describe("the organisation's rules from the installed package, on the corpus (one process per tool)", () => {
  const severity = () => new Map((JSON.parse(readFileSync(join(dir, "node_modules", NAME, "generated/rules.json"), "utf8")) as { rules: { id: string; severity: string }[] }).rules.map((r) => [r.id, r.severity]));

  it.skip.each(UNMET)("%s: left out", () => {});

  it.each(LINTED)("%s: Spectral and Redocly report what it expects, at the same place in it, with the same messages", async (file) => {
    const { spectral, redocly } = await runLint();
    const want = expected(file);
    const hints = new Set([...severity()].filter(([, s]) => s === "hint").map(([id]) => id));
    const found = spectral.ours[file]!;
    expect(found.map((f) => f.rule).sort(), JSON.stringify(found, null, 2)).toEqual(want.map((w) => w.rule).sort());
    const unmatched = [...found];
    for (const w of want) {
      const at = unmatched.findIndex((f) => f.rule === w.rule && f.message.includes(w.words));
      expect(at, `${w.rule} "${w.words}" in ${JSON.stringify(unmatched, null, 2)}`).not.toBe(-1);
      unmatched.splice(at, 1);
    }
    // Redocly has no hint level: the plugin leaves those rules off. Where both report in this file, they report at one place.
    const key = (f: Finding) => `${f.rule} ${f.message}`;
    const both = (fs: Finding[]) => [...fs].sort((a, b) => key(a).localeCompare(key(b)));
    const fromRedocly = both(redocly.ours[file]!);
    const fromSpectral = both(found.filter((f) => !hints.has(f.rule)));
    expect(fromRedocly.map(key)).toEqual(fromSpectral.map(key));
    fromRedocly.forEach((r, i) => r.source === file && expect(r.pointer, key(r)).toBe(fromSpectral[i]!.pointer));
    for (const f of found) expect(f.source).toBe(file);
  });

  it("report nothing outside the linted files: a finding in a $ref'd response is reported at the user's response", async () => {
    const { spectral, redocly } = await runLint();
    const outside = [...spectral.all.map((r) => r.source ?? "?"), ...redocly.reports.flatMap((r) => r.problems.map((p) => p.location[0]!.source.ref))].filter((f) => f.includes("node_modules"));
    expect(outside).toEqual([]);
    expect(spectral.code).not.toBe(0);
    expect(redocly.code).not.toBe(0);
  });

  it("let api.yaml and api-3.0.yaml through spectral:oas and recommended-strict without a single warning", async () => {
    const { spectral, redocly } = await runLint();
    const clean = ["api.yaml", "api-3.0.yaml"];
    expect(spectral.all.filter((r) => r.severity <= 1 && clean.includes(inDir(r.source ?? "?")))).toEqual([]);
    expect(redocly.reports.slice(-2).map((r) => r.totals)).toEqual([{ errors: 0, warnings: 0, ignored: 0 }, { errors: 0, warnings: 0, ignored: 0 }]);
  });

  it("fail closed: a wrong path in either set-up stops the lint with an error that names it", async () => {
    const { wrong } = await runLint();
    expect(wrong.spectral.code, wrong.spectral.output).not.toBe(0);
    expect(wrong.spectral.output).toContain("no-such-ruleset.yaml");
    expect(wrong.redocly.code, wrong.redocly.output).not.toBe(0);
    expect(wrong.redocly.output).toContain("no-such-plugin.js");
  });
});

describe("the installed OpenAPI 3.0 document with a tool that reads 3.0 only (oas-validator)", () => {
  const file = () => join(dir, "node_modules", NAME, "generated/openapi-3.0.yaml");

  it("validates", async () => {
    await expect(oasValidator.validate(parse(readFileSync(file(), "utf8")), {})).resolves.toMatchObject({ valid: true });
  });

  it("would be refused with a 3.1 keyword left in it (const for the pinned status)", async () => {
    const doc = parse(readFileSync(file(), "utf8")) as { components: { responses: Record<string, { content?: Record<string, { schema: { allOf: { properties?: { status: object } }[] } }> }> } };
    doc.components.responses.NotFound!.content!["application/problem+json"]!.schema.allOf[1]!.properties!.status = { const: 404 };
    await expect(oasValidator.validate(doc, {})).rejects.toThrow(/const/);
  });
});

/** What the entry test prints: the versions, a response's code in both forms, its pinned status in 3.0, and that no `$ref` is left. */
const PRINT = `console.log(JSON.stringify([openapi.openapi, openapi30.openapi, openapi.components.responses.NotFound["x-status-code"], responses.NotFound["x-status-code"], responses30.NotFound.content["application/problem+json"].schema.allOf[1].properties.status.enum, !JSON.stringify([responses, responses30]).includes("$ref")]))`;

describe("the installed JS entry", () => {
  it.each([
    ["ESM", "node", ["--input-type=module", "-e", `import { openapi, openapi30, responses, responses30 } from "${NAME}"; ${PRINT}`]],
    ["CJS", "node", ["-e", `const { openapi, openapi30, responses, responses30 } = require("${NAME}"); ${PRINT}`]],
  ])("loads from %s", async (_, cmd, args) => {
    const result = await exec(cmd, args, dir);
    expect(result.code, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(["3.1.0", "3.0.3", 404, 404, [404], true]);
  });

  it("exports the documents, the rulesets and the Redocly plugin as files", async () => {
    const files = ["openapi.yaml", "openapi.json", "openapi-3.0.yaml", "openapi-3.0.json", "spectral.yaml", "rules.json", "redocly-plugin.js"];
    const result = await exec("node", ["-e", `for (const f of ${JSON.stringify(files)}) console.log(require.resolve(\`${NAME}/\${f}\`))`], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output.trim().split("\n")).toHaveLength(files.length);
  });
});

describe("types", () => {
  it("of the entry and of openapi-typescript's output type-check in one program, and each @ts-expect-error fails", async () => {
    for (const [api, out] of [["api.yaml", "api-types.d.ts"], ["api-3.0.yaml", "api-3.0-types.d.ts"]] as const) {
      const generated = await exec(OPENAPI_TYPESCRIPT, [api, "--output", out], dir);
      expect(generated.code, generated.output).toBe(0);
    }
    writeFileSync(
      join(dir, "use.mts"),
      `import { openapi, type ResponseName } from "${NAME}";\nconst n: ResponseName = "NotFound";\nexport const d: string = openapi.components.responses[n].description;\n// @ts-expect-error: not a response of the package\nexport const missing = openapi.components.responses.NoSuchResponse;\n`,
    );
    writeFileSync(join(dir, "use.cts"), `import status = require("${NAME}");\nexport const v: "3.0.3" = status.openapi30.openapi;\n`);
    const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", types: [] }, files: ["use.mts", "use.cts", "types.mts"] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = await exec(TSC, ["-p", "tsconfig.json"], dir);
    expect(tsc.code, tsc.output).toBe(0);
  });
});
