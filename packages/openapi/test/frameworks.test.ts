// The README's code-first recipes, run as a user runs them: the tarballs of this package and of @org/status-core (packed once,
// global-setup.ts) installed in one scratch project with the real frameworks (the pinned devDependencies, linked in), the
// recipes and a type test compiled in one tsc program, one server per framework on 127.0.0.1; then their answers are checked,
// and the documents they generate are linted with Redocly's `recommended` rules and Spectral's `spectral:oas`, each with the
// package's rules.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { exec, NAME, npmInstall, PKG, REDOCLY, redoclyReports, ROOT, SPECTRAL, TSC } from "./helpers.js";

const FRAMEWORKS = ["fastify", "nest", "hono"] as const;
type Framework = (typeof FRAMEWORKS)[number];

/** What the scratch project links in from this package's devDependencies (their own dependencies resolve from their real paths). */
const LINKED = [
  "fastify",
  "@fastify/swagger",
  "@nestjs/common",
  "@nestjs/core",
  "@nestjs/platform-express",
  "@nestjs/swagger",
  "reflect-metadata",
  "rxjs",
  "hono",
  "@hono/zod-openapi",
  "@hono/node-server",
  "zod",
];

let dir = "";
let tsc: Promise<{ code: number; output: string }>;
const servers = new Map<Framework, Promise<{ url: string; child: ChildProcess }>>();

/** The README's recipe for one framework: the ```ts block whose first line is `// <name>.ts`. */
function recipe(readme: string, name: Framework): string {
  const block = readme.match(new RegExp("```ts\\n// " + name + "\\.ts\\n([\\s\\S]*?)```"))?.[1];
  if (!block) throw new Error(`README.md has no \`\`\`ts block starting with // ${name}.ts`);
  return block;
}

/** Start a compiled recipe with PORT=0; resolves once it prints the address it listens on. */
function start(name: Framework): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join("out", `${name}.js`)], { cwd: dir, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stderr!.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => reject(new Error(`${name}.js exited with ${code} before listening\n${out}`)));
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "status-openapi-frameworks-"));
  const { openapi, core } = inject("tarballs");
  const installed = await npmInstall(dir, [openapi, core]);
  expect(installed.code, installed.output).toBe(0);
  for (const name of [...LINKED, "@types/node"]) {
    const from = realpathSync(join(name === "@types/node" ? ROOT : PKG, "node_modules", name));
    mkdirSync(dirname(join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(from, join(dir, "node_modules", name), "dir");
  }
  const readme = readFileSync(join(dir, "node_modules", NAME, "README.md"), "utf8");
  for (const name of FRAMEWORKS) writeFileSync(join(dir, `${name}.ts`), recipe(readme, name));
  copyFileSync(join(PKG, "test/fixtures/frameworks/types.ts"), join(dir, "types.ts"));
  writeFileSync(join(dir, ".spectral.yaml"), `extends: ["spectral:oas", "./node_modules/${NAME}/generated/spectral.yaml"]\n`);
  writeFileSync(join(dir, "redocly.yaml"), `plugins:\n  - ./node_modules/${NAME}/lint/redocly.js\nextends:\n  - recommended\n  - status/recommended\n`);
  const compilerOptions = {
    strict: true,
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    // The frameworks' own declarations are not under test (the consumer test checks the package's without skipLibCheck).
    skipLibCheck: true,
    types: ["node"],
    outDir: "out",
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: [...FRAMEWORKS.map((f) => `${f}.ts`), "types.ts"] }));
  // tsc emits even when the type test fails, so the servers can start while its verdict is checked on its own.
  tsc = exec(TSC, ["-p", "tsconfig.json"], dir);
  await tsc;
  for (const name of FRAMEWORKS) servers.set(name, start(name));
  await Promise.allSettled(servers.values());
});

