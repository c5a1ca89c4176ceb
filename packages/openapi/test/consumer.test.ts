// What a user installs is what is tested: pack the package once, install the tarball into a fresh project, then bundle,
// validate, lint and generate types from API documents that `$ref` its responses through node_modules, and lint them with
// the package's Spectral ruleset and Redocly configuration, each set up in the one line its README gives.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec, PKG, REDOCLY, ROOT, specCodes, specHeaders } from "./helpers.js";

const SPECTRAL = join(PKG, "node_modules/.bin/spectral");
const OPENAPI_TYPESCRIPT = join(PKG, "node_modules/.bin/openapi-typescript");
/** oas-validator: a validator of OpenAPI 3.0 only (it refuses 3.1), as older tool chains use. It ships no types. */
const oasValidator = createRequire(import.meta.url)("oas-validator") as { validate(doc: unknown, options: object): Promise<{ valid: boolean }> };

let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "status-openapi-consumer-"));
  const packed = await exec("pnpm", ["pack", "--pack-destination", dir], PKG);
  expect(packed.code, packed.output).toBe(0);
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  expect(tarball, packed.output).toBeDefined();
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const installed = await exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`], dir);
  expect(installed.code, installed.output).toBe(0);
  cpSync(join(PKG, "test/fixtures"), dir, { recursive: true });
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
    const refs = readFileSync(join(dir, api), "utf8").match(/\$ref: "\.\/node_modules\/@org\/status-openapi\/generated\/([^#"]+)#/g) ?? [];
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

/** One finding, as `<rule> <code>`: the rule's id without Redocly's `rule/` prefix, and the first status code its message names. */
const finding = (rule: string, message: string) => `${rule.replace(/^rule\//, "")} ${/\b([1-9]\d\d|[1-5]XX)\b/.exec(message)?.[1] ?? "?"}`;

/** Each mistake in mistakes.yaml, and the severity its rule gives it. */
const MISTAKES = {
  "status-no-content 204": "error",
  "status-redirect-location-301 301": "error",
  "status-code-deprecated-305 305": "warn",
  "status-required-header-401-www-authenticate 401": "error",
  "status-problem-body 404": "error",
  "status-recommended-header-429-retry-after 429": "warn",
  "status-code-known 432": "error",
  "status-code-never-sent 499": "error",
  "status-code-vendor-cloudflare 520": "warn",
  "status-code-range 999": "error",
};

// Redocly lints the two documents that follow the rules and the one with a mistake of each kind in one run; Spectral
// runs twice, since the results of its custom functions do not say which document they come from.
const LINTED = ["api.yaml", "api-3.0.yaml", "mistakes.yaml"];
type SpectralResult = { code: string; message: string; severity: number };
type RedoclyReport = { problems: { ruleId: string; message: string; severity: string }[]; totals: object };
let redoclyRun: Promise<RedoclyReport[]> | undefined;
// One JSON report per document, written back to back, in the order given.
const redocly = () =>
  (redoclyRun ??= exec(REDOCLY, ["lint", ...LINTED, "--format", "json"], dir).then((r) => {
    expect(r.code, r.output).not.toBe(0);
    return JSON.parse(`[${r.stdout.trim().replace(/^\}\{$/gm, "},{")}]`) as RedoclyReport[];
  }));

describe("the organisation's rules from the installed package, set up in one line (test/fixtures/.spectral.yaml, redocly.yaml)", () => {
  it("spectral lint: the 3.1 and 3.0 documents follow them and spectral:oas, without a single warning", async () => {
    const result = await exec(SPECTRAL, ["lint", "api.yaml", "api-3.0.yaml", "--fail-severity", "warn"], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("No results with a severity of 'warn' or higher found!");
  });

  it("redocly lint: the 3.1 and 3.0 documents follow them and recommended-strict, without a single warning", async () => {
    const reports = await redocly();
    expect(reports.slice(0, 2).map((r) => r.totals)).toEqual([{ errors: 0, warnings: 0, ignored: 0 }, { errors: 0, warnings: 0, ignored: 0 }]);
  });

  it("spectral lint finds each mistake in mistakes.yaml, naming the code, and nothing else of the organisation's", async () => {
    const result = await exec(SPECTRAL, ["lint", "mistakes.yaml", "--format", "json", "--quiet"], dir);
    expect(result.code, result.output).not.toBe(0);
    const found = (JSON.parse(result.stdout) as SpectralResult[]).filter((r) => r.code.startsWith("status-"));
    expect(Object.fromEntries(found.map((r) => [finding(r.code, r.message), r.severity === 0 ? "error" : "warn"]))).toEqual(MISTAKES);
    expect(found).toHaveLength(Object.keys(MISTAKES).length);
  });

  it("redocly lint finds the same mistakes, naming the code, and nothing else of the organisation's", async () => {
    const found = (await redocly())[2]!.problems.filter((p) => p.ruleId.startsWith("rule/status-"));
    expect(Object.fromEntries(found.map((p) => [finding(p.ruleId, p.message), p.severity]))).toEqual(MISTAKES);
    expect(found).toHaveLength(Object.keys(MISTAKES).length);
  });
});

describe("the installed OpenAPI 3.0 document with a tool that reads 3.0 only (oas-validator)", () => {
  const file = () => join(dir, "node_modules/@org/status-openapi/generated/openapi-3.0.yaml");

  it("validates", async () => {
    await expect(oasValidator.validate(parse(readFileSync(file(), "utf8")), {})).resolves.toMatchObject({ valid: true });
  });

  it("would be refused with a 3.1 keyword left in it (const for the pinned status)", async () => {
    const doc = parse(readFileSync(file(), "utf8")) as { components: { responses: Record<string, { content?: Record<string, { schema: { allOf: { properties?: { status: object } }[] } }> }> } };
    doc.components.responses.NotFound!.content!["application/problem+json"]!.schema.allOf[1]!.properties!.status = { const: 404 };
    await expect(oasValidator.validate(doc, {})).rejects.toThrow(/const/);
  });
});

describe("the installed JS entry", () => {
  it.each([
    ["ESM", "node", ["--input-type=module", "-e", 'import { openapi, openapi30 } from "@org/status-openapi"; console.log(JSON.stringify([openapi.openapi, openapi30.openapi, openapi.components.responses.NotFound["x-status-code"]]))']],
    ["CJS", "node", ["-e", 'const { openapi, openapi30 } = require("@org/status-openapi"); console.log(JSON.stringify([openapi.openapi, openapi30.openapi, openapi.components.responses.NotFound["x-status-code"]]))']],
  ])("loads from %s", async (_, cmd, args) => {
    const result = await exec(cmd, args, dir);
    expect(result.code, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(["3.1.0", "3.0.3", 404]);
  });

  it("exports the documents and the rulesets as files", async () => {
    const files = ["openapi.yaml", "openapi.json", "openapi-3.0.yaml", "openapi-3.0.json", "spectral.yaml", "redocly.yaml"];
    const result = await exec("node", ["-e", `for (const f of ${JSON.stringify(files)}) console.log(require.resolve(\`@org/status-openapi/\${f}\`))`], dir);
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
      'import { openapi, type ResponseName } from "@org/status-openapi";\nconst n: ResponseName = "NotFound";\nexport const d: string = openapi.components.responses[n].description;\n// @ts-expect-error: not a response of the package\nexport const missing = openapi.components.responses.NoSuchResponse;\n',
    );
    writeFileSync(join(dir, "use.cts"), 'import status = require("@org/status-openapi");\nexport const v: "3.0.3" = status.openapi30.openapi;\n');
    const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", types: [] }, files: ["use.mts", "use.cts", "types.mts"] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = await exec(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], dir);
    expect(tsc.code, tsc.output).toBe(0);
  });
});
