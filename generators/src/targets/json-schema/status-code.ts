import type { Model, Status } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";
import { type Dialect, SCHEMA_FILES, schemaId } from "./dialect.js";

/** One documented option of a status code: its value, its phrase and what it means. */
export function codeOption(status: Status, dialect: Dialect): Record<string, unknown> {
  const option: Record<string, unknown> = { const: status.code, title: status.phrase, description: status.summary };
  if (status.deprecated !== undefined) {
    option.description = `${status.summary} Deprecated: ${status.deprecated}`;
    if (dialect.deprecated) option.deprecated = true;
  }
  return option;
}

/** A named set of codes as a schema: an integer that is exactly one of the documented options. */
function codeSet(statuses: readonly Status[], dialect: Dialect, title: string, description: string) {
  // An empty oneOf is not a valid schema; a set with no codes accepts nothing instead.
  if (statuses.length === 0) return { title, description, not: {} };
  return { title, description, type: "integer", oneOf: statuses.map((s) => codeOption(s, dialect)) };
}

/** The `$defs` of the status-code schema: one per class, then official and unofficial codes. */
function codeDefs(model: Model, dialect: Dialect): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const c of model.classes) {
    const description = `A ${c.range} status code of the spec (${c.min}-${c.max}), official or vendor-specific.`;
    defs[c.typeName] = codeSet(c.statuses, dialect, `${c.title} status code`, description);
  }
  defs.OfficialStatusCode = codeSet(model.official, dialect, "Official status code", "A status code registered with IANA.");
  defs.UnofficialStatusCode = codeSet(
    model.unofficial,
    dialect,
    "Unofficial status code",
    "A vendor-specific status code that IANA does not register; some lie outside 100-599 and belong to no class.",
  );
  return defs;
}

/** JSON Schema of a status code: any code of the spec, with `$defs` per class and per official status. */
export function statusCodeSchema(model: Model, dialect: Dialect): Record<string, unknown> {
  return {
    $schema: dialect.metaSchema,
    $id: schemaId(dialect, SCHEMA_FILES.statusCode),
    $comment: GENERATED_NOTICE,
    title: "HTTP status code",
    description: "An HTTP status code of the spec: every code IANA registers and the vendor codes in common use.",
    type: "integer",
    oneOf: model.statuses.map((s) => codeOption(s, dialect)),
    [dialect.defs]: codeDefs(model, dialect),
  };
}
