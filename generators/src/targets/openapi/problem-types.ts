import type { Model, ProblemTypeInfo } from "../../model.js";
import type { JsonObject } from "./json.js";
import { PROBLEM_REF } from "./refs.js";
import { header } from "./responses.js";

/**
 * The problem+json schema of one problem type: `ProblemDetails` with `type` fixed to its URI (and required: without it a
 * problem is `about:blank`), `status` fixed to its code, its title as the default, and its extension members.
 */
function problemTypeSchema(p: ProblemTypeInfo, problemDetails: JsonObject): JsonObject {
  return {
    description: `${p.title}: ${p.summary}\n\n${p.description}`,
    externalDocs: { description: `Problem type ${p.slug}`, url: p.uri },
    allOf: [
      problemDetails,
      {
        type: "object",
        required: ["type", ...p.extensions.filter((e) => e.required).map((e) => e.name)],
        properties: {
          type: { const: p.uri },
          title: { type: "string", default: p.title },
          status: { const: p.status.code },
          ...Object.fromEntries(p.extensions.map((e) => [e.name, { ...e.schema, description: e.description }])),
        },
      },
    ],
  };
}

/** The response of one problem type: its status code's headers, and a body of the problem type's schema. */
function problemTypeResponse(p: ProblemTypeInfo, model: Model, schema: JsonObject): JsonObject {
  const headers = p.status.headerFields;
  return {
    description: [`${p.status.code} ${p.status.phrase}: ${p.title}`, p.summary, p.description, `Problem type: [${p.uri}](${p.uri}).`].join("\n\n"),
    ...(headers.length > 0 && { headers: Object.fromEntries(headers.map((f) => [f.info.name, header(f.info, f.required)])) }),
    content: { [model.problemDetails.mediaType]: { schema } },
    "x-status-code": p.status.code,
    "x-problem-type": p.uri,
  };
}

/** A schema and a response per problem type, by its name, as the document holds them. */
export function problemTypeComponents(model: Model): { schemas: Record<string, JsonObject>; responses: Record<string, JsonObject> } {
  return {
    schemas: Object.fromEntries(model.problemTypes.map((p) => [p.name, problemTypeSchema(p, PROBLEM_REF)])),
    responses: Object.fromEntries(model.problemTypes.map((p) => [p.name, problemTypeResponse(p, model, { $ref: `#/components/schemas/${p.name}` })])),
  };
}

/** The same responses with nothing to resolve, for frameworks that build their document in code: the schemas written in. */
export function selfContainedProblemTypeResponses(model: Model, problemDetails: JsonObject): Record<string, JsonObject> {
  return Object.fromEntries(model.problemTypes.map((p) => [p.name, problemTypeResponse(p, model, problemTypeSchema(p, problemDetails))]));
}
