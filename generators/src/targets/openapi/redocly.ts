import { GENERATED_NOTICE } from "../format.js";
import type { JsonObject } from "./json.js";
import type { LintRule } from "./rules.js";

/** The rules as the Redocly plugin (`packages/openapi/lint/redocly.js`) reads them: the same list the Spectral ruleset is made of. */
export function redoclyRules(rules: readonly LintRule[]): JsonObject {
  return {
    $comment: `The rules of lint/redocly.js, the Redocly plugin (the same as spectral.yaml): use the plugin, not this file. ${GENERATED_NOTICE}`,
    rules: rules.map((r) => ({ ...r })),
  };
}
