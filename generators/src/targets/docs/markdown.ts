/** Markdown escaping, wrapping and GitHub heading slugs for the docs target: spec text must render literally. */

import { oneLine } from "../format.js";

/** Escape text for inline Markdown (table cell, link text): every significant character is backslashed. */
export function inline(text: string): string {
  return escapeText(oneLine(text));
}

/**
 * Escape a heading so that GitHub and markdownlint give it the same anchor: as `inline`, and these become character
 * references, which both leave out of an anchor: trailing punctuation (markdownlint MD026 accepts that), every colon
 * (markdownlint reads `:name` as a directive, which GitHub does not have, and drops it) and every "other number" such
 * as ², ½ or ⒏ (GitHub drops them, markdownlint keeps them as written).
 */
export function heading(text: string): string {
  const flat = oneLine(text);
  const last = /[.,;:!\u3002\uFF0C\uFF1B\uFF1A\uFF01]$/u.exec(flat)?.[0];
  const body = last ? flat.slice(0, -last.length) : flat;
  const escaped = `${body.split(":").map(escapeText).join("&#58;")}${last ? `&#${last.codePointAt(0)};` : ""}`;
  return escaped.replace(/\p{No}/gu, (c) => `&#${c.codePointAt(0)};`);
}

function escapeText(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<|#~$@]/g, "\\$&")
      // an entity reference would render as the character it names; a lone `&` is harmless
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&")
      // keep `www.x`, `a@b` (escaped above) and `https://x` from turning into bare-URL autolinks (`_www.x` is one too)
      .replace(/(www)\./gi, "$1\\.")
      .replace(/:\/\//g, "\\://")
  );
}

// In paragraphs, http(s) URLs become autolinks; a URL ends before whitespace, an ASCII control character (an autolink
// cannot hold one), `<`, `>`, backtick or quote, and not on punctuation.
const URL = /https?:\/\/[^\s\0-\x1f\x7f<>`"]*[^\s\0-\x1f\x7f<>`".,;:!?')]/g;

function prose(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL)) {
    out += `${escapeText(text.slice(last, match.index))}<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return out + escapeText(text.slice(last));
}

/** An inline code span with a fence longer than any backtick run inside, padded when the content needs it. */
export function code(text: string): string {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * An inline code span inside a table cell, where GFM needs `|` escaped even in code. A backslash right before a `|`
 * cannot be written there (GFM reads `\\|` as an escaped backslash and a cell border), so such text is escaped plain text.
 */
export function cellCode(text: string): string {
  return /\\\|/.test(oneLine(text)) ? inline(text) : code(text).replace(/\|/g, "\\|");
}

/** A link destination that survives Markdown and tables: spaces, parentheses, angle brackets and pipes percent-encoded. */
export function href(url: string): string {
  return url.trim().replace(/[\s()<>|`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** A paragraph of escaped text wrapped at `width`, after an optional raw Markdown `lead` (e.g. `**Deprecated:**`). */
export function paragraph(text: string, lead = "", width = 80): string {
  const words = [...(lead ? [lead] : []), ...prose(oneLine(text)).split(" ").filter(Boolean)];
  const lines: string[] = [];
  for (const word of words) {
    const current = lines.at(-1);
    if (current !== undefined && current.length + 1 + word.length <= width) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines.map(escapeLineStart).join("\n");
}

// A line that starts like a list item, block quote, setext underline or ordered list must stay plain text.
function escapeLineStart(line: string): string {
  return line.replace(/^[-+=>]/, "\\$&").replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

// GitHub keeps letters, marks, digits, `_`, `-` and spaces of the lower-cased heading text, and drops the rest.
const NOT_IN_SLUG = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu;

/** Whether a heading gets an anchor at all: one with nothing GitHub keeps gets none that a link may use. */
export function hasAnchor(heading: string): boolean {
  return heading.toLowerCase().replace(NOT_IN_SLUG, "") !== "";
}

/** GitHub's heading anchors (github-slugger): call once per heading in document order; repeats get `-1`, `-2`, … */
export function createSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading.toLowerCase().replace(NOT_IN_SLUG, "").replace(/ /g, "-");
    let slug = base;
    while (seen.has(slug)) {
      const count = seen.get(base)! + 1;
      seen.set(base, count);
      slug = `${base}-${count}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}
