import { IndentationText, Project, type SourceFile } from "ts-morph";
import type { GeneratedFile, Model } from "../model.js";
import { HEADER } from "./core/emit.js";
import { generateClasses, generateCodes, generateStatusCode } from "./core/status-code.js";
import { generateFlags, generatePhrases, generateStatuses } from "./core/tables.js";

const DIR = "packages/core/src/generated";

/** One generated module per table, so that a bundle only pulls the tables it uses. */
const MODULES: Record<string, (file: SourceFile, model: Model) => void> = {
  "classes.ts": generateClasses,
  "codes.ts": generateCodes,
  "flags.ts": generateFlags,
  "phrases.ts": generatePhrases,
  "status-code.ts": generateStatusCode,
  "statuses.ts": generateStatuses,
};

/** The TypeScript tables of @org/status-core, written with ts-morph structures. */
export function core(model: Model): GeneratedFile[] {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });
  return Object.entries(MODULES).map(([name, generate]) => {
    const file = project.createSourceFile(name);
    generate(file, model);
    return { path: `${DIR}/${name}`, content: `${HEADER}${file.getFullText()}` };
  });
}
