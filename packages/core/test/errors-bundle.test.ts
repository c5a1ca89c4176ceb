import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { distFile } from "./support.js";

/** Bundle and minify an entry that imports the built package (`ERRORS` and `ROOT` stand for its two entry files). */
async function bundle(source: string): Promise<string> {
  const contents = source.replaceAll("ERRORS", JSON.stringify(distFile("errors.js"))).replaceAll("ROOT", JSON.stringify(distFile("index.js")));
  const result = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", write: false, logLevel: "silent" });
  return result.outputFiles[0]?.text ?? "";
}

describe("tree-shaking of @org/status-core/errors (esbuild, minified)", () => {
  it("one class pulls HttpError and that class only, without the header code of other classes", async () => {
    const code = await bundle("import { NotFound } from ERRORS; throw new NotFound(globalThis.detail);");
    expect(code).toContain('"Not Found"');
    expect(code).toContain("about:blank");
    for (const other of ['"Bad Request"', '"Too Many Requests"', "Retry-After", "createHttpError"]) expect(code).not.toContain(other);
  });

  it("a class with a header option pulls its own header field only", async () => {
    const code = await bundle("import { TooManyRequests } from ERRORS; throw new TooManyRequests({ retryAfter: globalThis.delay });");
    expect(code).toContain("Retry-After");
    expect(code).not.toContain("WWW-Authenticate");
    expect(code).not.toContain('"Not Found"');
  });

  it("createHttpError pulls the table of titles, not the classes; an unused import pulls nothing", async () => {
    const code = await bundle("import { createHttpError } from ERRORS; throw createHttpError(globalThis.status);");
    expect(code).toContain("Network Connect Timeout Error");
    expect(code).not.toMatch(/NotFound|TooManyRequests|expressErrorHandler|fromResponse/);
    expect(await bundle('import { NotFound } from ERRORS; console.log("x");')).toBe('console.log("x");\n');
  });

  it("the root entry holds no error class: importing everything from it pulls none", async () => {
    expect(readFileSync(distFile("index.js"), "utf8")).not.toMatch(/HttpError|setHeaderOptions|from "\.\/errors/);
    expect(await bundle("import * as core from ROOT; console.log(core);")).not.toContain("HttpError");
  });
});
