import { type Model, type ModelProblem, PACKAGE_NAMES, type Target } from "../model.js";
import { GENERATED_NOTICE, json, yaml } from "./format.js";
import { openApi31 } from "./openapi/document.js";
import { responseTo30, schemaTo30, toOpenApi30 } from "./openapi/downgrade.js";
import { cjsEntry, entryTypes, esmEntry } from "./openapi/entry.js";
import { redoclyRules } from "./openapi/redocly.js";
import { GENERIC_PROBLEM } from "./openapi/refs.js";
import { selfContainedProblemTypeResponses } from "./openapi/problem-types.js";
import { selfContainedResponses } from "./openapi/responses.js";
import { lintRules } from "./openapi/rules.js";
import { problemDetailsSchema } from "./openapi/schemas.js";
import { spectralHeader, spectralRuleset } from "./openapi/spectral.js";
import { literalTypeStatement, type ModuleContent, typeScriptFiles, unionStatement } from "./typescript.js";

/** `names.d.ts`: the response and header component names as string literal unions, for the typed JS entry. */
function names(model: Model): ModuleContent {
  const statuses = model.responseStatuses;
  return [
    unionStatement(
      "Name of a response under `components/responses`: one per status code from 100 to 599, each former name of one, the generic problem response, and one per problem type.",
      "ResponseName",
      [GENERIC_PROBLEM, ...statuses.flatMap((s) => [s.name, ...s.legacyNames]), ...model.problemTypes.map((p) => p.name)],
    ),
    unionStatement("Former name of a response, kept as a deprecated alias that `$ref`s the current one.", "LegacyResponseName", statuses.flatMap((s) => s.legacyNames)),
    unionStatement("Name of a header field under `components/headers`.", "HeaderName", model.headers.map((h) => h.name)),
  ];
}

/** Schema components the document always has, beside which each problem type has a schema of its name. */
const FIXED_SCHEMAS = ["ProblemDetails", "StatusCode"];

/**
 * No code's response may take the name of the generic problem response, which stands beside them in `components/responses`;
 * no problem type's response or schema may take the generic response's name or a fixed schema's.
 */
function genericNameFree(model: Model): ModelProblem[] {
  const problemTypes = model.problemTypes
    .filter((p) => p.name === GENERIC_PROBLEM || FIXED_SCHEMAS.includes(p.name))
    .map((p) => ({
      subject: { problem: p.slug },
      message: `problem type "${p.slug}"'s OpenAPI response and schema would be named ${p.name}, a name the OpenAPI documents keep for their own (give it another name with "name:")`,
    }));
  return [...problemTypes, ...model.responseStatuses
    .filter((s) => s.name === GENERIC_PROBLEM || s.legacyNames.includes(GENERIC_PROBLEM))
    .map((s) => ({
      subject: { code: s.code },
      message: `code ${s.code}'s OpenAPI response would be named ${GENERIC_PROBLEM}, the name of the generic problem response (give the code another name with "name:")`,
    }))];
}

/** The self-contained responses of both versions, and the problem schema each has written into its error responses. */
function standalone(model: Model) {
  const problem = problemDetailsSchema(model.problemDetails);
  const responses = { ...selfContainedResponses(model, problem), ...selfContainedProblemTypeResponses(model, problem) };
  const responses30 = Object.fromEntries(Object.entries(responses).map(([name, r]) => [name, responseTo30(r)]));
  return { problem, responses, problem30: schemaTo30(problem), responses30 };
}

/** `responses.d.ts`: the exact literal types of the self-contained responses, which frameworks' response types accept as they are. */
function responseTypes(s: ReturnType<typeof standalone>): ModuleContent {
  // A 3.0 response, or its headers, that is the same as in 3.1 (one without a problem body) is written as the 3.1 one's type.
  const same = Object.entries(s.responses).flatMap(([name, r]) => [
    [`Responses[${JSON.stringify(name)}]`, r] as const,
    ...("headers" in r ? [[`Responses[${JSON.stringify(name)}]["headers"]`, r.headers] as const] : []),
  ]);
  return [
    literalTypeStatement("RFC 9457 problem details as an OpenAPI 3.1 schema, as each error response of `Responses` holds it.", "ProblemDetailsSchema", s.problem),
    literalTypeStatement("RFC 9457 problem details as an OpenAPI 3.0 Schema Object, as each error response of `Responses30` holds it.", "ProblemDetailsSchema30", s.problem30),
    literalTypeStatement("One self-contained OpenAPI 3.1 response per status code and per problem type, by name.", "Responses", s.responses, [["ProblemDetailsSchema", s.problem]]),
    literalTypeStatement("One self-contained OpenAPI 3.0 response per status code and per problem type, by name.", "Responses30", s.responses30, [["ProblemDetailsSchema30", s.problem30], ...same]),
  ];
}

/**
 * status-openapi: the responses document in OpenAPI 3.1 and 3.0.3, as YAML and JSON, the names of its components, its
 * responses on their own for code-first frameworks, the JS entry (ESM and CommonJS, with one declaration text for both), and
 * the Spectral ruleset and the rules of the Redocly plugin that check other API documents against the spec.
 */
export const openapi: Target = {
  name: "openapi",
  package: PACKAGE_NAMES.openapi,
  packageDir: "packages/openapi",
  dir: "packages/openapi/generated",
  validate: genericNameFree,
  generate(model) {
    const doc = openApi31(model);
    const doc30 = toOpenApi30(doc);
    const rules = lintRules(model);
    const self = standalone(model);
    return [
      ...typeScriptFiles(
        { "index.cjs": cjsEntry, "index.d.cts": entryTypes, "index.d.ts": entryTypes, "index.js": esmEntry, "names.d.ts": names, "responses.d.ts": () => responseTypes(self) },
        model,
      ),
      { path: "responses.json", content: json({ "x-generated": GENERATED_NOTICE, responses: self.responses, responses30: self.responses30 }) },
      { path: "openapi-3.0.json", content: json(doc30) },
      { path: "openapi-3.0.yaml", content: yaml(doc30) },
      { path: "openapi.json", content: json(doc) },
      { path: "openapi.yaml", content: yaml(doc) },
      { path: "rules.json", content: json(redoclyRules(rules)) },
      { path: "spectral.yaml", content: yaml(spectralRuleset(rules), `${spectralHeader(model)}\n${GENERATED_NOTICE}`) },
    ];
  },
};
