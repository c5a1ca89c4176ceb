import { checkCodes } from "./code-rules.js";
import type { ParsedSpec } from "./parse.js";
import { checkProblemTypes } from "./problem-type-rules.js";
import type { Problem, Report } from "./problems.js";
import { schemaProblems } from "./schema-errors.js";
import type { SpecFile } from "./spec.js";

/** Check the parsed spec against its schema and the rules; every problem is returned, none thrown. */
export function validateSpec(parsed: ParsedSpec): { spec: SpecFile; problems: [] } | { spec: undefined; problems: Problem[] } {
  const problems = schemaProblems(parsed);
  const report: Report = (path, message, at = "value") => problems.push({ ...parsed.locate(path, at), message });
  checkCodes(parsed, report);
  checkProblemTypes(parsed, report);
  return problems.length === 0 ? { spec: parsed.data as SpecFile, problems: [] } : { spec: undefined, problems };
}
