/** Test support: parse generated Markdown with markdown-it, slug headings with github-slugger, lint with markdownlint-cli2. */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import GithubSlugger from "github-slugger";
import MarkdownIt, { type Token } from "markdown-it";
import type { Model } from "@org/generators/model";
import { docs } from "@org/generators/targets";

/** This package's folder. */
export const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
/** The repository root. */
export const ROOT = join(PACKAGE, "../..");

// HTML is on, so any spec text that escaped the escaping would show up as an html token.
const md = new MarkdownIt({ html: true });

/** A heading with its text content and the anchor GitHub gives it. */
export interface Heading {
  level: number;
  text: string;
  slug: string;
}

/** A table as the text content of its cells. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** What the tests look at in one Markdown file. */
export interface ParsedDoc {
  headings: Heading[];
  slugs: Set<string>;
  paragraphs: string[];
  links: string[];
  tables: Table[];
  /** Raw HTML that reached the output (blocks and inline). */
  html: string[];
  rendered: string;
}

/** The text a reader sees in inline content: escapes resolved, code and link text kept, markup dropped. */
function textOf(tokens: readonly Token[] | null): string {
  return (tokens ?? [])
    .map((t) => (["text", "text_special", "code_inline", "html_inline"].includes(t.type) ? t.content : /break$/.test(t.type) ? " " : ""))
    .join("");
}

/** Parse Markdown into headings (slugged like GitHub, in order), paragraphs, links, tables and stray HTML. */
export function parseDoc(content: string): ParsedDoc {
  const tokens = md.parse(content, {});
  const slugger = new GithubSlugger();
  const doc: ParsedDoc = { headings: [], slugs: new Set(), paragraphs: [], links: [], tables: [], html: [], rendered: md.render(content) };
  let table: Table | undefined;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.type === "heading_open" && next) {
      const text = textOf(next.children);
      const slug = slugger.slug(text);
      doc.headings.push({ level: Number(token.tag.slice(1)), text, slug });
      doc.slugs.add(slug);
    } else if (token.type === "paragraph_open" && next) doc.paragraphs.push(textOf(next.children));
    else if (token.type === "table_open") doc.tables.push((table = { header: [], rows: [] }));
    else if (token.type === "tr_open" && table && table.header.length > 0) table.rows.push([]);
    else if (token.type === "th_open" && table && next) table.header.push(textOf(next.children));
    else if (token.type === "td_open" && table && next) table.rows.at(-1)!.push(textOf(next.children));
    else if (token.type === "html_block") doc.html.push(token.content.trim());
    for (const child of token.children ?? []) {
      if (child.type === "link_open") doc.links.push(child.attrGet("href") ?? "");
      if (child.type === "html_inline") doc.html.push(child.content);
    }
  });
  return doc;
}

/** Every relative link and `#fragment` in `files` (path → Markdown) that points at no file or no heading. */
export function brokenLinks(files: ReadonlyMap<string, string>): string[] {
  const docs = new Map([...files].map(([path, content]) => [path, parseDoc(content)]));
  const broken: string[] = [];
  for (const [path, doc] of docs) {
    for (const link of doc.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // external
      const hash = link.indexOf("#");
      const file = hash === -1 ? link : link.slice(0, hash);
      const target = file === "" ? path : posix.normalize(posix.join(posix.dirname(path), file));
      const fragment = hash === -1 ? undefined : decodeURIComponent(link.slice(hash + 1));
      const targetDoc = docs.get(target);
      if (!targetDoc || (fragment !== undefined && !targetDoc.slugs.has(fragment))) broken.push(`${path}: ${link}`);
    }
  }
  return broken;
}

const run = promisify(execFile);
const CLI = join(PACKAGE, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");

/** Run markdownlint-cli2 with this package's config on `files` (path → Markdown), written to a temporary folder. */
export async function lint(files: ReadonlyMap<string, string>): Promise<{ exitCode: number; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), "status-docs-lint-"));
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    const args = [CLI, "--config", join(PACKAGE, ".markdownlint-cli2.jsonc"), "--no-globs", "**/*.md"];
    const { stdout, stderr } = await run(process.execPath, args, { cwd: dir });
    return { exitCode: 0, output: stdout + stderr };
  } catch (e) {
    const error = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof error.code !== "number") throw e;
    return { exitCode: error.code, output: `${error.stdout ?? ""}${error.stderr ?? ""}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The docs target's files for a model, by path inside `generated/`. */
export function renderDocs(model: Model): Map<string, string> {
  return new Map(docs.generate(model).map((f) => [f.path, f.content]));
}
