// The draft 2020-12 schemas as objects; each one's $id lets other schemas $ref it.
import problemDetailsSchema from "../generated/problem-details.schema.json" with { type: "json" };
import statusCodeSchema from "../generated/status-code.schema.json" with { type: "json" };
import statusInfoSchema from "../generated/status-info.schema.json" with { type: "json" };

export { problemDetailsSchema, statusCodeSchema, statusInfoSchema };

/** Every schema, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export const schemas = [statusCodeSchema, problemDetailsSchema, statusInfoSchema];
