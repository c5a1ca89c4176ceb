// The package's redocly.yaml, which `pnpm lint` runs on every generated document in its YAML form (documents.test.ts proves
// each JSON form holds the same document, and no test here lints them again): what it
// switches off, and that it fails a broken copy of a document.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { DOCUMENTS, exec, PKG, REDOCLY } from "./helpers.js";

const config = parse(readFileSync(join(PKG, "redocly.yaml"), "utf8")) as { apis: Record<string, { root: string }>; extends: string[]; rules: Record<string, string> };
const scratch = mkdtempSync(join(tmpdir(), "status-openapi-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("redocly.yaml", () => {
  it("lints every generated document (its YAML form) with recommended-strict, and switches off only the two documented rules", () => {
    expect(Object.values(config.apis).map((a) => a.root).sort()).toEqual(DOCUMENTS.filter((f) => f.endsWith(".yaml")).map((f) => `generated/${f}`).sort());
    expect(DOCUMENTS.filter((f) => f.endsWith(".json")).map((f) => f.replace(/json$/, "yaml")).sort()).toEqual(DOCUMENTS.filter((f) => f.endsWith(".yaml")).sort());
    expect(config.extends).toEqual(["recommended-strict"]);
    expect(config.rules).toEqual({ "no-unused-components": "off", "no-empty-servers": "off" });
  });
});

const BROKEN: [what: string, file: string, rule: string, breakIt: (text: string) => string][] = [
  ["an example whose status is a string", "string-status.yaml", "no-invalid-media-type-examples", (text) => text.replace(/status: 404\n/g, 'status: "404"\n')],
  ["a reference to a schema that does not exist", "missing-ref.yaml", "no-unresolved-refs", (text) => text.replace('$ref: "#/components/schemas/ProblemDetails"', '$ref: "#/components/schemas/ProblemDetail"')],
  ["a response without a description", "no-description.yaml", "struct", (text) => text.replace(/(\n {4}NotFound:\n) {6}description: \|-\n(?: {8}.*\n|\n)+/, "$1")],
];

describe("the same lint on broken copies", () => {
  it("fails each copy on the rule it breaks (one run over all of them)", async () => {
    const original = readFileSync(join(PKG, "generated/openapi.yaml"), "utf8");
    const { apis: _apis, ...rest } = config;
    writeFileSync(join(scratch, "redocly.yaml"), stringify(rest));
    for (const [what, file, , breakIt] of BROKEN) {
      const broken = breakIt(original);
      expect(broken, what).not.toBe(original);
      writeFileSync(join(scratch, file), broken);
    }
    const result = await exec(REDOCLY, ["lint", ...BROKEN.map(([, file]) => file), "--config", "redocly.yaml", "--format", "stylish"], scratch);
    expect(result.code, result.output).not.toBe(0);
    // stylish output: a line naming each file, then its problems, until the next file.
    const sections = result.output.split(/\n(?=\S+\.yaml:?\n)/);
    for (const [what, file, rule] of BROKEN) {
      const section = sections.find((s) => s.startsWith(file)) ?? "";
      expect(section, `${what}\n${result.output}`).toMatch(new RegExp(`error +${rule} `));
    }
  });
});
