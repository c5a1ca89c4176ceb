// A user's TypeScript (ESM): FromSchema infers from the installed package's types.
import type { FromSchema } from "json-schema-to-ts";
import { statusCodeSchema } from "@org/status-json-schema";
import * as draft07 from "@org/status-json-schema/draft-07";

type StatusCode = FromSchema<typeof statusCodeSchema>;
export const notFound: StatusCode = 404;
// @ts-expect-error 799 is not a code of the spec
export const unknown: StatusCode = 799;
export const gone: FromSchema<typeof draft07.statusCodeSchema.definitions.ClientErrorStatusCode> = 410;
// The draft-07 entry types its problem types' schemas too.
export const draft07Ids: readonly string[] = Object.values(draft07.problemTypeSchemas).map((s) => s.$id);
