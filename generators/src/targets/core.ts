import { type Model, type ModelProblem, PACKAGE_NAMES, type Target } from "../model.js";
import { generateErrors, generateErrorTable } from "./core/errors.js";
import { distinctErrorNames } from "./core/names.js";
import { generateProblemTypes } from "./core/problem-types.js";
import { generateClasses, generateCodes, generateStatusCode } from "./core/status-code.js";
import { generateFlags, generatePhrases, generateStatuses } from "./core/tables.js";
import { type ModuleContent, typeScriptFiles } from "./typescript.js";

/** One generated module per table, so that a bundle only pulls the tables it uses. */
const MODULES: Record<string, (model: Model) => ModuleContent> = {
  "classes.ts": generateClasses,
  "codes.ts": generateCodes,
  "error-table.ts": generateErrorTable,
  "errors.ts": generateErrors,
  "flags.ts": generateFlags,
  "phrases.ts": generatePhrases,
  "problem-types.ts": generateProblemTypes,
  "status-code.ts": generateStatusCode,
  "statuses.ts": generateStatuses,
};

/** Each header field is set by an option of the error classes named after it: two fields must not share one. */
function distinctHeaderOptions(model: Model): ModelProblem[] {
  const owner = new Map<string, string>();
  return model.headers.flatMap((h) => {
    const other = owner.get(h.option);
    if (other === undefined) return owner.set(h.option, h.name), [];
    return [{ subject: { header: h.name }, message: `header "${h.name}" and header "${other}" would both be set by the error option ${h.option} (spell one of them differently)` }];
  });
}

/** status-core: its TypeScript tables, written as ts-morph structures. */
export const core: Target = {
  name: "core",
  package: PACKAGE_NAMES.core,
  packageDir: "packages/core",
  dir: "packages/core/src/generated",
  generate: (model) => typeScriptFiles(MODULES, model),
  validate: (model) => [...distinctHeaderOptions(model), ...distinctErrorNames(model)],
};
