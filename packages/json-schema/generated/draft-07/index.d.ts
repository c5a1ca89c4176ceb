// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import type { problemDetailsSchema, problemTypeSchemas, statusCodeSchema, statusInfoSchema } from "./schemas.cjs";

export { problemDetailsSchema, problemTypeSchemas, statusCodeSchema, statusInfoSchema } from "./schemas.cjs";

/** Every draft-07 schema, the problem types' too, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema, (typeof problemTypeSchemas)["out-of-credit"]];
