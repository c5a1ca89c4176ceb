import type { GeneratedFile, Model } from "../model.js";
import { json } from "./format.js";
import { declarations } from "./json-schema/declarations.js";
import { DRAFT_07, DRAFT_2020_12, type Dialect, SCHEMA_FILES } from "./json-schema/dialect.js";
import { problemDetailsSchema } from "./json-schema/problem-details.js";
import { statusCodeSchema } from "./json-schema/status-code.js";
import { statusInfoSchema } from "./json-schema/status-info-schema.js";
import { statusCodesData } from "./json-schema/status-info.js";

const DIR = "packages/json-schema/generated";

/** The three schemas of one draft, as JSON files plus a declaration file typing them for the JS entry. */
function schemaFiles(model: Model, dialect: Dialect, draft: string): GeneratedFile[] {
  const schemas = {
    statusCodeSchema: { doc: `JSON Schema (${draft}) of any status code in the spec.`, value: statusCodeSchema(model, dialect) },
    problemDetailsSchema: { doc: `JSON Schema (${draft}) of RFC 9457 problem details.`, value: problemDetailsSchema(dialect) },
    statusInfoSchema: { doc: `JSON Schema (${draft}) of status-codes.json.`, value: statusInfoSchema(model, dialect) },
  };
  const dir = `${DIR}/${dialect.dir}`;
  return [
    { path: `${dir}${SCHEMA_FILES.statusCode}`, content: json(schemas.statusCodeSchema.value) },
    { path: `${dir}${SCHEMA_FILES.problemDetails}`, content: json(schemas.problemDetailsSchema.value) },
    { path: `${dir}${SCHEMA_FILES.statusInfo}`, content: json(schemas.statusInfoSchema.value) },
    // CommonJS-format declarations, so that both the ESM and the CJS entry types can import them.
    { path: `${dir}schemas.d.cts`, content: declarations(schemas) },
  ];
}

/** JSON Schemas (2020-12 and draft-07) of status codes and problem details, and the spec as data. */
export function jsonSchema(model: Model): GeneratedFile[] {
  return [
    ...schemaFiles(model, DRAFT_2020_12, "draft 2020-12"),
    ...schemaFiles(model, DRAFT_07, "draft-07"),
    { path: `${DIR}/status-codes.json`, content: json(statusCodesData(model)) },
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
