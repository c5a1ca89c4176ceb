import type { ProblemTypeInfo } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";
import { type Dialect, SCHEMA_FILES, schemaId } from "./dialect.js";

/** Path of a problem type's schema under a draft's folder: `problem-types/out-of-credit.schema.json`. */
export const problemTypeFile = (p: ProblemTypeInfo) => `problem-types/${p.slug}.schema.json`;

/**
 * JSON Schema of a problem of one type: problem details (its own schema, by `$id`) with `type` fixed to the type's URI and
 * required (a problem without it is `about:blank`), `status` fixed to its code, and its extension members as the spec
 * writes their schemas, the required ones required.
 */
export function problemTypeSchema(p: ProblemTypeInfo, dialect: Dialect): Record<string, unknown> {
  return {
    $schema: dialect.metaSchema,
    $id: schemaId(dialect, problemTypeFile(p)),
    $comment: GENERATED_NOTICE,
    title: p.title,
    description: `${p.summary}\n\n${p.description}\n\nProblem type ${p.uri}, sent with ${p.status.code} ${p.status.phrase}.`,
    allOf: [{ $ref: schemaId(dialect, SCHEMA_FILES.problemDetails) }],
    type: "object",
    required: ["type", ...p.extensions.filter((e) => e.required).map((e) => e.name)],
    properties: {
      type: { const: p.uri },
      status: { const: p.status.code },
      ...Object.fromEntries(p.extensions.map((e) => [e.name, { ...e.schema, description: e.description }])),
    },
  };
}
