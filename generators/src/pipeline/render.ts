import type { GeneratedFile, Model } from "../model.js";
import { outputDirs, targets } from "../targets/index.js";

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
