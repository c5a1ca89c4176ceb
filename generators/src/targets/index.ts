import type { Target } from "../model.js";
import { core } from "./core.js";
import { docs } from "./docs.js";
import { jsonSchema } from "./json-schema.js";
import { openapi } from "./openapi.js";

/**
 * Every target, in the order the CLI reports them. Everything that lists targets (the CLI, the release assistant,
 * the tests) reads this list: adding one is its module, a line here, and its package folder.
 */
export const targets: readonly Target[] = [core, openapi, jsonSchema, docs];

export { core, docs, jsonSchema, openapi };
