import type { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/schemas.js";

export { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/schemas.js";

/** Every draft 2020-12 schema, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema];
