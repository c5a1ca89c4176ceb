// What a user installs is what is tested: pack the package, install the tarball in a scratch project outside
// the repository, and use it from ESM, CommonJS and TypeScript (node16 and bundler resolution).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { dualPackageScript, errorsBad, errorsCts, errorsTs, readmeCurlBody, startServer, stderrWith, writeReadmeExamples } from "./consumer-errors.js";

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin/tsc");
let project = "";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: project, encoding: "utf8" });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function runAsync(command: string, args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: project });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (status) => resolve({ status, out }));
  });
}

function write(files: Record<string, string | object>) {
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(project, name), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
}

beforeAll(() => {
  project = inject("consumerProject");
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
  // What the tarball holds, file by file, is generators/test/packaging.test.ts's to check, for every package at once.
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

  // One tsc program per resolution mode holds the files that must compile and the two that must not, and both modes
  // run at once: tsc's start-up and the library's types dominate, not the consumer files.
  beforeAll(() =>
    write({
      "consumer.ts": consumerTs,
      "consumer-cjs.cts": `import core = require("@org/status-core");\nexport const p: "Gone" = core.getReasonPhrase(410);\n`,
      "bad.ts": `import { getReasonPhrase } from "@org/status-core";\nexport const p: "Not Found" = getReasonPhrase(500);\n`,
      "errors.ts": errorsTs,
      "errors-cjs.cts": errorsCts,
      "errors-bad.ts": errorsBad.source,
      ...Object.fromEntries(
        Object.entries(configs).map(([name, options]) => [
          `tsconfig.${name}.json`,
          {
            compilerOptions: { ...options, strict: true, noEmit: true, types: [], skipLibCheck: false },
            files: [...(name === "node16" ? ["consumer.ts", "consumer-cjs.cts", "errors.ts", "errors-cjs.cts"] : ["consumer.ts", "errors.ts"]), "bad.ts", "errors-bad.ts"],
          },
        ]),
      ),
    }),
  );

  it.concurrent.each(Object.keys(configs))("type-checks with moduleResolution %s, and catches a type error", async (name) => {
    const { status, out } = await runAsync(process.execPath, [tsc, "-p", `tsconfig.${name}.json`]);
    expect(status).not.toBe(0);
    // Exactly the two deliberate errors: every other file compiles.
    expect(out.trim().split("\n").filter((line) => / error TS\d+:/.test(line))).toEqual([
      `bad.ts(2,14): error TS2322: Type '"Internal Server Error"' is not assignable to type '"Not Found"'.`,
      `errors-bad.ts(2,18): ${errorsBad.error}`,
    ]);
  });
});

describe("@org/status-core/errors from the packed tarball", () => {
  it("works from ESM and CommonJS in one process, each build recognising the other's errors", () => {
    write({ "errors.mjs": dualPackageScript });
    expect(run(process.execPath, ["errors.mjs"])).toEqual({ status: 0, out: "ok\n" });
  });

  const problemJson = async (response: Response) => {
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json\b/);
    return (await response.json()) as Record<string, unknown>;
  };

  it("the README's node:http server answers with problems and their headers over 127.0.0.1", async () => {
    writeReadmeExamples(project, ["server.mjs"]);
    const server = await startServer(project, "server.mjs");
    try {
      const ok = await fetch(`${server.url}/orders/1`);
      expect([ok.status, await ok.json()]).toEqual([200, { id: "1", total: 30 }]);

      const missing = await fetch(`${server.url}/orders/7`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toBe("application/problem+json");
      expect(await missing.text()).toBe(readmeCurlBody(project));

      const method = await fetch(`${server.url}/orders/1`, { method: "DELETE" });
      expect([method.status, method.headers.get("allow"), await problemJson(method)]).toEqual([
        405,
        "GET",
        { type: "about:blank", title: "Method Not Allowed", status: 405, detail: "DELETE is not supported here." },
      ]);

      const searches = [];
      for (let i = 0; i < 3; i++) searches.push(await fetch(`${server.url}/search`));
      const limited = searches[2]!;
      expect(searches.map((r) => r.status)).toEqual([200, 200, 429]);
      expect([limited.headers.get("retry-after"), await problemJson(limited)]).toEqual([
        "60",
        { type: "about:blank", title: "Too Many Requests", status: 429, detail: "No searches left this minute." },
      ]);

      const crash = await fetch(`${server.url}/report`);
      expect([crash.status, await crash.text()]).toEqual([500, '{"type":"about:blank","title":"Internal Server Error","status":500}']);
      expect(await stderrWith(server, "ECONNREFUSED 10.0.0.5:5432")).toContain("ECONNREFUSED 10.0.0.5:5432");
    } finally {
      server.stop();
    }
  });
});
