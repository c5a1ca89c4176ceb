// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import statusCodeSchema from "./status-code.schema.json" with { type: "json" };
import problemDetailsSchema from "./problem-details.schema.json" with { type: "json" };
import statusInfoSchema from "./status-info.schema.json" with { type: "json" };
import OutOfCredit from "./problem-types/out-of-credit.schema.json" with { type: "json" };

export { statusCodeSchema, problemDetailsSchema, statusInfoSchema };

/** The draft-07 schema of each problem type of the spec, by its slug: `problemTypeSchemas["out-of-credit"]`. */
export const problemTypeSchemas = {
  "out-of-credit": OutOfCredit,
};

/** Every draft-07 schema, the problem types' too, ready for `new Ajv({ schemas })` or `ajv.addSchema(schemas)`. */
export const schemas = [statusCodeSchema, problemDetailsSchema, statusInfoSchema, OutOfCredit];
