import { stringify } from "yaml";

/** The line every generated file carries, in whatever comment syntax its format has. */
export const GENERATED_NOTICE = "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";

/** Deterministic JSON: two-space indent, LF, one trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deterministic YAML with a comment header; long strings stay on one line so diffs stay readable. */
export function yaml(value: unknown, header = GENERATED_NOTICE): string {
  const body = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: "PLAIN" });
  return `${header
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n")}\n${body}`;
}
