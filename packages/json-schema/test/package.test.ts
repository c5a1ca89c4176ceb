// What a user installs is what is tested: pack the package, install the tarball in a temp folder, use it.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url));
let app: string;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), "status-json-schema-"));
  execFileSync("pnpm", ["pack", "--pack-destination", app], { cwd: pkgDir, stdio: "pipe" });
  const tarball = readdirSync(app).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  // npm installs it as a user's would; no registry is needed, the package has no dependencies.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`], { cwd: app, stdio: "pipe" });
  // The user's own dependencies, taken from this package's dev dependencies.
  for (const dep of ["ajv", "ajv-formats", "json-schema-to-ts"]) {
    symlinkSync(realpathSync(join(pkgDir, "node_modules", dep)), join(app, "node_modules", dep), "dir");
  }
  cpSync(join(pkgDir, "test/consumer"), app, { recursive: true });
});

afterAll(() => rmSync(app, { recursive: true, force: true }));

const expected = {
  ok: true,
  vendorCode: true,
  unknownCode: false,
  stringCode: false,
  notAClientError: false,
  badProblem: false,
};

describe("the packed package, installed", () => {
  // What the tarball holds, file by file, is generators/test/packaging.test.ts's to check, for every package at once.
  it.each([["ESM", "esm.mjs"], ["CommonJS", "cjs.cjs"]])("%s: compiles in ajv, a user schema $refs the schemas by $id, and each problem type's schema from the entry takes the problems of its type", (_kind, file) => {
    const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" }));
    const codes = JSON.parse(readFileSync(join(pkgDir, "generated/status-codes.json"), "utf8")).statuses.length;
    // Every problem type the package ships a file for, from the entry, in both drafts.
    const slugs = readdirSync(join(pkgDir, "generated/problem-types")).map((f) => f.replace(/\.schema\.json$/, ""));
    expect(slugs.length).toBeGreaterThan(0);
    const problemTypes = Object.fromEntries(slugs.map((slug) => [slug, { ofItsType: true, withoutType: false }]));
    expect(out).toEqual({ "2020-12": expected, "draft-07": expected, codes, problemTypes: { "2020-12": problemTypes, "draft-07": problemTypes } });
  });

  it("types FromSchema from ESM and CommonJS TypeScript (node16 resolution, no skipLibCheck)", () => {
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("lets a tool that is not JavaScript read status-codes.json (jq)", () => {
    const json = join(app, "node_modules/@org/status-json-schema/generated/status-codes.json");
    const line = execFileSync("jq", ["-r", '.statuses[] | select(.code == 404) | "\\(.code) \\(.phrase) \\(.class) \\(.vendor)"', json], { encoding: "utf8" });
    expect(line.trim()).toBe("404 Not Found client-error null");
  });
});
