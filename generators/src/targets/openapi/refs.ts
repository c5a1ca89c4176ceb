/** The npm package the OpenAPI documents ship in. */
export const OPENAPI_PACKAGE = "@org/status-openapi";

/** Where a user's document finds the response of a code, from its node_modules. */
export function responseRef(name: string): string {
  return `${OPENAPI_PACKAGE}/generated/openapi.yaml#/components/responses/${name}`;
}
