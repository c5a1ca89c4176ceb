import { describe, expect, it } from "vitest";
import { type Entry, modelOf } from "@org/generators/testing";
import { brokenLinks, parseDoc, renderDocs, type ParsedDoc } from "./support.js";

/** Text that means something to Markdown, HTML or handlebars; each must reach the reader exactly as written. */
const NASTY = [
  "Pipe | in | cells",
  "*Stars* and **bold**",
  "<script>alert(1)</script>",
  "Back`ticks` and ``double``",
  "{{x}} and {{{y}}} stay",
  "snake_case and _under_",
  "Line one\nline two",
  "[Not](a link) ![nor](an image)",
  "&amp; &lt;b&gt; AT&T",
  "# Not a heading",
  "- not a list",
  "1. not ordered",
  "> not a quote",
  "Back\\slash \\",
  "~~not struck~~",
  "www.example.com, a@b.co and https://example.com/x_y.",
  "$x$ and <!-- no comment -->",
];

const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const NASTY_TITLE = "Title | `t` *u* <v>";

/** Even cases are official 4xx codes with every optional field; odd ones are vendor codes outside 100-599. */
function nastyEntry(s: string, i: number): Entry {
  const official = i % 2 === 0;
  return {
    code: official ? 400 + i : 600 + i,
    phrase: flat(s), // a reason phrase is one line
    key: `NASTY_${i}`,
    name: `Nasty${i}`,
    ...(official ? { registry: "permanent" } : { vendor: `Vendor ${s}` }),
    summary: s,
    description: Array(8).fill(s).join(" "),
    reference: { title: `${NASTY_TITLE} ${i}`, url: "https://example.com/a(b)|c<d>" },
    ...(official && {
      aliases: [`${flat(s)} (old)`, `Plain alias ${i}`],
      legacyKeys: [`OLD_NASTY_${i}`],
      deprecated: s,
      cacheable: true,
      otherMeanings: [{ vendor: `Other ${s}`, phrase: flat(s), description: s }],
    }),
    noStore: !official,
    headers: ["X-Nasty"],
  };
}

const model = modelOf(NASTY.map(nastyEntry), {
  version: "9.9.9-next.1",
  headers: [{ name: "X-Nasty", description: NASTY.join(" "), reference: { title: NASTY_TITLE, url: "https://example.com/h" }, example: "a | `b` <c>" }],
});
const files = renderDocs(model);
const reference = parseDoc(files.get("REFERENCE.md")!);
const row = (doc: ParsedDoc, first: string) => doc.tables.flatMap((t) => t.rows).filter((r) => r[0] === first);

describe("spec text with Markdown-significant characters", () => {
  it.each(NASTY.map((s, i) => [JSON.stringify(s), s, model.statuses.find((st) => st.key === `NASTY_${i}`)!] as const))("%s renders literally", (_, s, status) => {
    const title = `${status.code} ${flat(s)}`;
    const page = parseDoc(files.get(`codes/${status.code}.md`)!);
    for (const doc of [reference, page]) {
      expect(doc.headings.map((h) => h.text)).toContain(title);
      expect(doc.paragraphs).toContain(flat(s));
      expect(doc.paragraphs).toContain(flat(status.description));
    }
    expect(page.headings[0]).toMatchObject({ level: 1, text: title });

    // index row: every cell in place, so nothing split or swallowed a cell
    expect(row(reference, String(status.code))).toEqual([
      [String(status.code), flat(s) + (status.deprecated ? " (deprecated)" : ""), status.official ? "4xx" : "none", status.official ? "IANA, permanent" : `Vendor ${flat(s)}`],
    ]);
    expect(row(page, "Reference")).toEqual([["Reference", `${NASTY_TITLE} ${NASTY.indexOf(s)}`]]);
    if (status.official) {
      expect(page.paragraphs).toContain(`Deprecated: ${flat(s)}`);
      expect(row(page, "Also known as")).toEqual([["Also known as", `${flat(s)} (old); Plain alias ${NASTY.indexOf(s)}`]]);
      expect(row(page, `Other ${flat(s)}`)).toEqual([[`Other ${flat(s)}`, flat(s), flat(s)]]);
    } else {
      expect(row(page, "Used by")).toEqual([["Used by", `Vendor ${flat(s)}`]]);
      expect(reference.headings).toContainEqual(expect.objectContaining({ level: 3, text: `Vendor ${flat(s)}` }));
    }
  });

  it("keeps header fields, examples and reference titles literal", () => {
    expect(reference.paragraphs).toContain(flat(NASTY.join(" ")));
    expect(row(reference, "Example")).toEqual([["Example", "X-Nasty: a | `b` <c>"]]);
    expect(row(reference, "Reference")).toContainEqual(["Reference", NASTY_TITLE]);
  });

  it("lets no HTML through: the only raw HTML is the generated-file notice", () => {
    for (const [path, content] of files) {
      const doc = parseDoc(content);
      expect(doc.html, path).toEqual([expect.stringMatching(/^<!-- Generated from spec\/status-codes\.yaml by `pnpm gen`\. Do not edit by hand\. -->$/)]);
      expect(doc.rendered, path).not.toMatch(/<script|<b>|<!-- no comment|<c>|<v>/);
    }
  });

  it("keeps every table rectangular and percent-encodes link destinations", () => {
    for (const [path, content] of files) {
      for (const table of parseDoc(content).tables) {
        for (const r of table.rows) expect(r.length, `${path}: ${r.join(" | ")}`).toBe(table.header.length);
      }
    }
    expect(reference.links).toContain("https://example.com/a%28b%29%7Cc%3Cd%3E");
  });

  it("leaves every internal link and anchor resolvable", () => {
    expect(brokenLinks(files)).toEqual([]);
  });

  // Lint-clean under any text is generators/test/injection.test.ts's markdownlint run, over its property's samples.
});
