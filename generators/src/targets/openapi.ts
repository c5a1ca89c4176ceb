import type { SourceFile } from "ts-morph";
import type { Model, ModelProblem, Target } from "../model.js";
import { GENERATED_NOTICE, json, yaml } from "./format.js";
import { openApi31 } from "./openapi/document.js";
import { toOpenApi30 } from "./openapi/downgrade.js";
import { redoclyRules } from "./openapi/redocly.js";
import { GENERIC_PROBLEM, OPENAPI_PACKAGE } from "./openapi/refs.js";
import { lintRules } from "./openapi/rules.js";
import { SPECTRAL_HEADER, spectralRuleset } from "./openapi/spectral.js";
import { addUnion, typeScriptFiles } from "./typescript.js";

/** `names.d.ts`: the response and header component names as string literal unions, for the typed JS entry. */
function names(file: SourceFile, model: Model): void {
  const statuses = model.responseStatuses;
  addUnion(
    file,
    "Name of a response under `components/responses`: one per status code from 100 to 599, each former name of one, and the generic problem response.",
    "ResponseName",
    [GENERIC_PROBLEM, ...statuses.flatMap((s) => [s.name, ...s.legacyNames])],
  );
  addUnion(file, "Former name of a response, kept as a deprecated alias that `$ref`s the current one.", "LegacyResponseName", statuses.flatMap((s) => s.legacyNames));
  addUnion(file, "Name of a header field under `components/headers`.", "HeaderName", model.headers.map((h) => h.name));
}

/** No code's response may take the name of the generic problem response, which stands beside them in `components/responses`. */
function genericNameFree(model: Model): ModelProblem[] {
  return model.responseStatuses
    .filter((s) => s.name === GENERIC_PROBLEM || s.legacyNames.includes(GENERIC_PROBLEM))
    .map((s) => ({
      subject: { code: s.code },
      message: `code ${s.code}'s OpenAPI response would be named ${GENERIC_PROBLEM}, the name of the generic problem response (give the code another name with "name:")`,
    }));
}

/**
 * @org/status-openapi: the responses document in OpenAPI 3.1 and 3.0.3, as YAML and JSON, the names of its components, and the
 * Spectral ruleset and the rules of the Redocly plugin that check other API documents against the spec.
 */
export const openapi: Target = {
  name: "openapi",
  package: OPENAPI_PACKAGE,
  packageDir: "packages/openapi",
  dir: "packages/openapi/generated",
  validate: genericNameFree,
  generate(model) {
    const doc = openApi31(model);
    const doc30 = toOpenApi30(doc);
    const rules = lintRules(model);
    return [
      ...typeScriptFiles({ "names.d.ts": names }, model),
      { path: "openapi-3.0.json", content: json(doc30) },
      { path: "openapi-3.0.yaml", content: yaml(doc30) },
      { path: "openapi.json", content: json(doc) },
      { path: "openapi.yaml", content: yaml(doc) },
      { path: "rules.json", content: json(redoclyRules(rules)) },
      { path: "spectral.yaml", content: yaml(spectralRuleset(rules), `${SPECTRAL_HEADER}\n${GENERATED_NOTICE}`) },
    ];
  },
};
