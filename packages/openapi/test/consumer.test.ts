// What a user installs is what is tested: pack the package, install the tarball into a fresh project,
// then bundle, lint and validate API documents that `$ref` its responses through node_modules.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exec, PKG, REDOCLY, ROOT, specCodes, specHeaders } from "./helpers.js";

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
    const doc = parse(text) as { components: Record<string, Record<string, { "x-status-code"?: number }>> };
    const responses = doc.components.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(
      ["ContentTooLarge", "NotFound", "NotModified", "ServiceUnavailable", "TooManyRequests", "Unauthorized", "UnprocessableContent"],
    );
    expect(Object.keys(doc.components.schemas ?? {}).sort()).toEqual(["Order", "ProblemDetails"]);
    // The document's own Location header, plus every header field the spec gives the responses it uses.
    const used = new Set(Object.values(responses).map((r) => r["x-status-code"]));
    const want = new Set(["location", ...specCodes().filter((c) => used.has(c.code)).flatMap(specHeaders)]);
    expect(Object.keys(doc.components.headers ?? {}).map((h) => h.toLowerCase()).sort()).toEqual([...want].sort());
  });

  it("lints clean with recommended-strict and the problem-details rule", async () => {
    const result = await exec(REDOCLY, ["lint", bundle, "--config", "redocly.yaml", "--format", "stylish"], dir);
    expect(result.code, result.output).toBe(0);
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

describe("the installed JS entry", () => {
  it.each([
    ["ESM", "node", ["--input-type=module", "-e", 'import { openapi, openapi30 } from "@org/status-openapi"; console.log(JSON.stringify([openapi.openapi, openapi30.openapi, openapi.components.responses.NotFound["x-status-code"]]))']],
    ["CJS", "node", ["-e", 'const { openapi, openapi30 } = require("@org/status-openapi"); console.log(JSON.stringify([openapi.openapi, openapi30.openapi, openapi.components.responses.NotFound["x-status-code"]]))']],
  ])("loads from %s", async (_, cmd, args) => {
    const result = await exec(cmd, args, dir);
    expect(result.code, result.output).toBe(0);
    expect(JSON.parse(result.output)).toEqual(["3.1.0", "3.0.3", 404]);
  });

  it("exports the documents as files", async () => {
    const result = await exec("node", ["-e", 'for (const f of ["openapi.yaml", "openapi.json", "openapi-3.0.yaml", "openapi-3.0.json"]) console.log(require.resolve(`@org/status-openapi/${f}`))'], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output.trim().split("\n")).toHaveLength(4);
  });

  it("type-checks from ESM and CommonJS consumers", async () => {
    writeFileSync(join(dir, "use.mts"), 'import { openapi, type ResponseName } from "@org/status-openapi";\nconst n: ResponseName = "NotFound";\nexport const d: string = openapi.components.responses[n].description;\n');
    writeFileSync(join(dir, "use.cts"), 'import status = require("@org/status-openapi");\nexport const v: "3.0.3" = status.openapi30.openapi;\n');
    writeFileSync(join(dir, "bad.mts"), 'import { openapi } from "@org/status-openapi";\nexport const d = openapi.components.responses.NoSuchResponse;\n');
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    const tsconfig = (files: string[]) => ({ compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", types: [] }, files });
    writeFileSync(join(dir, "tsconfig.good.json"), JSON.stringify(tsconfig(["use.mts", "use.cts"])));
    writeFileSync(join(dir, "tsconfig.bad.json"), JSON.stringify(tsconfig(["bad.mts"])));
    const good = await exec(tsc, ["-p", "tsconfig.good.json"], dir);
    expect(good.code, good.output).toBe(0);
    const bad = await exec(tsc, ["-p", "tsconfig.bad.json"], dir);
    expect(bad.output).toContain("NoSuchResponse");
  });
});
