import type { Model } from "../model.js";
import { normalize } from "./normalize.js";
import { decodeSpec, parseSpec } from "./parse.js";
import { SpecError, sortProblems } from "./problems.js";
import { validateSpec } from "./validate.js";

/** read's bytes → parse → validate → normalize: the model, or a SpecError listing every problem of the spec. */
export function buildModel(bytes: Uint8Array, version: string, file = "spec/status-codes.yaml"): Model {
  const decoded = decodeSpec(bytes);
  if ("problem" in decoded) throw new SpecError(file, [decoded.problem]);
  const parsed = parseSpec(decoded.text);
  if (Array.isArray(parsed)) throw new SpecError(file, sortProblems(parsed));
  const { spec, problems } = validateSpec(parsed);
  if (!spec) throw new SpecError(file, sortProblems(problems));
  return normalize(spec, version);
}
