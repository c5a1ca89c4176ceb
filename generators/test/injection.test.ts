import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { Node, Project, ts } from "ts-morph";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../src/model.js";
import { buildModel } from "../src/pipeline/build.js";
import { SpecError } from "../src/pipeline/problems.js";
import { render } from "../src/pipeline/render.js";
import { targets } from "../src/targets/index.js";
import { fixture, repoRoot } from "./support/run.js";
import { compileCores } from "./support/typescript.js";

const OPENAPI_TYPES = "packages/openapi/types.d.ts";
const openapiTypes = await readFile(join(repoRoot, OPENAPI_TYPES), "utf8");

/**
 * Spec text is data: whatever a free-text field holds reaches every output literally, or validation refuses it and
 * says where. fast-check writes the texts (arbitrary Unicode mixed with known troublemakers) into every free-text
 * field of one code and one header, and the real pipeline renders every target. Each output is compared with the same
 * spec holding a plain placeholder word in each field: with every placeholder replaced by its text, the two must
 * agree (JSON and YAML values, the text a Markdown page renders and its tags, the JSDoc an editor shows and its tags,
 * and what `getStatus` returns). Checks that compile or lint run once over all samples: one TypeScript program
 * (support/typescript.ts), which also emits the core package that `getStatus` is called from, and one markdownlint run.
 */
const SEED = 1_201_2026;
const RUNS = 25;

const FIELDS = [
  "phrase", "alias", "vendor", "summary", "description", "referenceTitle", "deprecated",
  "otherVendor", "otherPhrase", "otherDescription", "headerDescription", "headerExample", "headerReferenceTitle",
] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;
/** Fields the pipeline trims (block scalars end in a newline); every other one is kept exactly. */
const TRIMMED: readonly Field[] = ["summary", "description"];
const ONE_LINE: readonly Field[] = ["phrase", "otherPhrase"];

const PLACEHOLDERS = Object.fromEntries(FIELDS.map((f) => [f, `Zq${f}qZ`])) as Texts;

const TROUBLE = [
  "*/", "/*", "/**", "*/*", "Accept: */*", "//", "<!--", "-->", "`", "```", "${x}", "{{y}}", "{{{z}}}", "{{> p}}", "{{!c}}",
  "<script>alert(1)</script>", "<b>", "</p>", "&amp;", "&#125;", "&lt;", "[a](javascript:alert(1))", "![i](x)",
  "<https://x.org>", "https://x.org/a_b*c", "www.x.org", "a@b.org", "*em*", "_u_", "**", "~~s~~", "# h", "> q", "- l",
  "1. l", "|", "\\", "\\|", "---", "===", "    code", ": ", "? ", "&a", "*a", "!t", "%TAG", "'", '"', "#", "@see x",
  "{@link https://x.org}", "@", "}", "{", "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u2028", "\u2029", "\u0085", "\u00a0",
  "\u200b", "\ufeff", "\u202e", "\u2066", "\u200f", "\u{1F600}", "\u{1D4B3}", "\u{10FFFF}", "e\u0301", "\u0000", "\u0007", "\u007f", "\u009b", "\ud800", "\udfff",
];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...TROUBLE), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 2 },
);
const anyText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
/** Whether every output can show a text: the schema's `definitions/text` rule (validation refuses the others). */
const showable = (s: string) => /\S/.test(s) && !/[\u0000\ud800-\udfff]/.test(s);
/**
 * Mostly text that validation accepts, so that most samples reach the outputs, and now and then anything. A phrase is
 * one line by the schema's rule, so its line breaks mostly become spaces.
 */
const field = (oneLine: boolean) =>
  fc.oneof(
    { arbitrary: anyText.map((s) => (oneLine ? s.replace(/[\r\n]/g, " ") : s)).filter(showable), weight: 24 },
    { arbitrary: anyText, weight: 1 },
  );
