import type { Model } from "../../model.js";
import type { JsonObject } from "./json.js";

/** Where a user's document finds the response of a code, from its node_modules. */
export function responseRef(model: Model, name: string): string {
  return `${model.organization.packages.openapi}/generated/openapi.yaml#/components/responses/${name}`;
}

/** The name of the response component that stands for any error code: for `default`, `4XX` and `5XX`. */
export const GENERIC_PROBLEM = "Problem";

/** The problem details schema as the document's responses and schemas refer to it. */
export const PROBLEM_REF: JsonObject = { $ref: "#/components/schemas/ProblemDetails" };
