import { type GeneratedFile, type Model, PACKAGE_NAMES, type Target } from "../model.js";
import { json } from "./format.js";
import { DRAFT_07, DRAFT_2020_12, type Dialect, SCHEMA_FILES } from "./json-schema/dialect.js";
import { cjsEntry, type EntryContents, entryTypes, esmEntry, PROBLEM_TYPES_EXPORT, problemTypesDoc } from "./json-schema/entry.js";
import { problemDetailsSchema } from "./json-schema/problem-details.js";
import { problemTypeFile, problemTypeSchema } from "./json-schema/problem-type.js";
import { statusCodeSchema } from "./json-schema/status-code.js";
import { statusInfoSchema } from "./json-schema/status-info-schema.js";
import { statusCodesData } from "./json-schema/status-codes-data.js";
import { declaredConstStatement, typeScriptFiles } from "./typescript.js";

/** The schemas of one draft as JSON files, their declarations (`schemas.d.cts`) and the draft's JS entry that exports them. */
function schemaFiles(model: Model, draftOf: Omit<Dialect, "idBase">, draft: string): GeneratedFile[] {
  const dialect: Dialect = { ...draftOf, idBase: model.organization.schemaBase };
  const schemas = {
    statusCodeSchema: { doc: `JSON Schema (${draft}) of any status code in the spec.`, file: SCHEMA_FILES.statusCode, value: statusCodeSchema(model, dialect) },
    problemDetailsSchema: { doc: `JSON Schema (${draft}) of RFC 9457 problem details.`, file: SCHEMA_FILES.problemDetails, value: problemDetailsSchema(model.problemDetails, dialect) },
    statusInfoSchema: { doc: `JSON Schema (${draft}) of status-codes.json.`, file: SCHEMA_FILES.statusInfo, value: statusInfoSchema(model, dialect) },
  };
  const problemTypes = model.problemTypes.map((p) => ({ slug: p.slug, binding: p.name, file: problemTypeFile(p), value: problemTypeSchema(p, dialect) }));
  // CommonJS-format declarations, so that both the ESM and the CJS entry types can import them.
  const declarations = () => [
    ...Object.entries(schemas).map(([name, { doc, value }]) => declaredConstStatement(doc, name, value)),
    declaredConstStatement(problemTypesDoc(draft, problemTypes[0]?.slug), PROBLEM_TYPES_EXPORT, Object.fromEntries(problemTypes.map((p) => [p.slug, p.value]))),
  ];
  const entry: EntryContents = { draft, named: Object.entries(schemas).map(([name, { file }]) => ({ name, file })), problemTypes };
  return [
    ...Object.values(schemas).map(({ file, value }) => ({ path: `${dialect.dir}${file}`, content: json(value) })),
    ...typeScriptFiles(
      {
        [`${dialect.dir}index.cjs`]: () => cjsEntry(entry),
        [`${dialect.dir}index.d.cts`]: () => entryTypes(entry),
        [`${dialect.dir}index.d.ts`]: () => entryTypes(entry),
        [`${dialect.dir}index.js`]: () => esmEntry(entry),
        [`${dialect.dir}schemas.d.cts`]: declarations,
      },
      model,
    ),
    ...problemTypes.map((p) => ({ path: `${dialect.dir}${p.file}`, content: json(p.value) })),
  ];
}

/**
 * status-json-schema: JSON Schemas (2020-12 and draft-07) of status codes, problem details and each problem type, each
 * draft with its JS entry (ESM and CommonJS, typed), and the spec as data.
 */
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
