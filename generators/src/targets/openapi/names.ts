import { IndentationText, Project, type WriterFunction } from "ts-morph";
import type { Model } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";

/** `names.d.ts`: the response and header component names as string literal unions, for the typed JS entry. */
export function namesDeclaration(model: Model): string {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });
  const file = project.createSourceFile("names.d.ts", { leadingTrivia: `// ${GENERATED_NOTICE}\n\n` });
  file.addTypeAliases([
    { isExported: true, name: "ResponseName", docs: ["Name of a response under `components/responses`, one per status code."], type: union(model.statuses.map((s) => s.name)) },
    { isExported: true, name: "HeaderName", docs: ["Name of a header field under `components/headers`."], type: union(model.headers.map((h) => h.name)) },
  ]);
  file.formatText({ indentSize: 2 });
  return file.getFullText();
}

/** One member per line, so adding a code is a one-line diff. */
function union(names: readonly string[]): WriterFunction {
  return (writer) => {
    if (names.length === 0) writer.write("never");
    for (const n of names) writer.newLine().write(`| ${JSON.stringify(n)}`);
  };
}
