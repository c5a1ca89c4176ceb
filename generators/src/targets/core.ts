import type { SourceFile } from "ts-morph";
import type { Model, Target } from "../model.js";
import { generateErrors } from "./core/errors.js";
import { generateClasses, generateCodes, generateStatusCode } from "./core/status-code.js";
import { generateFlags, generatePhrases, generateStatuses } from "./core/tables.js";
import { typeScriptFiles } from "./typescript.js";

/** One generated module per table, so that a bundle only pulls the tables it uses. */
const MODULES: Record<string, (file: SourceFile, model: Model) => void> = {
  "classes.ts": generateClasses,
  "codes.ts": generateCodes,
  "errors.ts": generateErrors,
  "flags.ts": generateFlags,
  "phrases.ts": generatePhrases,
  "status-code.ts": generateStatusCode,
  "statuses.ts": generateStatuses,
};

/** @org/status-core: its TypeScript tables, written with ts-morph structures. */
export const core: Target = {
  name: "core",
  package: "@org/status-core",
  packageDir: "packages/core",
  dir: "packages/core/src/generated",
  generate: (model) => typeScriptFiles(MODULES, model),
};