const texts: fc.Arbitrary<Texts> = fc.record(Object.fromEntries(FIELDS.map((f) => [f, field(ONE_LINE.includes(f))])) as Record<Field, fc.Arbitrary<string>>);

/** The test's spec: the minimal fixture's official codes, plus code 599 and header X-Probe holding the texts. */
function specOf(t: Texts): string {
  const spec = parse(FIXTURE) as { headers: object[]; codes: Record<string, unknown>[] };
  spec.codes = spec.codes.filter((c) => c.vendor === undefined); // one vendor, so that sections keep their order
  spec.headers.push({
    name: "X-Probe",
    description: t.headerDescription,
    reference: { title: t.headerReferenceTitle, url: "https://www.rfc-editor.org/rfc/rfc9110" },
    example: t.headerExample,
  });
  spec.codes.push({
    code: 599, phrase: t.phrase, key: "PROBE", name: "Probe", summary: t.summary, description: t.description,
    reference: { title: t.referenceTitle, url: "https://example.org/probe" }, vendor: t.vendor, aliases: [t.alias],
    deprecated: t.deprecated, headers: ["X-Probe"],
    otherMeanings: [{ vendor: t.otherVendor, phrase: t.otherPhrase, description: t.otherDescription }],
  });
  // Double quotes spell every character as an escape or itself, so the YAML holds exactly these strings.
  const yaml = stringify(spec, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  expect(parse(Buffer.from(yaml).toString("utf8")), "the test's own YAML").toEqual(spec);
  return yaml;
}

const FIXTURE = await readFile(fixture("valid-minimal.yaml"), "utf8");
const SPEC_PATH = "spec/status-codes.yaml";

/** Each text as the outputs must hold it. */
const expected = (t: Texts): Texts => Object.fromEntries(FIELDS.map((f) => [f, TRIMMED.includes(f) ? t[f].trim() : t[f]])) as Texts;
/** Replace every placeholder in a string by `value(field)`. */
const PLACEHOLDER = new RegExp(FIELDS.map((f) => PLACEHOLDERS[f]).join("|"), "g");
const fieldOf = new Map(FIELDS.map((f) => [PLACEHOLDERS[f], f]));
const substitute = (s: string, value: (f: Field) => string) => s.replace(PLACEHOLDER, (p) => value(fieldOf.get(p)!));
/** Markdown readers see any run of white space as one space; TypeScript, reading JSDoc, counts U+0085 and U+200B too. */
const collapse = (s: string, space = /\s+/g) => s.replace(space, " ");
const squash = (s: string, space = /\s+/g) => collapse(s, space).trim();
const TS_SPACE = /[\s\u0085\u200b]+/g;

/** Every target's files for these texts, or the SpecError that refuses them; rendered once per texts for the whole file. */
const rendered = new Map<string, GeneratedFile[] | SpecError>();
function renderAll(t: Texts): GeneratedFile[] | SpecError {
  const id = JSON.stringify(t);
  if (!rendered.has(id)) {
    try {
      rendered.set(id, render(buildModel(Buffer.from(specOf(t)), "1.2.3", SPEC_PATH)));
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      rendered.set(id, error);
    }
  }
  return rendered.get(id)!;
}
const baseline = renderAll(PLACEHOLDERS) as GeneratedFile[];
const contentOf = (files: readonly GeneratedFile[], path: string) => files.find((f) => f.path === path)!.content;

// JSON and YAML: every string value that holds placeholders holds the texts instead, at the same place.
function checkData(base: GeneratedFile, got: string, t: Texts) {
  const read = base.path.endsWith(".json") ? (text: string) => JSON.parse(text) as unknown : (text: string) => parse(text) as unknown;
  compareValues(read(base.content), read(got), expected(t), base.path);
}

function compareValues(base: unknown, got: unknown, want: Texts, where: string): void {
  // Rule ids are identifiers derived from names (a vendor's id, say), not text: rules.json's by their form, and the rules
  // of spectral.yaml (keyed by id) in order.
  if (/rules\.json\.rules\[\d+\]\.id$/.test(where)) return void expect(got, where).toMatch(/^status-[a-z0-9-]+$/);
  if (typeof base === "string") return void expect(got, where).toBe(substitute(base, (f) => want[f]));
  if (Array.isArray(base)) {
    expect(got, where).toHaveLength(base.length);
    return base.forEach((b, i) => compareValues(b, (got as unknown[])[i], want, `${where}[${i}]`));
  }
  if (base !== null && typeof base === "object" && /spectral\.yaml\.rules$/.test(where)) {
    return compareValues(Object.values(base), Object.values(got as object), want, `${where}[values]`);
  }
  if (base !== null && typeof base === "object") {
    expect(Object.keys(got as object).sort(), where).toEqual(Object.keys(base).map((key) => substitute(key, (f) => want[f])).sort());
    for (const [key, b] of Object.entries(base)) {
      const k = substitute(key, (f) => want[f]);
      compareValues(b, (got as Record<string, unknown>)[k], want, `${where}.${k}`);
    }
  }
}

// Markdown: the rendered page has the same tags as the placeholder page, and its text is that page's with the texts in.
const requireFromDocs = createRequire(join(repoRoot, "packages/docs/package.json"));
const MarkdownIt = requireFromDocs("markdown-it");
const md = new MarkdownIt({ html: true });
const decode = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
/**
 * The page as a reader gets it: its text, and its elements other than links and code spans. Those two may differ
 * (a vendor whose name gives no anchor is not linked; text that GFM cannot hold in a code span is escaped instead;
 * a web address in prose links to itself), and a link or code span that spec text made itself would lose its
 * brackets or backticks, which the text comparison sees.
 */
function reading(markdown: string) {
  const html = md.render(markdown) as string;
  const tags = (html.match(/<\/?[a-z][a-z0-9]*/g) ?? []).filter((tag) => !/^<\/?(a|code)$/.test(tag));
  const text = html.replace(/<\/?(a|code|em|strong|del)\b[^>]*>/g, "").replace(/<[^>]*>/g, " ");
  return { tags, text: squash(decode(text)) };
}

/** The placeholder files, read once for every sample they are compared with. */
const readBase = <T,>(read: (content: string) => T) => {
  const cache = new Map<string, T>();
  return (base: GeneratedFile) => (cache.has(base.path) ? cache : cache.set(base.path, read(base.content))).get(base.path)!;
};
const baseReading = readBase(reading);

function checkMarkdown(base: GeneratedFile, content: string, t: Texts) {
  const want = baseReading(base);
  const got = reading(content);
  expect(got.tags, `${base.path}: the same elements`).toEqual(want.tags);
  expect(got.text, `${base.path}: the text as written`).toBe(squash(substitute(want.text, (f) => squash(t[f]))));
}

// JSDoc: every comment reads as the placeholder one with the texts in, and has the same tags. Editors render JSDoc
// as Markdown, where a backslash before punctuation shows the punctuation alone and `&#125;` is `}`.
const readDoc = (s: string) => s.replace(/\\([!-/:-@[-`{-~])|&#125;/g, (_, c: string | undefined) => c ?? "}");
const jsDocProject = new Project({ useInMemoryFileSystem: true });
function jsDocs(source: string) {
  const file = jsDocProject.createSourceFile("doc.ts", source, { overwrite: true });
  return file.getDescendants().filter(Node.isJSDocable).flatMap((node) =>
    node.getJsDocs().map((doc) => ({
      text: ts.getTextOfJSDocComment(doc.compilerNode.comment) ?? "",
      tags: doc.getTags().map((tag) => ({ name: tag.getTagName(), text: ts.getTextOfJSDocComment(tag.compilerNode.comment) ?? "" })),
    })),
  );
}

const baseJsDocs = readBase(jsDocs);

function checkJsDoc(base: GeneratedFile, content: string, t: Texts) {
  const want = baseJsDocs(base);
  const got = jsDocs(content);
  expect(got.map((d) => d.tags.map((tag) => tag.name)), `${base.path}: the same JSDoc tags`).toEqual(want.map((d) => d.tags.map((tag) => tag.name)));
  const read = (docs: typeof want) => docs.map((d) => [d.text, ...d.tags.map((tag) => tag.text)]);
  const readWith = (docs: typeof want, value: (f: Field) => string) => read(docs).map((d) => d.map((s) => squash(substitute(readDoc(s), value), TS_SPACE)));
  expect(read(got).map((d) => d.map((s) => squash(readDoc(s), TS_SPACE))), base.path).toEqual(readWith(want, (f) => collapse(expected(t)[f], TS_SPACE)));
}

/** How each kind of output is read: a target that emits a file of another kind fails the first test below until one is added. */
const CHECKS: readonly { kind: RegExp; check: (base: GeneratedFile, content: string, t: Texts) => void }[] = [
  { kind: /\.(json|yaml)$/, check: checkData },
  { kind: /\.md$/, check: checkMarkdown },
  { kind: /\.c?ts$/, check: checkJsDoc },
  // JavaScript entries that only load generated JSON: no text of the spec is in them.
  { kind: /\.c?js$/, check: (base, content) => expect(content, base.path).toBe(base.content) },
];
const checkOf = (path: string) => CHECKS.find((c) => c.kind.test(path))?.check;

/** Every file of a sample read as its kind is, against the placeholder file. */
function checkFiles(files: readonly GeneratedFile[], t: Texts) {
  for (const base of baseline) checkOf(base.path)!(base, contentOf(files, base.path), t);
}

/** A refusal names the spec, a line and a column, what is wrong and how to fix it: one line per problem. */
function checkRefusal(error: SpecError) {
  const lines = error.message.split("\n");
  expect(lines).toHaveLength(error.problems.length);
  for (const line of lines) expect(line).toMatch(new RegExp(`^${SPEC_PATH}:\\d+:\\d+: .+ \\(.+\\)$`, "s"));
}

interface Sample {
  texts: Texts;
  files: GeneratedFile[];
}

const hostile = `Closes */ opens /* \`code\` \${injected} {{template}} {{{raw}}} | pipe # hash 'single' "double" </script><script>alert(1)</script> <!-- comment \u2028 sep\nsecond line`;
/** Texts every run tries first: the last one is refused (a phrase on two lines). */
const EXAMPLES: Texts[] = [
  { ...PLACEHOLDERS, description: "Clients send Accept: */* when any type will do." },
  Object.fromEntries(FIELDS.map((f) => [f, ONE_LINE.includes(f) ? hostile.replace(/\n/g, " ") : hostile])) as Texts,
  { ...PLACEHOLDERS, phrase: "Two\nlines" },
];

/**
 * The accepted samples of the seed, with their files, for the checks that run once over all of them (one TypeScript
 * program, one markdownlint run). Any test may ask first: each renders what the cache does not hold yet.
 */
function samples(): Sample[] {
  return [...EXAMPLES, ...fc.sample(texts, { seed: SEED, numRuns: RUNS })].flatMap((t) => {
    const files = renderAll(t);
    return files instanceof SpecError ? [] : [{ texts: t, files }];
  });
}
const describeSample = (sample: Sample, i: number) => `sample ${i} of seed ${SEED} (add it to the examples to rerun): ${JSON.stringify(sample.texts)}`;

describe("any text in any free-text field", () => {
  it("has a check for every file of every target", () => {
    for (const target of targets) {
      const files = baseline.filter((f) => f.path.startsWith(`${target.dir}/`));
      expect(files.length, `${target.name} emits files`).toBeGreaterThan(0);
      for (const f of files) expect(checkOf(f.path), `${f.path}: no check reads this kind of file (add one to CHECKS)`).toBeDefined();
    }
  });

  it("reaches every output literally, or is refused with its place and a fix", () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(texts, (t) => {
        const files = renderAll(t);
        if (files instanceof SpecError) return void (checkRefusal(files), refused++);
        checkFiles(files, t);
        accepted++;
      }),
      { seed: SEED, numRuns: RUNS, examples: EXAMPLES.map((t) => [t] as [Texts]) },
    );
    // The refused example is the only refusal we count on; most samples must reach the outputs.
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeGreaterThan(RUNS / 2);
  });

  it("compiles in one TypeScript program, and getStatus, getReasonPhrase and getStatusCode return the texts", async () => {
    const accepted = samples();
    // Core's sources, and the declaration files that other packages ship (they are type-checked too).
    const copies = accepted.map((sample) => ({
      generated: sample.files.filter((f) => f.path.startsWith("packages/core/src/generated/")).map((f) => ({ ...f, path: f.path.split("/").pop()! })),
      files: {
        ...Object.fromEntries(sample.files.filter((f) => /\.d\.c?ts$/.test(f.path)).map((f) => [f.path, f.content])),
        // The hand-written types that the OpenAPI package's generated entry declarations import.
        [OPENAPI_TYPES]: openapiTypes,
      },
    }));
    const { diagnostics, output } = compileCores(copies, { emit: true });
    const failing = [...new Set(diagnostics.map((d) => Number(/^\/c(\d+)\//.exec(d)?.[1])))];
    expect(diagnostics.join("\n"), failing.map((i) => describeSample(accepted[i]!, i)).join("\n")).toBe("");

    const dir = await mkdtemp(join(tmpdir(), "status-texts-js-"));
    for (const [path, text] of output) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    for (const i of accepted.keys()) await writeFile(join(dir, `c${i}`, "package.json"), '{ "type": "module" }\n');
    for (const [i, sample] of accepted.entries()) {
      const core = await import(pathToFileURL(join(dir, `c${i}`, "src/index.js")).href);
      const want = expected(sample.texts);
      const about = describeSample(sample, i);
      expect(core.getStatus(599), about).toMatchObject({
        phrase: want.phrase,
        vendor: want.vendor,
        summary: want.summary,
        description: want.description,
        reference: { title: want.referenceTitle, url: "https://example.org/probe" },
        aliases: [want.alias],
        deprecated: want.deprecated,
        otherMeanings: [{ vendor: want.otherVendor, phrase: want.otherPhrase, description: want.otherDescription }],
      });
      expect(core.getReasonPhrase(599), about).toBe(want.phrase);
      expect(core.getStatusCode(want.phrase), about).toBe(599);
      expect(core.getStatusCode(want.alias), about).toBe(599);
    }
  });

  it("lints clean with markdownlint, in one run", async () => {
    const accepted = samples();
    const dir = await mkdtemp(join(tmpdir(), "status-texts-md-"));
    await cp(join(repoRoot, "packages/docs/.markdownlint-cli2.jsonc"), join(dir, ".markdownlint-cli2.jsonc"));
    for (const [i, sample] of accepted.entries()) {
      for (const f of sample.files.filter((file) => file.path.endsWith(".md"))) {
        await mkdir(dirname(join(dir, `s${i}`, f.path)), { recursive: true });
        await writeFile(join(dir, `s${i}`, f.path), f.content);
      }
    }
    const lint = join(repoRoot, "packages/docs/node_modules/.bin/markdownlint-cli2");
    const result = await promisify(execFile)(lint, ["s*/**/*.md"], { cwd: dir }).then(
      () => "",
      (e: { stdout: string; stderr: string }) => `${e.stdout}${e.stderr}`,
    );
    const failing = [...new Set([...result.matchAll(/^s(\d+)\//gm)].map((m) => Number(m[1])))];
    expect(result, failing.map((i) => describeSample(accepted[i]!, i)).join("\n")).toBe("");
  });
});