afterAll(async () => {
  for (const server of servers.values()) await server.then(({ child }) => child.kill(), () => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it("the recipes and the type test compile in one tsc program, and every @ts-expect-error in it fails", async () => {
  const result = await tsc;
  expect(result.code, result.output).toBe(0);
});

const documents = new Map<Framework, Promise<Record<string, unknown>>>();
const documentOf = (name: Framework) => {
  if (!documents.has(name)) documents.set(name, servers.get(name)!.then(({ url }) => fetch(`${url}/openapi.json`)).then((r) => r.json() as Promise<Record<string, unknown>>));
  return documents.get(name)!;
};

describe.each(FRAMEWORKS)("the README's %s recipe, served on 127.0.0.1", (name) => {
  const get = async (path: string) => {
    const { url } = await servers.get(name)!;
    const response = await fetch(`${url}${path}`);
    return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
  };

  it("answers the route as declared", async () => {
    expect(await get("/orders/1")).toMatchObject({ status: 200, body: { id: "1", total: 42 } });
  });

  it.each([
    ["the route's own error", "/orders/7", 404, { type: "about:blank", title: "Not Found", status: 404, detail: "There is no order 7." }],
    ["the framework's 404 of an unknown path", "/no/such/path", 404, { type: "about:blank", title: "Not Found", status: 404 }],
    ["the framework's failed validation", "/orders/seven", 400, { type: "about:blank", title: "Bad Request", status: 400 }],
  ])("answers %s as application/problem+json", async (_, path, status, problem) => {
    const answer = await get(path);
    expect(answer.status, JSON.stringify(answer.body)).toBe(status);
    expect(answer.type).toMatch(/^application\/problem\+json\b/);
    expect(answer.body).toMatchObject(problem);
  });

  it("documents the package's responses with their problem bodies and headers, with nothing left to resolve", async () => {
    const doc = await documentOf(name);
    expect(JSON.stringify(doc)).not.toContain("ProblemDetails");
    type Response = { description: string; content: Record<string, unknown>; headers?: Record<string, { description: string; schema: object }> };
    const { responses } = Object.values(doc.paths as Record<string, { get: { responses: Record<string, Response> } }>)[0]!.get;
    expect(Object.keys(responses).sort()).toEqual(["200", "400", "401", "404"]);
    for (const [code, phrase] of [["400", "Bad Request"], ["401", "Unauthorized"], ["404", "Not Found"]] as const) {
      expect(responses[code]!.description).toMatch(new RegExp(`^${code} ${phrase}\n\n`));
      expect(Object.keys(responses[code]!.content)).toEqual(["application/problem+json"]);
    }
    // Required in NestJS's and Hono's documents; @fastify/swagger cannot say so, but keeps the header valid.
    const challenge = { description: expect.stringMatching(/^The authentication scheme/), schema: { type: "string" } };
    expect(responses["401"]!.headers!["WWW-Authenticate"]).toEqual(name === "fastify" ? challenge : { ...challenge, required: true, example: expect.any(String) });
  });
});

// The two linters run at once, on the documents written once.
describe.concurrent("the documents the three recipes generate", () => {
  let written: Promise<string[]> | undefined;
  const files = () =>
    (written ??= Promise.all(FRAMEWORKS.map(documentOf)).then((docs) =>
      FRAMEWORKS.map((name, i) => (writeFileSync(join(dir, `${name}.openapi.json`), JSON.stringify(docs[i], null, 2)), `${name}.openapi.json`)),
    ));

  it("lint clean with Redocly's recommended rules and the package's Redocly plugin", async () => {
    const result = await exec(REDOCLY, ["lint", ...(await files()), "--config", "redocly.yaml", "--format", "json"], dir);
    expect(result.code, result.output).toBe(0);
    const reports = redoclyReports<{ totals: object }>(result.stdout);
    expect(reports.map((r) => r.totals)).toEqual(FRAMEWORKS.map(() => ({ errors: 0, warnings: 0, ignored: 0 })));
  });

  it("lint clean with Spectral's spectral:oas and the package's ruleset", async () => {
    const result = await exec(SPECTRAL, ["lint", ...(await files()), "--fail-severity", "hint"], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("No results with a severity of 'hint' or higher found!");
  });
});
