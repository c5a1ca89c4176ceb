/** The npm package the OpenAPI documents ship in. */
export const OPENAPI_PACKAGE = "@org/status-openapi";

/** Where a user's document finds the response of a code, from its node_modules. */
export function responseRef(name: string): string {
  return `${OPENAPI_PACKAGE}/generated/openapi.yaml#/components/responses/${name}`;
}

/** Where users of the documents and rulesets ask questions and report problems: the project's issue tracker. */
export const CONTACT = { name: "HTTP status codes project", url: "https://github.com/org/status-codes/issues" };

/** The name of the response component that stands for any error code: for `default`, `4XX` and `5XX`. */
export const GENERIC_PROBLEM = "Problem";
