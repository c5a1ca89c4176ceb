// A user's CommonJS program: the same as esm.mjs, with require.
const Ajv2020 = require("ajv/dist/2020").default;
const Ajv07 = require("ajv").default;
const addFormats = require("ajv-formats").default;
const { problemTypeSchemas, schemas } = require("@org/status-json-schema");
const draft07 = require("@org/status-json-schema/draft-07");
const statusCodes = require("@org/status-json-schema/status-codes.json");

import("./user-schema.mjs").then(({ check, checkProblemTypes }) => {
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
});
