// The JS entry in this folder, from ESM and CommonJS, against the generated JSON.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as esm from "../index.js";
import { loadDocument, PKG } from "./helpers.js";

const cjs = createRequire(import.meta.url)("../index.cjs") as typeof esm;

describe.each([
  ["ESM", esm],
  ["CJS", cjs],
])("the %s entry", (_, entry) => {
  it("exports exactly the 3.1 and 3.0 documents", () => {
    expect(Object.keys(entry).filter((k) => k !== "default").sort()).toEqual(["openapi", "openapi30"]);
    expect(entry.openapi).toEqual(loadDocument("openapi.json"));
    expect(entry.openapi30).toEqual(loadDocument("openapi-3.0.json"));
  });
});

describe("the type declarations", () => {
  it("are the same for ESM (index.d.ts) and CommonJS (index.d.cts)", () => {
    expect(readFileSync(join(PKG, "index.d.cts"), "utf8")).toBe(readFileSync(join(PKG, "index.d.ts"), "utf8"));
  });
});
