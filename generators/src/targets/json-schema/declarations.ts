import { GENERATED_NOTICE } from "../format.js";

/** The TypeScript type of a JSON value as `as const` would infer it: readonly, every literal kept. */
export function literalType(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "readonly []";
    return `readonly [\n${value.map((v) => `${inner}${literalType(v, inner)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}readonly ${JSON.stringify(k)}: ${literalType(v, inner)};`).join("\n")}\n${indent}}`;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") {
    return JSON.stringify(value);
  }
  throw new Error(`not a JSON value: ${String(value)}`);
}

/** A declaration file giving each named JSON value its literal type, so `FromSchema` can infer from it. */
export function declarations(values: Record<string, { doc: string; value: unknown }>): string {
  const body = Object.entries(values).map(([name, { doc, value }]) => `/** ${doc} */\nexport declare const ${name}: ${literalType(value)};\n`);
  return `// ${GENERATED_NOTICE}\n\n${body.join("\n")}`;
}
