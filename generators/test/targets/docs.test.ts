import { describe, expect, it } from "vitest";
import { docs } from "../../src/targets/docs.js";
import { cellCode, code, heading, href, inline, paragraph } from "../../src/targets/docs/markdown.js";
import { HEADERS, modelOf } from "../support/model.js";

const official = { summary: "A summary.", description: "A description.", reference: { title: "RFC 9110, Section 15.5.5", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" } };
const model = modelOf([
  { ...official, code: 404, phrase: "Not Found", cacheable: true },
  { ...official, code: 429, phrase: "Too Many Requests", retryable: true, headers: ["retry-after"] },
  { ...official, code: 999, phrase: "Request Denied", vendor: "LinkedIn", reference: undefined },
], { headers: [HEADERS[1]!] });

describe("markdown helpers", () => {
  it.each([
    ["plain text stays as is", "Not Found", "Not Found"],
    ["table pipe", "a | b", "a \\| b"],
    ["emphasis and code", "*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"],
    ["HTML", "<script>", "\\<script>"],
    ["entity reference", "&amp; but AT&T", "\\&amp; but AT&T"],
    ["newlines and tabs", "one\n\ttwo  three\n", "one two three"],
    ["link syntax", "[x](y)", "\\[x\\](y)"],
    ["backslash", "a\\b", "a\\\\b"],
    ["bare URLs", "see www.example.com or a@b.co", "see www\\.example.com or a\\@b.co"],
    ["http URL stays text", "see https://example.com/a_b.", "see https\\://example.com/a\\_b."],
    ["handlebars in data", "{{x}}", "{{x}}"],
  ])("inline: %s", (_, given, want) => {
    expect(inline(given)).toBe(want);
  });

  it.each([
    ["plain", "Not Found", "Not Found"],
    ["trailing period", "Foo Inc.", "Foo Inc&#46;"],
    ["trailing ellipsis", "Wait...", "Wait..&#46;"],
    ["escaped text before it", "www.", "www&#46;"],
    ["backslash before it", "a\\!", "a\\\\&#33;"],
    ["question mark stays", "Why?", "Why?"],
  ])("heading: %s", (_, given, want) => {
    expect(heading(given)).toBe(want);
  });

  it("turns http URLs in paragraphs into autolinks, without the sentence's punctuation", () => {
    expect(paragraph("see https://example.com/a_b. or (https://x.org/y)")).toBe("see <https://example.com/a_b>. or (<https://x.org/y>)");
  });

  it.each([
    ["no backticks", "StatusCode.OK", "`StatusCode.OK`"],
    ["one backtick inside", "a`b", "``a`b``"],
    ["starts with a backtick", "`a", "`` `a ``"],
    ["double backticks", "a``b`c", "```a``b`c```"],
  ])("code: %s", (_, given, want) => {
    expect(code(given)).toBe(want);
  });

  it("escapes pipes inside code spans in table cells", () => {
    expect(cellCode("a|b")).toBe("`a\\|b`");
  });

  it("percent-encodes what would end a link destination or a table cell", () => {
    expect(href("https://example.com/a (b)|c")).toBe("https://example.com/a%20%28b%29%7Cc");
  });

  it("wraps paragraphs at 80 columns and keeps line starts plain text", () => {
    const text = `${"word ".repeat(30)}- not a list 1. not ordered`;
    const lines = paragraph(text).split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines.join(" ").replace(/\\/g, "")).toBe(text.replace(/\s+/g, " ").trim());
    expect(paragraph("- a", "", 80)).toBe("\\- a");
    expect(paragraph("x 1. y", "", 1)).toBe("x\n1\\.\ny");
    expect(paragraph("reason", "**Deprecated:**")).toBe("**Deprecated:** reason");
  });

  // Heading anchors, repeats included, are checked against GitHub's own algorithm in packages/docs/test/slug.test.ts.
});

describe("docs target", () => {
  const files = docs.generate(model);
  const file = (path: string) => files.find((f) => f.path === path)!.content;

  it("emits REFERENCE.md and one page per code, each marked as generated", () => {
    expect(files.map((f) => f.path).sort()).toEqual(["REFERENCE.md", "codes/404.md", "codes/429.md", "codes/999.md"]);
    for (const f of files) expect(f.content).toMatch(/^<!-- Generated from spec\/status-codes\.yaml by `pnpm gen`\. Do not edit by hand\. -->\n\n#/);
  });

  it("puts the version in the title and indexes every code", () => {
    const reference = file("REFERENCE.md");
    expect(reference).toContain("# HTTP status codes reference (v1.2.3)\n");
    expect(reference).toContain("| [404](codes/404.md) | [Not Found](#404-not-found) | [4xx](#4xx-client-error) | IANA, permanent |\n");
    expect(reference).toContain("| [999](codes/999.md) | [Request Denied](#999-request-denied) | none | [LinkedIn](#linkedin) |\n");
    expect(reference).toContain("| Used with | [429](#429-too-many-requests) |\n");
  });

  it("links a header that a code names in another case, under the header list's spelling", () => {
    expect(model.statuses.find((s) => s.code === 429)!.headers).toEqual(["Retry-After"]);
    expect(file("codes/429.md")).toContain("| Headers | [`Retry-After`](../REFERENCE.md#retry-after)");
  });

  it("renders a code's own page", () => {
    expect(file("codes/429.md")).toMatchInlineSnapshot(`
      "<!-- Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand. -->

      # 429 Too Many Requests

      A summary.

      A description.

      | Fact | Value |
      | --- | --- |
      | Class | [4xx Client Error](../REFERENCE.md#4xx-client-error) |
      | Registry status | permanent (IANA) |
      | Reference | [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5) |
      | Cacheable by default | no |
      | Carries no content | no |
      | Must not be stored | no |
      | Retryable | yes |
      | Redirect | no |
      | Never sent to clients | no |
      | Headers | [\`Retry-After\`](../REFERENCE.md#retry-after) ([RFC 9110, Section 10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3)) |
      | In the reference | [429 Too Many Requests](../REFERENCE.md#429-too-many-requests) |

      How to use it here:

      | Package | Use |
      | --- | --- |
      | \`@org/status-core\` | \`StatusCode.TOO_MANY_REQUESTS\` |
      | \`@org/status-openapi\` | \`@org/status-openapi/generated/openapi.yaml#/components/responses/TooManyRequests\` |
      | \`@org/status-json-schema\` | \`@org/status-json-schema/generated/status-code.schema.json#/$defs/ClientErrorStatusCode\` |

      This page is part of the [HTTP status codes reference](../REFERENCE.md#429-too-many-requests)
      of \`@org/status-docs\` 1.2.3; the reference's
      [index](../REFERENCE.md#index) lists every code.
      "
    `);
  });

  it("says a code outside 100-599 has no class $def", () => {
    expect(file("codes/999.md")).toContain("| `@org/status-json-schema` | no class `$def`: 999 lies outside 100-599 |\n");
    expect(file("codes/999.md")).toContain("| Class | none: 999 lies outside 100-599 |\n");
  });
});
