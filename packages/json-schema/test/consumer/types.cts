// A user's TypeScript (CommonJS): FromSchema infers from the installed package's types.
import type { FromSchema } from "json-schema-to-ts";
import { problemDetailsSchema, problemTypeSchemas, schemas, statusCodeSchema } from "@org/status-json-schema";

type StatusCode = FromSchema<typeof statusCodeSchema>;
type Problem = FromSchema<typeof problemDetailsSchema, { references: [typeof statusCodeSchema]; keepDefaultedPropertiesOptional: true }>;
export const serverError: StatusCode = 503;
// @ts-expect-error "404" is a string, not a code
export const text: StatusCode = "404";
export const problem: Problem = { status: 404, title: "Not Found", traceId: "abc" };
// Each problem type's schema, by slug, is typed as `schemas` holds it.
export const problemTypeSchema: (typeof schemas)[number] = problemTypeSchemas[Object.keys(problemTypeSchemas)[0] as keyof typeof problemTypeSchemas];
