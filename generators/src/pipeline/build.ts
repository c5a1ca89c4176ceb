import type { Model, ModelProblem, Target } from "../model.js";
import { targets as allTargets } from "../targets/index.js";
import { normalize } from "./normalize.js";
import { decodeSpec, type ParsedSpec, parseSpec } from "./parse.js";
import { type Problem, SpecError, sortProblems } from "./problems.js";
import type { SpecFile } from "./spec.js";
import { validateSpec } from "./validate.js";

/**
 * read's bytes → parse → validate → normalize → each target's own rules: the model, or a SpecError listing every
 * problem of the spec.
 */
export function buildModel(bytes: Uint8Array, version: string, file = "spec/status-codes.yaml", targets: readonly Target[] = allTargets): Model {
  const decoded = decodeSpec(bytes);
  if ("problem" in decoded) throw new SpecError(file, [decoded.problem]);
  const parsed = parseSpec(decoded.text);
  if (Array.isArray(parsed)) throw new SpecError(file, sortProblems(parsed));
  const { spec, problems } = validateSpec(parsed);
  if (!spec) throw new SpecError(file, sortProblems(problems));
  const model = normalize(spec, version);
  const targetProblems = targets.flatMap((t) => t.validate?.(model) ?? []).map((p) => locate(p, spec, parsed));
  if (targetProblems.length > 0) throw new SpecError(file, sortProblems(targetProblems));
  return model;
}

/** Where the spec says what a target's problem is about: the header field's name, the code, or the problem type's slug. */
function locate({ subject, message }: ModelProblem, spec: SpecFile, parsed: ParsedSpec): Problem {
  const path =
    "header" in subject ? ["headers", spec.headers.findIndex((h) => h.name === subject.header), "name"]
    : "problem" in subject ? ["problems", (spec.problems ?? []).findIndex((p) => p.type === subject.problem), "type"]
    : ["codes", spec.codes.findIndex((c) => c.code === subject.code), "code"];
  return { ...parsed.locate(path), message };
}
