// The draft-07 copies as objects, for tools that have not moved to 2020-12.
import problemDetailsSchema from "../generated/draft-07/problem-details.schema.json" with { type: "json" };
import statusCodeSchema from "../generated/draft-07/status-code.schema.json" with { type: "json" };
import statusInfoSchema from "../generated/draft-07/status-info.schema.json" with { type: "json" };

export { problemDetailsSchema, statusCodeSchema, statusInfoSchema };

/** Every draft-07 schema, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export const schemas = [statusCodeSchema, problemDetailsSchema, statusInfoSchema];
