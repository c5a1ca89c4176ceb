// The README's framework recipes, run from the packed package (global-setup.ts) against the real frameworks over
// 127.0.0.1: each app and one app per framework without any glue are started once, in parallel, and asked in turn.
// The client side (`fromResponse`, from the same package) reads their answers back.
import { copyFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildModel } from "@org/generators/build";
import { sampleExtensions } from "@org/generators/samples";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type * as Errors from "../src/errors.js";
import { type Server, startServer, stderrWith, writeReadmeExamples } from "./consumer-errors.js";
import { jsonSchemaName, packageName } from "./support.js";

// The spec's first problem type, whichever the organisation declares; none: its test is skipped and says why.
const [problemType] = buildModel(readFileSync(new URL("../../../spec/status-codes.yaml", import.meta.url)), "0.0.0").problemTypes;

const APPS = ["express", "koa", "fastify", "hono", "nest"] as const;
type Framework = (typeof APPS)[number];

let errors: typeof Errors;
const recipe = {} as Record<Framework, Server>;
let plain: Server;
let plainUrls: Record<Framework, string>;

beforeAll(async () => {
  const project = inject("consumerProject");
  writeReadmeExamples(project, APPS.map((name) => `${name}.mjs`));
  copyFileSync(new URL("fixtures/plain.mjs", import.meta.url), join(project, "plain.mjs"));
  errors = (await import(pathToFileURL(join(project, "node_modules", packageName, "dist/errors.js")).href)) as typeof Errors;
  const started = await Promise.all([...APPS.map((name) => startServer(project, `${name}.mjs`)), startServer(project, "plain.mjs")]);
  APPS.forEach((name, i) => (recipe[name] = started[i]!));
  plain = started.at(-1)!;
  plainUrls = JSON.parse(plain.stdout().match(/^urls (.*)$/m)![1]!) as Record<Framework, string>;
});

afterAll(() => {
  for (const server of [...Object.values(recipe), plain]) server?.stop();
});

const problemOf = async (response: Response) => [response.status, response.headers.get("content-type")?.split(";")[0], await response.json()];
const notFound = { type: "about:blank", title: "Not Found", status: 404, detail: "There is nothing at /orders/7." };
const tooMany = { type: "about:blank", title: "Too Many Requests", status: 429, detail: "Slow down." };
const hidden = { type: "about:blank", title: "Internal Server Error", status: 500 };

describe("with no error handler of one's own, a thrown error answers with its status and headers", () => {
  it.each(APPS)("%s", async (name) => {
    const path = (p: string) => `${plainUrls[name]}${name === "nest" ? p.slice(0, 1) + p.slice(1).replace("/", "-") : p}`;
    const missing = await fetch(path("/orders/7"));
    const limited = await fetch(path("/search"));
    expect([missing.status, limited.status]).toEqual([404, 429]);
    // NestJS's default filter sets no headers (the README says so); the others send the error's.
    expect(limited.headers.get("retry-after")).toBe(name === "nest" ? null : "30");
    if (name === "hono") {
      // Hono answers with the error's own getResponse(): the problem itself.
      expect(await problemOf(missing)).toEqual([404, "application/problem+json", notFound]);
      expect(await problemOf(limited)).toEqual([429, "application/problem+json", tooMany]);
    }
    // A 5xx's detail is not exposed: every framework but Fastify reads `expose` (the README says so; fastifyErrorHandler mends it).
    const failed = await fetch(path("/report"));
    expect(failed.status).toBe(500);
    if (name === "fastify") expect(await failed.text()).toContain("ECONNREFUSED");
    else expect(await failed.text()).not.toContain("ECONNREFUSED");
  });
});

