import { type CodeBlockWriter, Project } from "ts-morph";
import type { Model } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";

/** `names.d.ts`: the response and header component names as string literal unions, for the typed JS entry. */
export function namesDeclaration(model: Model): string {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile("names.d.ts");
  file.addStatements((writer) => {
    writer.writeLine(`// ${GENERATED_NOTICE}`).blankLine();
    union(writer, "ResponseName", "Name of a response under `components/responses`, one per status code.", model.statuses.map((s) => s.name));
    writer.blankLine();
    union(writer, "HeaderName", "Name of a header field under `components/headers`.", model.headers.map((h) => h.name));
  });
  return file.getFullText();
}

/** `export type NAME = | "a" | "b";` with one member per line, so adding a code is a one-line diff. */
function union(writer: CodeBlockWriter, name: string, doc: string, members: readonly string[]): void {
  writer.writeLine(`/** ${doc} */`).write(`export type ${name} =`);
  if (members.length === 0) writer.write(" never");
  for (const m of members) writer.newLine().write(`  | ${JSON.stringify(m)}`);
  writer.write(";");
}
