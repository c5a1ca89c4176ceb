/**
 * The one way tests compile generated TypeScript: copies of @org/status-core (its hand-written layer from
 * packages/core/src with the generated files given, and any other files) in one program of ts-morph's compiler, in
 * memory, in this process. One program checks every copy at once: TypeScript's start-up and its lib files are paid once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Project, ts } from "ts-morph";
import type { GeneratedFile } from "../../src/model.js";
import { repoRoot } from "./run.js";

const coreSrc = join(repoRoot, "packages/core/src");

/** One copy of the package: the core target's files (paths inside `src/generated/`) and other files by path. */
export interface CoreCopy {
  generated: readonly GeneratedFile[];
  files?: Readonly<Record<string, string>>;
}

/** The checks packages/core's tsconfig asks for (through tsconfig.base.json), for an ES module package on NodeNext. */
const OPTIONS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
  rootDir: "/",
  outDir: "/out",
};

/**
 * Compile the copies, each under `/cN/` (N its index), in one program. Returns the project, every diagnostic as
 * `/cN/path:line: message`, and, when asked, the emitted JavaScript by path under `out` (`cN/src/index.js`).
 */
export function compileCores(copies: readonly CoreCopy[], { emit = false } = {}) {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { ...OPTIONS, noEmit: !emit } });
  const handWritten = readdirSync(coreSrc).filter((n) => n.endsWith(".ts"));
  for (const [i, copy] of copies.entries()) {
    const at = `/c${i}`;
    project.getFileSystem().writeFileSync(`${at}/package.json`, '{ "type": "module" }\n');
    for (const name of handWritten) project.createSourceFile(`${at}/src/${name}`, readFileSync(join(coreSrc, name), "utf8"));
    for (const f of copy.generated) project.createSourceFile(`${at}/src/generated/${f.path}`, f.content);
    for (const [path, content] of Object.entries(copy.files ?? {})) project.createSourceFile(`${at}/${path}`, content);
  }
  const diagnostics = project.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile();
    const line = file && d.getStart() !== undefined ? `:${file.getLineAndColumnAtPos(d.getStart()!).line}` : "";
    return `${file?.getFilePath() ?? "(program)"}${line}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`;
  });
  const output = new Map<string, string>();
  if (emit && diagnostics.length === 0) {
    for (const f of project.emitToMemory().getFiles()) output.set(f.filePath.replace(/^\/out\//, ""), f.text);
  }
  return { project, diagnostics, output };
}
