// A user's ESM program: loads the installed schemas, adds them to ajv and $refs them by $id.
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import addFormats from "ajv-formats";
import { problemTypeSchemas, schemas } from "@org/status-json-schema";
import * as draft07 from "@org/status-json-schema/draft-07";
import statusCodes from "@org/status-json-schema/status-codes.json" with { type: "json" };
import { check, checkProblemTypes } from "./user-schema.mjs";

const ajv2020 = addFormats(new Ajv2020({ strict: true }));
ajv2020.addSchema([...schemas]);
const ajv07 = addFormats(new Ajv07({ strict: true }));
ajv07.addSchema([...draft07.schemas]);

console.log(JSON.stringify({
  "2020-12": check(ajv2020, "https://github.com/org/status-codes/schemas/", "$defs"),
  "draft-07": check(ajv07, "https://github.com/org/status-codes/schemas/draft-07/", "definitions"),
  codes: statusCodes.statuses.length,
  problemTypes: { "2020-12": checkProblemTypes(ajv2020, problemTypeSchemas), "draft-07": checkProblemTypes(ajv07, draft07.problemTypeSchemas) },
}));
