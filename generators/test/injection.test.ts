import { execFile } from "node:child_process";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { Project } from "ts-morph";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fixture, gen, repoRoot, scratchRoot } from "./support/run.js";

/**
 * Spec text is data, never code: a phrase or description full of comment closers, template syntax,
 * HTML and YAML/Markdown punctuation must come out literally and harmlessly in every output.
 */
const PHRASE = `Evil */ /* \`tick\` \${x} {{y}} | # 'q' "dq" </script> <!-- \u2028 end`;
const DESCRIPTION = `Closes */ opens /* \`code\` \${injected} {{template}} {{{raw}}} | pipe # hash 'single' "double" </script><script>alert(1)</script> <!-- comment \u2028 sep\nsecond line`;
const run = promisify(execFile);
/** Markdown folds any run of whitespace (U+2028 included) into one space, as a renderer shows it. */
const squash = (s: string) => s.replace(/\s+/g, " ");
/** The text a reader sees in rendered HTML. */
const plainText = (html: string) =>
  html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&").trim();
const requireFromDocs = createRequire(join(repoRoot, "packages/docs/package.json"));

const spec = (await readFile(fixture("valid-minimal.yaml"), "utf8")).replace(
  "    vendor: nginx\n",
  `    vendor: nginx\n  - code: 599\n    phrase: ${JSON.stringify(PHRASE)}\n    key: EVIL\n    summary: ${JSON.stringify(PHRASE)}\n    description: ${JSON.stringify(DESCRIPTION)}\n    vendor: ${JSON.stringify("Vendor | <b>*bold*</b>")}\n    aliases: [${JSON.stringify("alias */ {{z}}")}]\n    otherMeanings:\n      - vendor: Other\n        phrase: ${JSON.stringify("Other `x` | y")}\n        description: ${JSON.stringify(DESCRIPTION)}\n`,
);
const root = await scratchRoot(spec);
const text = (path: string) => readFile(join(root, path), "utf8");

describe("hostile text in the spec", () => {
  it("is accepted and generated", async () => {
    expect((await gen("--root", root, "--check")).code).toBe(0);
  });

  it("TypeScript: the package still compiles, and the JSDoc holds the whole text", async () => {
    const core = join(root, "packages/core");
    // Every hand-written module of the package (the generated ones are in src/generated/).
    for (const file of (await readdir(join(repoRoot, "packages/core/src"))).filter((f) => f.endsWith(".ts"))) {
      await cp(join(repoRoot, "packages/core/src", file), join(core, "src", file));
    }
    const options = { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", types: [] };
    await writeFile(join(core, "tsconfig.json"), JSON.stringify({ compilerOptions: options, include: ["src"] }));
    const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
    await expect(run(process.execPath, [tsc, "-p", core], { cwd: core })).resolves.toBeDefined();

    const project = new Project();
    const file = project.addSourceFileAtPath(join(core, "src/generated/status-code.ts"));
    const member = file.getInterfaceOrThrow("StatusCodeConstants").getPropertyOrThrow("EVIL");
    const jsdoc = member.getJsDocs().map((d) => d.getInnerText()).join("\n");
    // `*/` is written as `*\/` so it cannot end the comment; everything else is there as written.
    const readable = jsdoc.replace(/\*\\\//g, "*/");
    expect(readable.replace(/\s+/g, " ")).toContain(DESCRIPTION.replace(/\s+/g, " "));
    expect(file.getInterfaceOrThrow("StatusCodeConstants").getProperties()).toHaveLength(6);
    expect(file.getText()).not.toMatch(/^[^*/]*<\/script>/m); // never outside a comment
  });

  it("TypeScript: the declarations of the OpenAPI and JSON Schema packages compile with the text in them", async () => {
    const declarations = ["packages/openapi/generated/names.d.ts", "packages/json-schema/generated/schemas.d.cts", "packages/json-schema/generated/draft-07/schemas.d.cts"];
    for (const file of declarations) expect(await text(file)).toContain("Evil");
    const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
    // Declaration files are type-checked too (skipLibCheck is off by default).
    const args = ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022"];
    await expect(run(process.execPath, [tsc, ...args, ...declarations.map((f) => join(root, f))], { cwd: root })).resolves.toBeDefined();
  });

  it("TypeScript: the phrase is the same string at run time", async () => {
    const phrases = await text("packages/core/src/generated/phrases.ts");
    const literal = phrases.match(/"Evil[^\n]*?end"/)![0];
    expect(JSON.parse(literal)).toBe(PHRASE);
  });

  it("OpenAPI: YAML and JSON parse back to the same text", async () => {
    for (const name of ["openapi", "openapi-3.0"]) {
      const yaml = parse(await text(`packages/openapi/generated/${name}.yaml`));
      const json = JSON.parse(await text(`packages/openapi/generated/${name}.json`));
      expect(yaml).toEqual(json);
      const response = json.components.responses.Evil;
      expect(response.description).toContain(PHRASE);
      expect(response.description).toContain(DESCRIPTION.split("\n")[0]!.slice(0, 20));
      expect(response.content["application/problem+json"].example.title).toBe(PHRASE);
      expect(response["x-vendor"]).toBe("Vendor | <b>*bold*</b>");
    }
  });

  it("JSON Schema and data: the text round-trips exactly", async () => {
    const schema = JSON.parse(await text("packages/json-schema/generated/status-code.schema.json"));
    expect(JSON.stringify(schema)).toContain(JSON.stringify(PHRASE));
    const data = JSON.parse(await text("packages/json-schema/generated/status-codes.json"));
    const evil = data.statuses.find((s: { code: number }) => s.code === 599);
    expect(evil).toMatchObject({ phrase: PHRASE, description: DESCRIPTION, aliases: ["alias */ {{z}}"] });
  });

  it("Markdown: lints clean, renders the text literally, evaluates no template and injects no HTML", async () => {
    await cp(join(repoRoot, "packages/docs/.markdownlint-cli2.jsonc"), join(root, "packages/docs/.markdownlint-cli2.jsonc"));
    await cp(join(repoRoot, "packages/docs/README.md"), join(root, "packages/docs/README.md"));
    const lint = join(repoRoot, "packages/docs/node_modules/.bin/markdownlint-cli2");
    await expect(run(lint, [], { cwd: join(root, "packages/docs") })).resolves.toBeDefined();

    const MarkdownIt = requireFromDocs("markdown-it");
    const md = new MarkdownIt({ html: true });
    const page = md.render(await text("packages/docs/generated/codes/599.md"));
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<b>/);
    const plain = plainText(page);
    expect(squash(plain)).toContain(squash(DESCRIPTION));
    expect(plain).toContain("{{template}}");
    expect(plain).toContain("Vendor | <b>*bold*</b>");

    // REFERENCE.md puts the phrase in a table cell and a heading: the row keeps its four cells, and both show the text.
    const reference: string = md.render(await text("packages/docs/generated/REFERENCE.md"));
    expect(reference).not.toMatch(/<script/i);
    const row = reference.split("<tr>").find((r) => r.includes('href="codes/599.md"'))!;
    const cells = row.match(/<td[^>]*>[\s\S]*?<\/td>/g)!;
    expect(cells).toHaveLength(4);
    expect(plainText(cells[1]!)).toBe(squash(PHRASE));
    const heading = reference.match(/<h4[^>]*>599 [\s\S]*?<\/h4>/)![0];
    expect(plainText(heading)).toBe(`599 ${squash(PHRASE)}`);
  });
});
