import type { GeneratedFile, Model, Target } from "../model.js";
import { targets as allTargets } from "../targets/index.js";

/**
 * generate: every target's files, each put under its target's folder, sorted by path. A path that would leave the
 * folder, a CR or a missing final newline is a bug in the target, so it throws.
 */
export function render(model: Model, targets: readonly Target[] = allTargets): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const target of targets) {
    for (const file of target.generate(model)) {
      if (file.path.startsWith("/") || file.path.split("/").some((part) => part === ".." || part === "." || part === "")) {
        throw new Error(`target ${target.name} emitted ${file.path}, outside its folder ${target.dir}`);
      }
      if (!file.content.endsWith("\n") || file.content.endsWith("\n\n") || file.content.includes("\r")) {
        throw new Error(`target ${target.name} emitted ${file.path} without LF line endings and exactly one final newline`);
      }
      files.push({ path: `${target.dir}/${file.path}`, content: file.content });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
