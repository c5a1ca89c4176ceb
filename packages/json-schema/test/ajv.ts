// Strict ajv instances for each draft, loaded with the package's schemas, as a user would set them up.
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import addFormats from "ajv-formats";
import * as draft07 from "../generated/draft-07/index.js";
import * as draft2020 from "../generated/index.js";

/** The two drafts the package ships: a fresh strict ajv and the schemas of each. */
export const drafts = [
  { name: "2020-12", defs: "$defs", entry: draft2020, ajv: () => addFormats.default(new Ajv2020.default({ strict: true })) },
  { name: "draft-07", defs: "definitions", entry: draft07, ajv: () => addFormats.default(new Ajv07.default({ strict: true })) },
] as const;

/** A strict ajv with every schema of the draft added. */
export function loaded(draft: (typeof drafts)[number]) {
  const ajv = draft.ajv();
  ajv.addSchema([...draft.entry.schemas] as object[]);
  return ajv;
}
