import { GENERATED_NOTICE } from "../format.js";
import { type Dialect, SCHEMA_FILES, schemaId } from "./dialect.js";

/**
 * JSON Schema of an RFC 9457 problem details object, its `status` restricted to the spec's codes.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3
 */
export function problemDetailsSchema(dialect: Dialect): Record<string, unknown> {
  return {
    $schema: dialect.metaSchema,
    $id: schemaId(dialect, SCHEMA_FILES.problemDetails),
    $comment: GENERATED_NOTICE,
    title: "Problem details (RFC 9457)",
    description:
      "A machine-readable description of an error in an HTTP API response (media type application/problem+json). Every member is optional, and members other than the five standard ones are extensions that carry problem-specific data.",
    type: "object",
    properties: {
      type: {
        description: "A URI reference that names the problem type; resolved against the document's base URI. When absent, it means \"about:blank\": a problem with no more semantics than its status code.",
        type: "string",
        format: "uri-reference",
        default: "about:blank",
      },
      title: {
        description: "A short, human-readable summary of the problem type, the same for every occurrence of it (apart from localisation).",
        type: "string",
      },
      status: {
        description: "The HTTP status code the origin server sent for this occurrence, repeated here for convenience; it is advisory.",
        $ref: schemaId(dialect, SCHEMA_FILES.statusCode),
      },
      detail: {
        description: "A human-readable explanation of this occurrence of the problem, meant to help the client correct it.",
        type: "string",
      },
      instance: {
        description: "A URI reference that names this occurrence of the problem.",
        type: "string",
        format: "uri-reference",
      },
    },
    examples: [
      {
        type: "https://example.com/problems/out-of-credit",
        title: "You do not have enough credit.",
        status: 403,
        detail: "Your current balance is 30, but that costs 50.",
        instance: "/account/12345/transactions/abc",
        balance: 30,
      },
    ],
  };
}
