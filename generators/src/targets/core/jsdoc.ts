import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Status } from "../../model.js";
import { constantRef } from "./refs.js";

type Doc = OptionalKind<JSDocStructure>;

/**
 * Make spec text safe inside a JSDoc block, keeping it as an editor shows it: hovers render JSDoc as Markdown, where
 * a backslash before punctuation shows the punctuation alone, so every change below is invisible there:
 * - a slash next to an asterisk gets a backslash between them (`/\*`, `*\/`). The closing pair would end the block.
 *   The opening pair crashed ts-morph: it runs the description through its code writer before printing it, the writer
 *   then believes it is inside a block comment and "closes" it by writing the closing pair into the JSDoc, before the
 *   tags ("Inserting syntax kind of VariableStatement, but MissingDeclaration was inserted").
 * - `@` after anything but a letter or digit becomes `\@`: TypeScript starts a tag at an `@` after any white space
 *   (U+200B included) and an inline tag such as a link at `{@`. An e-mail address keeps its plain `@`.
 * - a backslash is doubled, and an `&` that starts a character reference (`&amp;`) backslashed, so that the text's own
 *   backslashes and references show as written.
 * - every line break (CR, CRLF, U+2028, U+2029) becomes LF, so that ts-morph starts each line with its ` * `.
 */
export function safeDocText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\/(?=\*)/g, "/\\")
    .replace(/\*(?=\/)/g, "*\\")
    .replace(/(?<![\p{L}\p{N}])@/gu, "\\@")
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&");
}

/**
 * A JSDoc block from a description and tags, every piece escaped. A tag text of the form `{@link URL | TITLE}` stays a
 * link: its URL is percent-encoded where JSDoc would misread it and its title is escaped.
 */
export function doc(description: string, tags: readonly [string, string][] = []): Doc {
  return {
    description: safeDocText(description),
    tags: tags.map(([tagName, text]) => {
      const link = /^\{@link (\S+) \| ([\s\S]*)\}$/.exec(text);
      return { tagName, text: link ? linkText(link[1]!, link[2]!) : safeDocText(text) };
    }),
  };
}

/**
 * `{@link URL | TITLE}`, whatever URL and TITLE hold. A line break or a `}` in the title would end the link early, so
 * its white space becomes single spaces and its `}` a character reference. The URL has `*`, `{`, `}`, `|` and `\`
 * percent-encoded: backslashing them, as the JSDoc escaping does, would break the link.
 */
function linkText(url: string, title: string): string {
  const href = url.replace(/[*{}|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const text = safeDocText(title.replace(/\s+/g, " ")).replace(/\}/g, "&#125;");
  return `{@link ${href} | ${text}}`;
}

/** The full JSDoc of a status code: summary, description, vendor, RFC link and deprecation. */
export function statusDoc(s: Status): Doc {
  const origin = s.official ? `IANA registry: ${s.registry ?? "unlisted"}.` : `Unofficial: used by ${s.vendor ?? "some servers"}.`;
  const others = s.otherMeanings.map((o) => `${o.vendor} uses ${s.code} for "${o.phrase}".`);
  const tags: [string, string][] = [];
  if (s.reference) tags.push(["see", `{@link ${s.reference.url} | ${s.reference.title}}`]);
  if (s.deprecated) tags.push(["deprecated", s.deprecated]);
  return doc([`${s.code} ${s.phrase}: ${s.summary}`, s.description, [origin, ...others].join(" ")].join("\n\n"), tags);
}

/** JSDoc of a legacy key kept as an alias of the current one. */
export function legacyDoc(s: Status, legacyKey: string): Doc {
  return doc(`${s.code} ${s.phrase}, under its former constant name ${legacyKey}.`, [["deprecated", `Use ${constantRef(s.key)}`]]);
}
