import type { SourceFile } from "ts-morph";
import { type GeneratedFile, type Model, PACKAGE_NAMES, type Target } from "../model.js";
import { json } from "./format.js";
import { DRAFT_07, DRAFT_2020_12, type Dialect, SCHEMA_FILES } from "./json-schema/dialect.js";
import { problemDetailsSchema } from "./json-schema/problem-details.js";
import { problemTypeFile, problemTypeSchema } from "./json-schema/problem-type.js";
import { statusCodeSchema } from "./json-schema/status-code.js";
import { statusInfoSchema } from "./json-schema/status-info-schema.js";
import { statusCodesData } from "./json-schema/status-info.js";
import { addDeclaredConst, typeScriptFiles } from "./typescript.js";

/** The three schemas of one draft, as JSON files plus a declaration file typing them for the JS entry. */
function schemaFiles(model: Model, draftOf: Omit<Dialect, "idBase">, draft: string): GeneratedFile[] {
  const dialect: Dialect = { ...draftOf, idBase: model.organization.schemaBase };
  const schemas = {
    statusCodeSchema: { doc: `JSON Schema (${draft}) of any status code in the spec.`, value: statusCodeSchema(model, dialect) },
    problemDetailsSchema: { doc: `JSON Schema (${draft}) of RFC 9457 problem details.`, value: problemDetailsSchema(model.problemDetails, dialect) },
    statusInfoSchema: { doc: `JSON Schema (${draft}) of status-codes.json.`, value: statusInfoSchema(model, dialect) },
  };
  // CommonJS-format declarations, so that both the ESM and the CJS entry types can import them.
  const declarations = (file: SourceFile) => {
    for (const [name, { doc, value }] of Object.entries(schemas)) addDeclaredConst(file, doc, name, value);
  };
  return [
    { path: `${dialect.dir}${SCHEMA_FILES.statusCode}`, content: json(schemas.statusCodeSchema.value) },
    { path: `${dialect.dir}${SCHEMA_FILES.problemDetails}`, content: json(schemas.problemDetailsSchema.value) },
    { path: `${dialect.dir}${SCHEMA_FILES.statusInfo}`, content: json(schemas.statusInfoSchema.value) },
    ...typeScriptFiles({ [`${dialect.dir}schemas.d.cts`]: declarations }, model),
    ...model.problemTypes.map((p) => ({ path: `${dialect.dir}${problemTypeFile(p)}`, content: json(problemTypeSchema(p, dialect)) })),
  ];
}

/** status-json-schema: JSON Schemas (2020-12 and draft-07) of status codes, problem details and each problem type, and the spec as data. */
export const jsonSchema: Target = {
  name: "json-schema",
  package: PACKAGE_NAMES.jsonSchema,
  packageDir: "packages/json-schema",
  dir: "packages/json-schema/generated",
  generate: (model) => [
    ...schemaFiles(model, DRAFT_2020_12, "draft 2020-12"),
    ...schemaFiles(model, DRAFT_07, "draft-07"),
    { path: "status-codes.json", content: json(statusCodesData(model)) },
  ],
};