describe("the README's recipe answers every error as a problem", () => {
  it.each(APPS)("%s: the status, the headers, detail only when exposed", async (name) => {
    const { url } = recipe[name];
    expect(await problemOf(await fetch(`${url}/orders/7`))).toEqual([404, "application/problem+json", notFound]);
    const limited = await fetch(`${url}/search`);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(await problemOf(limited)).toEqual([429, "application/problem+json", tooMany]);
    expect(await problemOf(await fetch(`${url}/report`))).toEqual([500, "application/problem+json", hidden]);
  });

  it.each(["express", "koa", "nest"] as const)("%s logs the cause of a 5xx on the server", async (name) => {
    expect(await stderrWith(recipe[name], "ECONNREFUSED 10.0.0.5:5432")).toContain("ECONNREFUSED 10.0.0.5:5432");
  });

  it("express: express.json()'s 400 and 413 keep their status, and a problem type with extensions", async () => {
    const post = (body: string) => fetch(`${recipe.express.url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect((await post('{"total":10}')).status).toBe(201);
    expect(await problemOf(await post('{"total":50}'))).toEqual([
      402,
      "application/problem+json",
      { type: "https://example.com/problems/out-of-credit", title: "You do not have enough credit.", status: 402, detail: "Your balance is 30, but that costs 50.", balance: 30 },
    ]);
    expect(await problemOf(await post("{total"))).toEqual([400, "application/problem+json", expect.objectContaining({ title: "Bad Request", status: 400, detail: expect.any(String) })]);
    expect(await problemOf(await post(`{"pad":"${"x".repeat(200_000)}"}`))).toEqual([413, "application/problem+json", expect.objectContaining({ title: "Content Too Large", status: 413 })]);
  });

  it("fastify: a validation error stays a 400 with its message", async () => {
    const invalid = await fetch(`${recipe.fastify.url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await problemOf(invalid)).toEqual([400, "application/problem+json", { type: "about:blank", title: "Bad Request", status: 400, detail: "body must have required property 'total'" }]);
  });

  it("nest: Nest's own 404 for an unknown route keeps its status", async () => {
    expect(await problemOf(await fetch(`${recipe.nest.url}/nowhere`))).toEqual([404, "application/problem+json", { type: "about:blank", title: "Not Found", status: 404, detail: "Cannot GET /nowhere" }]);
  });
});

describe("fromResponse turns the servers' answers back into the errors thrown", () => {
  it.each(APPS)("%s", async (name) => {
    const { url } = recipe[name];
    const limited = await errors.fromResponse(await fetch(`${url}/search`));
    expect(limited).toBeInstanceOf(errors.TooManyRequests);
    if (!(limited instanceof errors.TooManyRequests)) throw new Error("not narrowed");
    expect([limited.status, limited.retryAfter, limited.detail, limited.headers]).toEqual([429, 30, "Slow down.", { "Retry-After": "30" }]);
    const missing = await errors.fromResponse(await fetch(`${url}/orders/7`));
    expect([missing instanceof errors.NotFound, missing?.toProblem()]).toEqual([true, notFound]);
    const failed = await errors.fromResponse(await fetch(`${url}/report`));
    expect([failed instanceof errors.InternalServerError, failed?.detail]).toEqual([true, undefined]);
  });

  it("keeps the problem type and extension members (express)", async () => {
    const response = await fetch(`${recipe.express.url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"total":50}' });
    const error = await errors.fromResponse(response);
    expect(error).toBeInstanceOf(errors.PaymentRequired);
    expect([error?.type, error?.title, error?.extensions]).toEqual(["https://example.com/problems/out-of-credit", "You do not have enough credit.", { balance: 30 }]);
  });

  it.each(["express", "fastify", "koa", "nest"] as const)("a non-problem answer (%s with no glue) gives an error of its status", async (name) => {
    const error = await errors.fromResponse(await fetch(`${plainUrls[name]}${name === "nest" ? "/orders-7" : "/orders/7"}`));
    expect([error instanceof errors.NotFound, error?.detail, error?.extensions]).toEqual([true, undefined, {}]);
  });

  it("a 2xx gives undefined", async () => {
    expect(await errors.fromResponse(await fetch(`${recipe.express.url}/orders`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"total":1}' }))).toBeUndefined();
  });
});

describe.skipIf(!problemType)(
  problemType ? `the spec's first problem type (${problemType.slug}), thrown by a server, comes back from fromResponse as its class` : "problem types: skipped, spec/status-codes.yaml declares none",
  () => {
    // The type's schema from the JSON Schema package's tarball (installed beside this one), loaded as its README says:
    // the entry's schemas added to a strict ajv with formats, then the type's file, which refers to them by $id.
    const validateProblem = () => {
      const require = createRequire(join(inject("consumerProject"), "package.json"));
      const ajv = formats.default(new Ajv2020({ strict: true }));
      ajv.addSchema([...(require(jsonSchemaName) as { schemas: object[] }).schemas]);
      const schema = require(`${jsonSchemaName}/problem-types/${problemType!.slug}.schema.json`) as { $id: string };
      return { ajv, validate: ajv.getSchema(schema.$id) ?? ajv.compile(schema) };
    };

    it.each(["express", "hono"] as const)("%s: the same class, type URI, status and extension members; the body fits the type's JSON Schema", async (name) => {
      const p = problemType!;
      const extensions = sampleExtensions(p);
      const response = await fetch(`${plainUrls[name]}/problem-types/${p.name}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`);
      const wire = (await response.clone().json()) as unknown;
      expect([response.status, response.headers.get("content-type")?.split(";")[0]]).toEqual([p.status.code, "application/problem+json"]);
      expect(wire).toEqual({ type: p.uri, title: p.title, status: p.status.code, ...extensions });
      const { ajv, validate } = validateProblem();
      expect(validate(wire), ajv.errorsText(validate.errors)).toBe(true);

      const error = await errors.fromResponse(response);
      const classes = errors as unknown as Record<string, abstract new (...args: never[]) => unknown>;
      expect(error).toBeInstanceOf(classes[p.name]!);
      expect(error).toBeInstanceOf(classes[p.status.name]!);
      expect(error).toBeInstanceOf(errors.HttpError);
      expect([error?.name, error?.type, error?.status, error?.extensions]).toEqual([p.name, p.uri, p.status.code, extensions]);
    });
  },
);
