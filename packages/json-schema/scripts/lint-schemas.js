// Lint: every shipped schema passes its meta-schema and compiles in strict ajv, and the data passes its schema.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import addFormats from "ajv-formats";

const read = (file) => JSON.parse(readFileSync(new URL(`../generated/${file}`, import.meta.url), "utf8"));
const files = ["status-code.schema.json", "problem-details.schema.json", "status-info.schema.json"];
const drafts = [
  { name: "draft 2020-12", Ajv: Ajv2020.default, dir: "" },
  { name: "draft-07", Ajv: Ajv07.default, dir: "draft-07/" },
];

const problems = [];
for (const { name, Ajv, dir } of drafts) {
  const ajv = addFormats.default(new Ajv({ strict: true, allErrors: true }));
  const schemas = files.map((f) => read(dir + f));
  for (const [i, schema] of schemas.entries()) {
    if (!ajv.validateSchema(schema)) problems.push(`${dir}${files[i]}: not a valid ${name} schema: ${ajv.errorsText(ajv.errors)}`);
  }
  ajv.addSchema(schemas);
  for (const schema of schemas) {
    try {
      ajv.getSchema(schema.$id);
    } catch (e) {
      problems.push(`${schema.$id}: does not compile in strict ajv (${name}): ${e.message}`);
    }
  }
  const validate = ajv.getSchema(`${schemas[2].$id}`);
  if (validate && !validate(read("status-codes.json"))) {
    problems.push(`status-codes.json: does not match ${dir}status-info.schema.json: ${ajv.errorsText(validate.errors)}`);
  }
}
if (problems.length > 0) {
  console.error(`${problems.join("\n")}\nRun \`pnpm gen\` after fixing the json-schema target.`);
  process.exitCode = 1;
} else {
  console.log(`lint-schemas: ${files.length * drafts.length} schemas compile in strict ajv; status-codes.json matches them`);
}
