import { IndentationText, Project, VariableDeclarationKind } from "ts-morph";
import type { GeneratedFile, Model } from "../model.js";
import { GENERATED_NOTICE } from "./format.js";

const DIR = "packages/core/src/generated";

/** The TypeScript tables of @org/status-core. */
export function core(model: Model): GeneratedFile[] {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces } });
  const file = project.createSourceFile("status-code.ts", {
    leadingTrivia: `// ${GENERATED_NOTICE}\n\n`,
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every status code in the spec, by constant key."],
    declarations: [
      {
        name: "StatusCode",
        initializer: (writer) =>
          writer.block(() => {
            for (const s of model.statuses) writer.writeLine(`${s.key}: ${s.code},`);
          }).write(" as const"),
      },
    ],
  });
  file.formatText({ indentSize: 2 });
  return [{ path: `${DIR}/status-code.ts`, content: file.getFullText() }];
}
