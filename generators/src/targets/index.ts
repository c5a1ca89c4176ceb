import type { Target } from "../model.js";
import { core } from "./core.js";
import { docs } from "./docs.js";
import { jsonSchema } from "./json-schema.js";
import { openapi } from "./openapi.js";

/** Every target, by name; adding one is a module, a line here and its output folder below. */
export const targets = { core, openapi, jsonSchema, docs } satisfies Record<string, Target>;

/** The folders `pnpm gen` owns, one per target: everything in them is generated and replaced whole. */
export const outputDirs: Record<keyof typeof targets, string> = {
  core: "packages/core/src/generated",
  openapi: "packages/openapi/generated",
  jsonSchema: "packages/json-schema/generated",
  docs: "packages/docs/generated",
};
