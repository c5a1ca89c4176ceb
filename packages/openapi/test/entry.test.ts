// The generated JS entry, from ESM and CommonJS, against the generated JSON.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as esm from "../generated/index.js";
import { loadDocument } from "./helpers.js";

const cjs = createRequire(import.meta.url)("../generated/index.cjs") as typeof esm;

/**
 * A document's responses of a code (not its aliases, which are references, nor the generic problem response, which has no
 * code), with every `$ref` replaced by what it points to.
 */
function resolved(file: string): Record<string, unknown> {
  const doc = loadDocument(file);
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value !== "object" || value === null) return value;
    const { $ref, ...rest } = value as { $ref?: string };
    if ($ref !== undefined) return resolve($ref.split("/").slice(1).reduce<any>((node, key) => node[key], doc));
    return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, resolve(v)]));
  };
  return Object.fromEntries(Object.entries(doc.components.responses).filter(([, r]) => "x-status-code" in r).map(([name, r]) => [name, resolve(r)]));
}

describe.each([
  ["ESM", esm],
  ["CJS", cjs],
])("the %s entry", (_, entry) => {
  it("exports the 3.1 and 3.0 documents, their responses on their own, and fastifyResponse", () => {
    expect(Object.keys(entry).filter((k) => k !== "default").sort()).toEqual(["fastifyResponse", "openapi", "openapi30", "responses", "responses30"]);
    expect(entry.openapi).toEqual(loadDocument("openapi.json"));
    expect(entry.openapi30).toEqual(loadDocument("openapi-3.0.json"));
  });

  it("has each response of the documents under its current name, the problem schema written in place of its reference", () => {
    expect(entry.responses).toEqual(resolved("openapi.json"));
    expect(entry.responses30).toEqual(resolved("openapi-3.0.json"));
    expect(JSON.stringify([entry.responses, entry.responses30])).not.toContain("$ref");
  });
});

describe("fastifyResponse", () => {
  it("turns headers into JSON Schemas with their descriptions, keeps the problem body, and leaves out the extensions", () => {
    const { TooManyRequests } = esm.responses;
    expect(esm.fastifyResponse(TooManyRequests)).toEqual({
      description: TooManyRequests.description,
      headers: { "Retry-After": { type: "string", description: TooManyRequests.headers["Retry-After"].description } },
      content: TooManyRequests.content,
    });
  });

  it("gives a response without content `type: null`, so that no body is documented or serialized", () => {
    expect(esm.fastifyResponse(esm.responses30.NoContent)).toEqual({ description: esm.responses30.NoContent.description, type: "null" });
  });
});
