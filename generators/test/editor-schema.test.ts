/**
 * The spec as an editor sees it: the YAML language server (what VS Code's YAML extension runs) reads
 * spec/status-codes.schema.json through the modeline at the top of the spec, as it does for a user. It must flag every
 * problem of the invalid-spec corpus that a schema can state, where `pnpm gen` reports it, and nothing `pnpm gen`
 * accepts; what it cannot flag must be one of the rules that JSON Schema cannot express, listed below with the reason.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { getLanguageService as GetLanguageService, LanguageService } from "yaml-language-server/lib/umd/languageservice/yamlLanguageService.js";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { parseSpec } from "../src/pipeline/parse.js";
import { cases } from "./support/corpus.js";
import { fixture, repoRoot } from "./support/run.js";

// The server's package is UMD without ESM exports; this is the entry its own tests and editors embed.
const { getLanguageService } = createRequire(import.meta.url)("yaml-language-server/lib/umd/languageservice/yamlLanguageService.js") as {
  getLanguageService: typeof GetLanguageService;
};

type Diagnostic = Awaited<ReturnType<LanguageService["doValidation"]>>[number];

/** The problems JSON Schema cannot express, which only `pnpm gen` finds: why, and how its message starts or reads. */
const BEYOND_SCHEMA: [reason: string, message: RegExp][] = [
  ["each code once: uniqueItems compares whole entries, not one field of them", /^duplicate code \d+ /],
  ["keys and names unique across entries, also when derived from the phrase", /is already taken by code \d+/],
  ["a phrase or alias names one code, compared without letter case, across entries", /is also (the phrase|an alias) of code \d+/],
  ["an alias compared with its own entry's phrase, without letter case and spaces", /repeats the phrase of code|is listed twice for code/],
  ["header names unique without letter case", /^header "[^"]+" is defined twice/],
  ["header names that give one error option name (naming.ts's camelCase)", /would both be set by the error option/],
  ["a response name that the OpenAPI documents keep for the generic problem response (the OpenAPI target's own rule)", /the name of the generic problem response/],
  ["a name that the errors module already has: its own exports, a built-in type, or one another code or problem type adds (the core target's own rule)", /would add \w+ to \S+\/errors, /],
  ["a problem type name that the OpenAPI documents keep for their own components (the OpenAPI target's own rule)", /a name the OpenAPI documents keep for their own/],
  ["a header name must be one the top-level list defines: a reference to data elsewhere in the file", /is not defined in the top-level headers list/],
  ["headers and requiredHeaders of one entry compared without letter case", /is also in requiredHeaders/],
  ["how a number is written (404.0, 4.04e2): a schema sees only the number", /must be written as a whole number/],
  ["the constant key that naming.ts derives from a phrase", /gives no usable constant name/],
  ["http for the organisation's own codes only: whose they are depends on organization.name, data elsewhere in the file", /is not an https link/],
  ["a header's reference, required unless the header is the organisation's own (organization.name)", /missing required field "reference"/],
  ["a problem type's status must be an error code that the codes list has and servers send: data elsewhere in the file", /^status \d+ of problem type /],
  ["problem type names unique among themselves and the codes' names, also when derived from the slug", /of problem type "[^"]+" is already taken by|^problem type "[^"]+" is defined twice/],
  ["extension names are mapping keys: pnpm gen reports the key itself and says which of RFC 9457's rules it breaks", /^extension "[^"]+" of problem type /],
  ["an extension's schema compiled as JSON Schema by ajv, whose strict mode also refuses unknown keywords", /is not a valid JSON Schema/],
];

const specDir = `${repoRoot}spec/`;
const requested: string[] = [];
const server = getLanguageService({
  schemaRequestService: async (uri) => (requested.push(uri), readFile(fileURLToPath(uri), "utf8")),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
});
server.configure({ validate: true, completion: true, yamlVersion: "1.2" });
const spec = await readFile(`${specDir}status-codes.yaml`, "utf8");
const modeline = spec.split("\n")[0]!;

let version = 0;
/** A document in spec/ as an editor holds it (nothing is written): the spec's own modeline, then the text. */
function editorDocument(text: string, name: string) {
  const withModeline = text.startsWith(modeline) ? text : `${modeline}\n${text}`;
  return TextDocument.create(pathToFileURL(`${specDir}${name}`).href, "yaml", ++version, withModeline);
}

/** The schema's diagnostics (not the YAML parser's), by 1-based line of the text without the added modeline. */
async function schemaDiagnostics(text: string, name: string): Promise<Map<number, Diagnostic[]>> {
  const shift = text.startsWith(modeline) ? 1 : 0;
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of await server.doValidation(editorDocument(text, name), false)) {
    if (!d.source?.startsWith("yaml-schema")) continue;
    const line = d.range.start.line + shift;
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  return byLine;
}

