import { stringify } from "yaml";

/** The line every generated file carries, in whatever comment syntax its format has. */
export const GENERATED_NOTICE = "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";

/** Collapse every run of whitespace (newlines and tabs included) to one space, and trim: spec text on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Deterministic JSON: two-space indent, LF, one trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deterministic YAML with a comment header; long strings stay on one line so diffs stay readable. */
export function yaml(value: unknown, header = GENERATED_NOTICE): string {
  // A double-quoted string stays on one line: yaml 2.9.1 folds a long one over lines and then writes a line that is
  // a lone space as `\\ `, which reads back as a backslash.
  const options = { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: "PLAIN", doubleQuotedMinMultiLineLength: Infinity } as const;
  let body = stringify(value, options);
  // A string that ends in line breaks, last in the document, is written as a block scalar that keeps them, so the file
  // would end in blank lines: then every multi-line string is double-quoted instead (the same data).
  if (body.endsWith("\n\n")) body = stringify(value, { ...options, blockQuote: false });
  return `${header
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n")}\n${body}`;
}
