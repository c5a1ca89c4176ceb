/**
 * What the consumer project (consumer.test.ts: one packed tarball, one tsc run per resolution mode) does with
 * `@org/status-core/errors`: run it from both builds in one process, type-check it, and run the README's servers.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Both builds in one process (the dual-package hazard): each must recognise the other's errors. */
export const dualPackageScript = `
import { createRequire } from "node:module";
import * as esm from "@org/status-core/errors";
const cjs = createRequire(import.meta.url)("@org/status-core/errors");

const results = {};
for (const [name, lib] of Object.entries({ esm, cjs })) {
  const error = new lib.TooManyRequests("Slow down.", { retryAfter: 30, instance: "/search" });
  results[name + " problem"] = JSON.stringify(error) === '{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Slow down.","instance":"/search"}';
  results[name + " headers"] = error.headers["Retry-After"] === "30";
  results[name + " createHttpError"] = lib.createHttpError(404) instanceof lib.NotFound && lib.createHttpError(477).constructor === lib.HttpError;
  results[name + " RangeError"] = (() => { try { lib.createHttpError(200); } catch (e) { return e instanceof RangeError; } return false; })();
  results[name + " 5xx hides detail"] = !("detail" in new lib.InternalServerError("secret").toProblem());
}
const fromCjs = new cjs.NotFound();
const fromEsm = new esm.NotFound();
results["two copies of the classes"] = esm.NotFound !== cjs.NotFound && esm.HttpError !== cjs.HttpError;
results["isHttpError across builds"] = esm.isHttpError(fromCjs) && cjs.isHttpError(fromEsm);
results["instanceof HttpError across builds"] = fromCjs instanceof esm.HttpError && fromEsm instanceof cjs.HttpError;
results["instanceof the class across builds"] = fromCjs instanceof esm.NotFound && fromEsm instanceof cjs.NotFound;
results["not another class across builds"] = !(fromCjs instanceof esm.BadRequest) && !(new cjs.HttpError(404) instanceof esm.NotFound);
results["lookalikes are not errors"] = !esm.isHttpError({ status: 404, expose: true }) && !({ status: 404 } instanceof cjs.HttpError);
const failed = Object.keys(results).filter((k) => !results[k]);
console.log(failed.length === 0 ? "ok" : "failed: " + failed.join(", "));
`;

/** Type-checked under node16 and bundler resolution (ESM). */
export const errorsTs = `import { createHttpError, HttpError, MethodNotAllowed, NotFound, PaymentRequired, TooManyRequests, type HttpProblem } from "@org/status-core/errors";
import { type AnyHttpError, expressErrorHandler, fastifyErrorHandler, fromResponse, InternalServerError, koaErrorHandler, NestProblemFilter, sendProblem, toHttpError } from "@org/status-core/errors";
const wrapped: InternalServerError = new InternalServerError(new Error("x"));
const made: InternalServerError = createHttpError(500, new Error("x"));
const upstream = createHttpError(502, "Upstream failed", { cause: new Error("x"), data: { host: "db" } });
const response: Response = toHttpError(null).getResponse();
const back: Promise<AnyHttpError | undefined> = fromResponse(response);
const retry: number | Date | undefined = new TooManyRequests({ retryAfter: 1 }).retryAfter;
const statusCode: 404 = new NotFound().statusCode;
export const glue: unknown[] = [wrapped, made, upstream, back, retry, statusCode, expressErrorHandler, fastifyErrorHandler, koaErrorHandler, new NestProblemFilter(), sendProblem];
const notFound: NotFound = createHttpError(404);
const status: 404 = notFound.status;
const plain: HttpError<477> = createHttpError(477);
const paid = new PaymentRequired("Balance too low.", { extensions: { balance: 30 } });
const balance: number = paid.toProblem().balance;
const problem: HttpProblem<402> = paid.toJSON();
const limited = new TooManyRequests({ retryAfter: new Date(), headers: { "RateLimit-Policy": "q=10" } });
const allowed = new MethodNotAllowed({ allow: ["GET", "HEAD"] });
export const all: unknown[] = [status, plain, balance, problem, limited, allowed];
`;

/** Type-checked under node16 only: the CommonJS types (`.d.cts`). */
export const errorsCts = `import errors = require("@org/status-core/errors");
export const gone: 410 = new errors.Gone().status;
`;

/** Lines of the "bad" file that must not compile, with the error each must give (line numbers follow its first line). */
export const errorsBad = {
  source: `import { MethodNotAllowed } from "@org/status-core/errors";\nexport const e = new MethodNotAllowed();\n`,
  error: "error TS2554: Expected 1-2 arguments, but got 0.",
};

/** The README's example servers, each a `js` block whose first line is `// <file>`. */
export function writeReadmeExamples(project: string, names: readonly string[]): void {
  const readme = readFileSync(join(project, "node_modules/@org/status-core/README.md"), "utf8");
  for (const name of names) {
    const block = readme.match(new RegExp("```js\\n// " + name.replace(".", "\\.") + "\\n([\\s\\S]*?)```"))?.[1];
    if (!block) throw new Error(`README.md has no \`\`\`js block starting with // ${name}`);
    writeFileSync(join(project, name), block);
  }
}

/** The body the README shows for `curl -i …/orders/7` in its console block. */
export function readmeCurlBody(project: string): string {
  const readme = readFileSync(join(project, "node_modules/@org/status-core/README.md"), "utf8");
  const body = readme.match(/```console\n\$ curl -i [^\n]*\/orders\/7\n[\s\S]*?\n\n(\{[^\n]*\})\n```/)?.[1];
  if (!body) throw new Error("README.md has no console block with the response to /orders/7");
  return body;
}

/**
 * Waits until a server's stderr holds a text (it may arrive after the response that caused it); gives what it holds.
 * No cap of its own: on a busy machine the line may be late, and the test's timeout ends a wait that never succeeds.
 */
export async function stderrWith(server: Server, text: string): Promise<string> {
  while (!server.stderr().includes(text)) await new Promise((resolve) => setTimeout(resolve, 50));
  return server.stderr();
}

/** A running example server: its URL, what it wrote to stdout and stderr, and a way to stop it. */
export interface Server {
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => void;
}

/** Start `node file` with PORT=0 (and NODE_ENV=production: Express shows a 5xx's stack otherwise) and wait for its `listening on URL` line. */
export function startServer(project: string, file: string): Promise<Server> {
  const child = spawn(process.execPath, [file], { cwd: project, env: { ...process.env, PORT: "0", NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`${file}: ${why}\n${out}${err}`));
    child.on("exit", (code) => fail(`exited with ${code} before listening`));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const url = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (url) resolve({ url, stdout: () => out, stderr: () => err, stop: () => child.kill() });
    });
  });
}
