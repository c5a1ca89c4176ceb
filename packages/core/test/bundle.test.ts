import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { RETRYABLE_CODES } from "../src/generated/flags.js";
import { distFile } from "./support.js";

/** Bundle and minify one entry file that imports from the built package, as a user's app would. */
async function bundle(source: string, entry = "index.js"): Promise<string> {
  const result = await build({
    stdin: { contents: source.replaceAll("PKG", JSON.stringify(distFile(entry))), resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// Text that only the phrase table, the description table and the alias table contain.
const PHRASE = "Unprocessable Content";
const DESCRIPTION = "RFC 9110";
const ALIAS = "Request Entity Too Large";

describe("tree-shaking of the built package (esbuild, minified)", () => {
  it.each([
    // esbuild keeps the whole namespace of constants here (bench/results.md says why), but no other table.
    ["a constant", 'import { StatusCode } from PKG; console.log(StatusCode.NOT_FOUND);', "NOT_FOUND"],
    ["a class predicate", "import { isClientError } from PKG; console.log(isClientError(404));", "499"],
    // The minified list of retryable codes, whatever the spec puts in it.
    ["a flag predicate", "import { isRetryable } from PKG; console.log(isRetryable(503));", JSON.stringify(RETRYABLE_CODES)],
    ["isStatusCode and statusClass", "import { isStatusCode, statusClass } from PKG; console.log(isStatusCode(404), statusClass(404));", '"client-error"'],
  ])("importing %s pulls no phrase, alias or description", async (_, source, expected) => {
    const code = await bundle(source);
    expect(code).toContain(expected);
    expect(code).not.toContain(PHRASE);
    expect(code).not.toContain(ALIAS);
    expect(code).not.toContain(DESCRIPTION);
  });

  it("getReasonPhrase pulls the phrases but neither aliases nor descriptions", async () => {
    const code = await bundle("import { getReasonPhrase } from PKG; console.log(getReasonPhrase(422));");
    expect(code).toContain(PHRASE);
    expect(code).not.toContain(ALIAS);
    expect(code).not.toContain(DESCRIPTION);
  });

  it("getStatusCode pulls phrases and aliases, getStatus the descriptions", async () => {
    expect(await bundle("import { getStatusCode } from PKG; console.log(getStatusCode('x'));")).toContain(ALIAS);
    expect(await bundle("import { getStatus } from PKG; console.log(getStatus(404));")).toContain(DESCRIPTION);
  });

  it("the /codes entry lets a bundler inline a single constant", async () => {
    const code = await bundle("import { NOT_FOUND } from PKG; console.log(NOT_FOUND);", "codes.js");
    expect(code).toContain("404");
    expect(code).not.toContain("413");
    expect(code.length).toBeLessThan(100);
  });
});
