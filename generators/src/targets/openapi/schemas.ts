import type { Model, ProblemDetailsInfo, ProblemMember } from "../../model.js";
import type { JsonObject } from "./json.js";
import { headerDescription } from "./responses.js";

/** RFC 9457 problem details as an OpenAPI 3.1 schema: the model's members, open to extension members. */
export function problemDetailsSchema(problem: ProblemDetailsInfo): JsonObject {
  const member = (m: ProblemMember): JsonObject => ({
    type: m.type,
    ...(m.format && { format: m.format }),
    ...(m.name === "status" && { minimum: 100, maximum: 999 }),
    description: m.description,
    examples: [m.example],
  });
  return {
    type: "object",
    description: problem.description,
    externalDocs: { description: problem.reference.title, url: problem.reference.url },
    properties: Object.fromEntries(problem.members.map((m) => [m.name, member(m)])),
    additionalProperties: true,
    examples: [{ ...problem.example }],
  };
}

/** Every status code in the spec as an integer enum, with the names and phrases code generators use for its members. */
export function statusCodeSchema(model: Model): JsonObject {
  return {
    type: "integer",
    description:
      "An HTTP status code known to this package: every IANA-registered code and the unofficial vendor codes in the spec. Codes outside 100-599 are vendor codes.",
    enum: model.statuses.map((s) => s.code),
    "x-enum-varnames": model.statuses.map((s) => s.key),
    "x-enum-descriptions": model.statuses.map((s) => `${s.code} ${s.phrase}`),
  };
}

/** One header component per header field in the spec, each with its description, reference and example, to use in your own responses. */
export function headerComponents(model: Model): Record<string, JsonObject> {
  return Object.fromEntries(
    model.headers.map((h) => [
      h.name,
      {
        description: headerDescription(h),
        schema: { type: "string" },
        ...(h.example === undefined ? {} : { example: h.example }),
      },
    ]),
  );
}
