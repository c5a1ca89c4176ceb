import type { ProblemDetailsInfo, ProblemMember } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";
import { type Dialect, SCHEMA_FILES, schemaId } from "./dialect.js";

/**
 * JSON Schema of an RFC 9457 problem details object, its `status` restricted to the spec's codes.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
export function problemDetailsSchema(problem: ProblemDetailsInfo, dialect: Dialect): Record<string, unknown> {
  const member = (m: ProblemMember): Record<string, unknown> =>
    m.name === "status"
      ? { description: m.description, $ref: schemaId(dialect, SCHEMA_FILES.statusCode) }
      : { description: m.description, type: m.type, ...(m.format && { format: m.format }) };
  return {
    $schema: dialect.metaSchema,
    $id: schemaId(dialect, SCHEMA_FILES.problemDetails),
    $comment: GENERATED_NOTICE,
    title: problem.title,
    description: problem.description,
    type: "object",
    properties: Object.fromEntries(problem.members.map((m) => [m.name, member(m)])),
    examples: [{ ...problem.example }],
  };
}
