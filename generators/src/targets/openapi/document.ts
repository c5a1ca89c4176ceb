import type { Model } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";
import type { JsonObject } from "./json.js";
import { GENERIC_PROBLEM, PROBLEM_REF, responseRef } from "./refs.js";
import { problemTypeComponents } from "./problem-types.js";
import { responseComponents } from "./responses.js";
import { headerComponents, problemDetailsSchema, statusCodeSchema } from "./schemas.js";

const description = (model: Model) => `Reusable responses for every HTTP status code in this project's spec that an OpenAPI document can use (100-599), to \`$ref\` from your own OpenAPI document, for example \`./node_modules/${responseRef(model, "NotFound")}\` (\`openapi-3.0.yaml\` for OpenAPI 3.0).

Error responses (400 and up) carry an RFC 9457 problem details body (\`${model.problemDetails.mediaType}\`, schema \`ProblemDetails\` with \`status\` pinned to the response's code); responses that never have content (1xx, 204, 205, 304, and codes that servers only log) have none; success and redirect responses leave the body to your API. Each response lists the header fields that go with its code, marked \`required\` where the code's definition says a response must carry them; \`components/headers\` defines each field once for your own responses.

The organisation's problem types each have a response and a schema under their PascalCase name, whose problem details fix \`type\` to the problem type's URI and \`status\` to its code, with its extension members.

\`${GENERIC_PROBLEM}\` is the one response that stands for any error code, for \`default\` and the \`4XX\` and \`5XX\` ranges: problem details whose \`status\` is not pinned.

Extensions on responses: \`x-status-code\` (the numeric code, on every response of one code), \`x-unofficial\` and \`x-vendor\` (codes not registered with IANA, and who uses them), \`x-deprecated\` (why a code should no longer be sent), \`x-problem-type\` (the type URI of a problem type's response).`;

/** The generic problem response, for `default`, `4XX` and `5XX`: problem details with any status, and no `x-status-code`. */
function problemResponse(model: Model): JsonObject {
  const { mediaType, example } = model.problemDetails;
  return {
    description: "An error, described as RFC 9457 problem details. For `default` and the `4XX` and `5XX` ranges, where one response stands for several codes; `status` in the body says which.",
    content: { [mediaType]: { schema: PROBLEM_REF, example: { ...example } } },
  };
}

/** The OpenAPI 3.1 document: no paths, only components. */
export function openApi31(model: Model): JsonObject {
  const problemTypes = problemTypeComponents(model);
  return {
    openapi: "3.1.0",
    info: {
      title: "HTTP status code responses",
      summary: "One documented OpenAPI response for every HTTP status code, with RFC 9457 problem details for errors.",
      description: description(model),
      version: model.version,
      contact: model.organization.contact,
      license: { name: "MIT", url: "https://opensource.org/license/mit" },
    },
    "x-generated": GENERATED_NOTICE,
    paths: {},
    components: {
      schemas: { ProblemDetails: problemDetailsSchema(model.problemDetails), StatusCode: statusCodeSchema(model), ...problemTypes.schemas },
      headers: headerComponents(model),
      responses: { [GENERIC_PROBLEM]: problemResponse(model), ...responseComponents(model), ...problemTypes.responses },
    },
  };
}
