import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import type { SpecFile } from "./spec.js";

/**
 * The spec's JSON Schema, compiled by ajv (draft 2020-12) into the check that validate runs: every error at once, each
 * with its schema and data. Run from source (tests, tsx), this module compiles it when loaded. `pnpm gen` runs a bundle
 * (bin.mjs) that holds what `precompiled()` returns in place of this module: the same check as ajv's standalone code,
 * compiled when the bundle was built from these very sources, so that a run does not compile the schema again.
 */
function compile(source: boolean): { ajv: Ajv2020; check: ValidateFunction<SpecFile> } {
  // strictRequired would refuse `required` in the schema's anyOf/if branches, which name properties declared beside them.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, code: { source, esm: true } });
  // Annotations for the YAML language server: messages of the schema's own rules, and snippets for new entries.
  ajv.addVocabulary(["errorMessage", "patternErrorMessage", "defaultSnippets"]);
  return { ajv, check: ajv.compile<SpecFile>(schema) };
}

export const checkSpec: ValidateFunction<SpecFile> = compile(false).check;

/** The text of a module that exports `checkSpec` as ajv's standalone code (which loads ajv's runtime helpers with `require`); the schema is bundled. */
export function precompiled(): string {
  const { ajv, check } = compile(true);
  // A CommonJS module whose function is also its `default` export, the one its types declare.
  return `${standalone.default(ajv, check)}\nexport { validate as checkSpec };\n`;
}
