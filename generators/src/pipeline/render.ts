import type { GeneratedFile, Model } from "../model.js";
import { outputDirs, targets } from "../targets/index.js";
import { normalize } from "./normalize.js";
import { decodeSpec, parseSpec } from "./parse.js";
import { SpecError, sortProblems } from "./problems.js";
import { validateSpec } from "./validate.js";

/** parse → validate → normalize: the spec's bytes to the model, or a SpecError listing every problem. */
export function buildModel(bytes: Uint8Array, version: string, file = "spec/status-codes.yaml"): Model {
  const decoded = decodeSpec(bytes);
  if ("problem" in decoded) throw new SpecError(file, [decoded.problem]);
  const parsed = parseSpec(decoded.text);
  if (Array.isArray(parsed)) throw new SpecError(file, sortProblems(parsed));
  const { spec, problems } = validateSpec(parsed);
  if (!spec) throw new SpecError(file, sortProblems(problems));
  return normalize(spec, version);
}

/** generate: every target's files, each checked to lie in its target's folder, sorted by path. */
export function render(model: Model): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const [name, target] of Object.entries(targets) as [keyof typeof targets, (m: Model) => GeneratedFile[]][]) {
    for (const file of target(model)) {
      if (!file.path.startsWith(`${outputDirs[name]}/`)) {
        throw new Error(`target ${name} emitted ${file.path}, outside its folder ${outputDirs[name]}`);
      }
      if (!file.content.endsWith("\n") || file.content.includes("\r")) {
        throw new Error(`target ${name} emitted ${file.path} without LF line endings and one final newline`);
      }
      files.push(file);
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
