import type { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/schemas.cjs";

export { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/schemas.cjs";

/** Every draft 2020-12 schema, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema];
