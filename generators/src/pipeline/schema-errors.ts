/** The spec's JSON Schema (spec/status-codes.schema.json) checked by Ajv, and each error it finds told as prose: where, what is wrong and the fix. */

import type { ErrorObject } from "ajv";
import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import type { ParsedSpec } from "./parse.js";
import type { Problem, Report, SpecPath } from "./problems.js";
import { checkSpec } from "./spec-schema.js";
import { suggest } from "./suggest.js";

/** Every way the parsed spec breaks its schema, once each, at file:line:col; none when it follows the schema. */
export function schemaProblems(parsed: ParsedSpec): Problem[] {
  if (checkSpec(parsed.data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of checkSpec.errors ?? []) {
    schemaProblem(error, parsed.data, (path, message, at) => {
      const problem = { ...parsed.locate(path, at), message };
      const id = `${problem.line}:${problem.col}:${message}`;
      if (!seen.has(id)) seen.add(id), problems.push(problem);
    });
  }
  return problems;
}

function schemaProblem(error: ErrorObject, root: unknown, report: Report) {
  // anyOf and if only summarise the errors of their branches, which are reported on their own.
  if (error.keyword === "anyOf" || error.keyword === "if") return;
  const path: SpecPath = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const last = path.at(-1);
  const field = typeof last === "number" ? `${String(path.at(-2))}[${last}]` : (last ?? "the top level");
  // Free text: the field's own type error covers a value that is no string.
  if (error.schemaPath.startsWith("#/$defs/freeText/")) {
    return error.keyword === "pattern" ? textProblem(path, field, error.data as string, report) : undefined;
  }
  const own = ownMessage(error);
  // A rule on a mapping under a field (organization.contact) is shown on its field's line, as editors show it.
  const onKey = typeof last === "string" && typeof error.data === "object" && error.data !== null && error.keyword !== "false schema";
  if (own) return report(path, `${subjectOf(error, path, field, root)} ${own}`, onKey ? "key" : "value");
  switch (error.keyword) {
    case "required":
      return report(path, `missing required field "${error.params.missingProperty}" (add ${error.params.missingProperty}: …)`, onKey ? "key" : "value");
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = suggest(unknown, known);
      return report([...path, unknown], `unknown field "${unknown}" (${hint ? `did you mean "${hint}"?` : `known fields: ${known.join(", ")}`})`, "key");
    }
    case "type": {
      const want = YAML_TYPES[error.params.type as string] ?? (error.params.type as string);
      if (error.data === null && typeof last === "string") {
        return report(path, `${field} has no value (write ${article(want)} ${want} after "${field}:", or remove the line)`);
      }
      return report(path, `${field} must be ${article(want)} ${want}, got ${describe(error.data)} (${typeFix(want, error.data)})`);
    }
    case "enum":
      return report(path, `${field} must be one of ${(error.params.allowedValues as string[]).join(", ")}, got ${describe(error.data)} (pick one of those)`);
    case "minimum":
    case "maximum": {
      const { minimum, maximum } = error.parentSchema as { minimum: number; maximum: number };
      return report(path, `${field} ${String(error.data)} is outside ${minimum}-${maximum} (status codes have three digits)`);
    }
    case "minLength":
    case "minItems":
      return report(path, `${field} must not be empty (fill it in or remove it)`);
    case "uniqueItems":
      return report([...path, error.params.j], `${field} lists the same value twice (remove the repeat)`);
    default:
      return report(path, `${field} ${error.message} (see spec/status-codes.schema.json)`);
  }
}

/** Free text (`definitions/text` in the schema) that no output could show as written: blank, U+0000 or a lone surrogate. */
function textProblem(path: SpecPath, field: string, text: string, report: Report) {
  if (text === "") return; // the field's own minLength says so, where it has one
  const bad = [...text].findIndex((c) => c === "\u0000" || /^[\ud800-\udfff]$/.test(c));
  if (bad === -1) return report(path, `${field} is blank (write some text)`);
  const char = [...text][bad]!;
  const name = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === "\u0000") return report(path, `${field} holds ${name} at character ${bad + 1} (remove it: no output can show it)`);
  report(path, `${field} holds a lone surrogate ${name} at character ${bad + 1} (write the character itself, or both halves of its escape)`);
}

/** JSON Schema's type names in the words of YAML. */
const YAML_TYPES: Record<string, string> = { object: "mapping", array: "list" };

function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? "an" : "a";
}

function typeFix(want: string, data: unknown): string {
  if (typeof data === "string" && want === "integer" && /^\s*\d+\s*$/.test(data)) return "remove the quotes";
  if (want !== "string") return `write ${article(want)} ${want}`;
  if (Array.isArray(data)) return "quote the value if its [ ] are part of the text";
  if (typeof data === "object") return 'quote the value if its { } or ": " are part of the text';
  return "quote the value to keep it as text";
}

type SchemaNode = { errorMessage?: string; patternErrorMessage?: string; [keyword: string]: unknown };

/**
 * The message the schema gives for a rule of its own (the YAML language server shows the same one): `patternErrorMessage`
 * or `errorMessage` of the subschema that holds the failing keyword, or for a property set to false, of the subschema
 * with that `properties`.
 */
function ownMessage(error: ErrorObject): string | undefined {
  const owner = (error.keyword === "false schema" ? holderOfFalse(error.schemaPath) : error.parentSchema) as SchemaNode | undefined;
  return (error.keyword === "pattern" ? owner?.patternErrorMessage : undefined) ?? owner?.errorMessage;
}

/** `…/properties/NAME/false schema` is relative to the root or to the definition a $ref entered: try each. */
function holderOfFalse(schemaPath: string): unknown {
  const segments = schemaPath.replace(/^#\//, "").split("/").slice(0, -3);
  for (const base of [schema, ...Object.values(schema.$defs)]) {
    let node: unknown = base;
    for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node !== undefined) return node;
  }
  return undefined;
}

/** What a rule's message is about: the value (`key "x"`, `code 704`), or for a rule on an entry, its code. */
function subjectOf(error: ErrorObject, path: SpecPath, field: string, root: unknown): string {
  const entryLevel = error.keyword === "false schema" || (typeof error.data === "object" && error.data !== null);
  if (!entryLevel) return `${field} ${typeof error.data === "string" ? JSON.stringify(error.data) : String(error.data)}`;
  const entryPath = error.keyword === "false schema" ? path.slice(0, -1) : path;
  let entry: unknown = root;
  for (const segment of entryPath) entry = (entry as Record<string | number, unknown>)[segment];
  const code = (entry as { code?: unknown }).code;
  return Number.isInteger(code) ? `code ${String(code)}` : field;
}