// Fixtures whose problems come from the rules: the editor's verdict is compared line by line. (A YAML slip stops
// `pnpm gen` before any rule runs, so only the parser has a say there.)
const ruled = await Promise.all(
  cases.map(async ([name, problems]) => ({ name, problems, text: await readFile(fixture(`invalid/${name}.yaml`), "utf8") })),
).then((all) => all.filter(({ text }) => !Array.isArray(parseSpec(text))));

describe("the editor schema", () => {
  it("reaches the editor through the spec's modeline, and finds nothing wrong with the spec", async () => {
    expect(modeline).toBe("# yaml-language-server: $schema=./status-codes.schema.json");
    expect(await schemaDiagnostics(spec, "status-codes.yaml")).toEqual(new Map());
    expect(requested).toEqual([pathToFileURL(`${specDir}status-codes.schema.json`).href]);
  });

  it("sees the rule fixtures of the corpus (most of it)", () => {
    expect(ruled.length).toBeGreaterThan(cases.length / 2);
  });

  it.each(ruled.map((c) => [c.name, c] as const))("%s: flags what the schema states where pnpm gen does, and only that", async (name, { problems, text }) => {
    const editor = await schemaDiagnostics(text, `${name}.yaml`);
    const byLine = new Map(problems.map((p) => [Number(p.split(":")[0]), p.replace(/^\d+:\d+: /, "")]));
    for (const [line, diagnostics] of editor) {
      expect(byLine.has(line), `the editor flags line ${line} ("${diagnostics[0]!.message}"), which pnpm gen accepts`).toBe(true);
    }
    for (const [line, message] of byLine) {
      if (editor.has(line)) continue;
      const beyond = BEYOND_SCHEMA.find(([, pattern]) => pattern.test(message));
      expect(beyond, `line ${line}: "${message}" is not flagged in the editor: state the rule in the schema, or list it in BEYOND_SCHEMA with the reason`).toBeDefined();
    }
  });

  it("tells the editor the same message as pnpm gen for the rules it states itself", async () => {
    const messages = async (name: string) => [...(await schemaDiagnostics(await readFile(fixture(`invalid/${name}.yaml`), "utf8"), `${name}.yaml`)).values()].flat().map((d) => d.message);
    expect(await messages("registry-and-vendor")).toEqual(["has both registry and vendor (IANA codes take registry:, vendor codes take vendor:; remove one)"]);
    expect(await messages("missing-registry-and-vendor")).toEqual(["has neither registry nor vendor (add registry: permanent for an IANA code, or vendor: NAME for an unofficial one)"]);
    expect(await messages("legacy-key-lowercase")).toEqual(["is not UPPER_SNAKE_CASE (write constant keys like NOT_FOUND)"]);
  });

  it.each(["official code (IANA)", "vendor code (unofficial)"])("completes a new entry as the %s skeleton, which the editor and pnpm gen accept", async (label) => {
    const valid = await readFile(fixture("valid-minimal.yaml"), "utf8");
    const typed = `${valid}  - `;
    const lines = typed.split("\n");
    // Line numbers count the modeline that editorDocument puts first.
    const list = await server.doComplete(editorDocument(typed, "completion.yaml"), { line: lines.length, character: 4 }, false);
    const item = list.items.find((i) => i.label === label);
    expect(item?.insertText).toBeDefined();
    // As VS Code inserts a snippet: later lines take the current line's indentation, placeholders their defaults.
    const inserted = item!.insertText!.replace(/\n/g, "\n  ").replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\{?\d+\}?/g, "");
    const completed = `${typed}${inserted}\n`;
    expect(await schemaDiagnostics(`${modeline}\n${completed}`, "completed.yaml")).toEqual(new Map());
    expect(buildModel(Buffer.from(completed), "1.0.0").statuses).toHaveLength(5);
  });

  it("describes every field", async () => {
    const schema = JSON.parse(await readFile(`${specDir}status-codes.schema.json`, "utf8")) as { properties: object; $defs: Record<string, { description?: string; properties?: object }> };
    const undescribed = [["spec", schema.properties] as const, ...Object.entries(schema.$defs).map(([name, def]) => [name, def.properties] as const)].flatMap(([owner, properties]) =>
      Object.entries(properties ?? {}).filter(([, field]) => typeof (field as { description?: unknown }).description !== "string").map(([field]) => `${owner}.${field}`),
    );
    expect(undescribed).toEqual([]);
    expect(schema.$defs.code?.description).toBeTruthy();
    expect(schema.$defs.header?.description).toBeTruthy();
  });
});
