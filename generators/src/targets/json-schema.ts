import type { GeneratedFile, Model } from "../model.js";
import { GENERATED_NOTICE, json } from "./format.js";

const DIR = "packages/json-schema/generated";

/** JSON Schema (draft 2020-12) of a status code. */
export function jsonSchema(model: Model): GeneratedFile[] {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://github.com/org/status-codes/schemas/status-code.schema.json",
    $comment: GENERATED_NOTICE,
    title: "HTTP status code",
    oneOf: model.statuses.map((s) => ({ const: s.code, title: s.phrase, description: s.summary })),
  };
  return [{ path: `${DIR}/status-code.schema.json`, content: json(schema) }];
}
