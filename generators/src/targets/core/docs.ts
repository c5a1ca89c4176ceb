import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Status } from "../../model.js";

type Doc = OptionalKind<JSDocStructure>;

/** Make spec text safe inside a JSDoc block: `*\/` cannot end the comment, a leading `@` cannot start a tag. */
export function safeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/^(\s*)@/gm, "$1\\@");
}

/** A JSDoc block from a description and tags, every piece escaped. */
export function doc(description: string, tags: readonly [string, string][] = []): Doc {
  return {
    description: safeDocText(description),
    tags: tags.map(([tagName, text]) => ({ tagName, text: safeDocText(text) })),
  };
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
  return doc(`${s.code} ${s.phrase}, under its former constant name ${legacyKey}.`, [["deprecated", `Use StatusCode.${s.key}`]]);
}
