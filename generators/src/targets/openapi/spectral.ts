import type { Model } from "../../model.js";
import type { JsonObject } from "./json.js";
import type { LintRule } from "./rules.js";

const METHODS = "[get,put,post,delete,options,head,patch,trace]";

/** Every operation of an API document: under paths, in their callbacks, and in webhooks (3.1). */
const OPERATIONS = [`$.paths[*]${METHODS}`, `$.paths[*]${METHODS}.callbacks[*][*]${METHODS}`, `$.webhooks[*]${METHODS}`];

/** Path items that `$ref` another file: the function reads their operations there. */
const PATH_ITEM_REFS = ["$.paths[?(@ && @['$ref'])]", "$.webhooks[?(@ && @['$ref'])]"];

/** The header that explains the file, above the generated notice. */
export const spectralHeader = (model: Model) => `Spectral ruleset: checks the responses of your API documents against the organisation's spec of status codes.
Use it from your .spectral.yaml: extends: ["spectral:oas", "./node_modules/${model.organization.packages.openapi}/generated/spectral.yaml"]`;

/**
 * The Spectral ruleset: every rule calls the `status` function shipped in `lint/` (which runs the same checks as the Redocly plugin)
 * on each operation (and each path item that `$ref`s another file), unresolved, so that a finding in a `$ref`ed response is reported at the user's response, not in this package.
 */
export function spectralRuleset(rules: readonly LintRule[]): JsonObject {
  const entry = (r: LintRule): JsonObject => ({
    description: r.description,
    message: "{{error}}",
    severity: r.severity,
    resolved: false,
    given: ["#Operations", "#PathItemRefs"],
    then: { function: "status", functionOptions: { on: r.on, check: r.check, ...r.options } },
  });
  // OpenAPI 3 only, as the Redocly plugin: a Swagger 2.0 response has no `content`.
  return { formats: ["oas3"], functionsDir: "../lint/spectral", functions: ["status"], aliases: { Operations: OPERATIONS, PathItemRefs: PATH_ITEM_REFS }, rules: Object.fromEntries(rules.map((r) => [r.id, entry(r)])) };
}
