// What a user installs is what is tested: pack the package, install the tarball in a scratch project outside
// the repository, and use it from ESM, CommonJS and TypeScript (node16 and bundler resolution).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distFile, packageDir } from "./support.js";

const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin/tsc");
let project = "";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: project, encoding: "utf8" });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function write(files: Record<string, string | object>) {
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(project, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
}

beforeAll(() => {
  distFile("index.js");
  project = mkdtempSync(join(tmpdir(), "status-core-consumer-"));
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: packageDir, stdio: "pipe" });
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack produced no tarball");
  write({ "package.json": { name: "consumer", private: true, type: "module" } });
  // npm installs it as a user's would; no registry is needed, the package has no dependencies.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`], { cwd: project, stdio: "pipe" });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

// StatusCode is read-only: writing, adding or deleting a member changes nothing (strict code gets a TypeError).
const checks = `
function frozen() {
  for (const change of [() => { StatusCode.NOT_FOUND = 200; }, () => { StatusCode.NEW = 1; }, () => { delete StatusCode.NOT_FOUND; }]) {
    try { change(); } catch (error) { if (!(error instanceof TypeError)) throw error; }
  }
  return StatusCode.NOT_FOUND === 404 && !("NEW" in StatusCode) && !Object.isExtensible(StatusCode);
}
const results = [
  StatusCode.NOT_FOUND === 404,
  StatusCode.PAYLOAD_TOO_LARGE === 413,
  getReasonPhrase(422) === "Unprocessable Content",
  getReasonPhrase(799) === undefined,
  getStatusCode(" request entity too large ") === 413,
  getStatusCode("__proto__") === undefined,
  getStatus(999).vendor === "LinkedIn",
  statuses.length > 60,
  isClientError(404) && !isClientError(404.5),
  problem(404).title === "Not Found",
  NOT_FOUND === 404,
  frozen(),
];
console.log(results.every(Boolean) ? "ok" : "failed: " + JSON.stringify(results));
`;

describe("the packed tarball, installed in a scratch project", () => {
  it("ships only dist, the /codes stub, README.md, LICENSE and package.json", () => {
    const files = execFileSync("tar", ["-tzf", join(project, readdirSync(project).find((f) => f.endsWith(".tgz")) ?? "")], { encoding: "utf8" });
    const top = new Set(files.trim().split("\n").map((f) => f.split("/")[1]));
    expect([...top].sort()).toEqual(["LICENSE", "README.md", "codes", "dist", "package.json"]);
  });

  it("works from ESM", () => {
    write({
      "esm.mjs": `import { StatusCode, getReasonPhrase, getStatusCode, getStatus, statuses, isClientError, problem } from "@org/status-core";\nimport { NOT_FOUND } from "@org/status-core/codes";\n${checks}`,
    });
    expect(run(process.execPath, ["esm.mjs"])).toEqual({ status: 0, out: "ok\n" });
  });

  it("works from CommonJS", () => {
    write({
      "cjs.cjs": `const { StatusCode, getReasonPhrase, getStatusCode, getStatus, statuses, isClientError, problem } = require("@org/status-core");\nconst { NOT_FOUND } = require("@org/status-core/codes");\n${checks}`,
    });
    expect(run(process.execPath, ["cjs.cjs"])).toEqual({ status: 0, out: "ok\n" });
  });

  const consumerTs = `import { StatusCode, getReasonPhrase, isClientError, type ReasonPhrase, type StatusInfo } from "@org/status-core";
import { NOT_FOUND } from "@org/status-core/codes";
const phrase: "Not Found" = getReasonPhrase(StatusCode.NOT_FOUND);
const literal: ReasonPhrase<413> = "Content Too Large";
const code = 404 as StatusCode;
const narrowed: 400 | 404 | 499 | number = isClientError(code) ? code : 0;
const found: 404 = NOT_FOUND;
export const all: unknown[] = [phrase, literal, narrowed, found, undefined as StatusInfo | undefined];
`;
  const configs = {
    node16: { module: "node16", moduleResolution: "node16" },
    bundler: { module: "esnext", moduleResolution: "bundler" },
  };

  it.each(Object.entries(configs))("type-checks with moduleResolution %s, and catches a type error", (name, options) => {
    const compilerOptions = { ...options, strict: true, noEmit: true, types: [], skipLibCheck: false };
    write({
      "consumer.ts": consumerTs,
      "consumer-cjs.cts": `import core = require("@org/status-core");\nexport const p: "Gone" = core.getReasonPhrase(410);\n`,
      "bad.ts": `import { getReasonPhrase } from "@org/status-core";\nexport const p: "Not Found" = getReasonPhrase(500);\n`,
      [`tsconfig.${name}.json`]: { compilerOptions, files: name === "node16" ? ["consumer.ts", "consumer-cjs.cts"] : ["consumer.ts"] },
      [`tsconfig.${name}.bad.json`]: { compilerOptions, files: ["bad.ts"] },
    });
    expect(run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`])).toEqual({ status: 0, out: "" });
    const bad = run(process.execPath, [tsc, "-p", `tsconfig.${name}.bad.json`]);
    expect(bad.status).not.toBe(0);
    expect(bad.out).toContain(`bad.ts(2,14): error TS2322: Type '"Internal Server Error"' is not assignable to type '"Not Found"'`);
  });
});
