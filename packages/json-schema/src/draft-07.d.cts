import type { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/draft-07/schemas.cjs";

export { problemDetailsSchema, statusCodeSchema, statusInfoSchema } from "../generated/draft-07/schemas.cjs";

/** Every draft-07 schema, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export declare const schemas: readonly [typeof statusCodeSchema, typeof problemDetailsSchema, typeof statusInfoSchema];
