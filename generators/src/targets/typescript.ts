/** The one way TypeScript is written: ts-morph structures and writer functions, printed through these helpers. */
import { isDeepStrictEqual } from "node:util";
import { type CodeBlockWriter, printStructure, type StatementStructures, StructureKind, type WriterFunction } from "ts-morph";
import type { GeneratedFile } from "../model.js";
import { GENERATED_NOTICE } from "./format.js";

/** Property names the emitters write unquoted: constant keys and numeric codes. */
const PLAIN_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[1-9][0-9]*)$/;

/** The header every generated module starts with. */
export const HEADER = `// ${GENERATED_NOTICE}\n\n`;

function name(key: string): string {
  return PLAIN_NAME.test(key) ? key : JSON.stringify(key);
}

/** An object literal whose values are JSON data, one property a line. */
export function objectLiteral(entries: readonly (readonly [string, unknown])[]): WriterFunction {
  return (writer) => {
    writer.write("{").indent(() => {
      for (const [key, value] of entries) writer.writeLine(`${name(key)}: ${data(value)},`);
    });
    writer.write("}");
  };
}

/** An array literal of JSON data (or of records written by `item`), one element a line. */
export function arrayLiteral<T>(items: readonly T[], item: (writer: CodeBlockWriter, value: T) => void = (w, v) => void w.write(data(v))): WriterFunction {
  return (writer) => {
    writer.write("[").indent(() => {
      for (const value of items) {
        item(writer, value);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
  };
}

/**
 * Lines as one template literal, a line of source per line of text (one-line texts only): minifiers keep the newlines
 * as single bytes, so a list of texts costs a bundle one byte a text instead of three (`","`).
 */
export function templateLines(lines: readonly string[]): WriterFunction {
  for (const line of lines) if (line.includes("\n")) throw new Error(`templateLines: ${JSON.stringify(line)} spans more than one line`);
  // A CR stays escaped (a template literal would read a raw one as LF).
  return (writer) => void writer.write(`\`${lines.map((line) => line.replace(/[`\\]|\$\{/g, "\\$&").replaceAll("\r", "\\r")).join("\n")}\``);
}

/** A value as TypeScript source on one line: JSON data, with `undefined` kept and plain property names unquoted. */
export function data(value: unknown): string {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(data).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const props = Object.entries(value).map(([key, v]) => `${name(key)}: ${data(v)}`);
    return props.length === 0 ? "{}" : `{ ${props.join(", ")} }`;
  }
  return JSON.stringify(value);
}

/**
 * One exported statement: a one-line JSDoc, then `head` and what `body` writes, then `;`. Written out rather than as a
 * declaration structure, which would give a multi-line initializer a hanging indent.
 */
function exported(doc: string, head: string, body: (writer: CodeBlockWriter) => void): WriterFunction {
  if (doc.includes("*/")) throw new Error(`${head}: its doc must not contain "*/"`);
  return (writer) => {
    writer.writeLine(`/** ${doc} */`).write(head);
    body(writer);
    writer.write(";");
  };
}

/** `export const NAME: TYPE = INITIALIZER;` */
export function constStatement(doc: string, name: string, type: string | undefined, initializer: string | WriterFunction): WriterFunction {
  return exported(doc, `export const ${name}${type === undefined ? "" : `: ${type}`} = `, (writer) =>
    typeof initializer === "string" ? void writer.write(initializer) : initializer(writer),
  );
}

/** `export type NAME = | "a" | "b";` (or `| 404 | 410` for numbers) with one member a line, so that adding a code is a one-line diff. */
export function unionStatement(doc: string, name: string, members: readonly (string | number)[]): WriterFunction {
  return exported(doc, `export type ${name} =`, (writer) => {
    if (members.length === 0) writer.write(" never");
    for (const member of members) writer.newLine().write(`  | ${JSON.stringify(member)}`);
  });
}

/** `export declare const NAME: TYPE;` where TYPE is the literal type `as const` would infer for a JSON value. */
export function declaredConstStatement(doc: string, name: string, value: unknown): WriterFunction {
  return exported(doc, `export declare const ${name}: `, (writer) => literalType(writer, value, { readonlyArrays: true, named: [] }));
}

/**
 * `export type NAME = TYPE;` where TYPE is the exact literal type of a JSON value with mutable tuples (which APIs typed with
 * mutable arrays accept); a nested value deeply equal to one of `named` is written as that type's name.
 */
export function literalTypeStatement(doc: string, name: string, value: unknown, named: readonly (readonly [string, unknown])[] = []): WriterFunction {
  return exported(doc, `export type ${name} = `, (writer) => literalType(writer, value, { readonlyArrays: false, named }));
}

interface LiteralOptions {
  readonlyArrays: boolean;
  named: readonly (readonly [string, unknown])[];
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null && !Array.isArray(value);

/** A cheap first test before a deep comparison: the same keys in the same order. */
const sameKeys = (a: object, b: object) => Object.keys(a).join("\0") === Object.keys(b).join("\0");

/** The literal type of a JSON value (readonly properties; readonly or mutable tuples), nested values indented. */
function literalType(writer: CodeBlockWriter, value: unknown, options: LiteralOptions): void {
  const name = isObject(value) ? options.named.find(([, v]) => isObject(v) && sameKeys(v, value) && isDeepStrictEqual(v, value))?.[0] : undefined;
  if (name !== undefined) return void writer.write(name);
  if (Array.isArray(value)) {
    const open = options.readonlyArrays ? "readonly [" : "[";
    if (value.length === 0) return void writer.write(`${open}]`);
    writer.write(open).newLine();
    writer.indent(() => value.forEach((v, i) => (literalType(writer, v, options), writer.write(i < value.length - 1 ? "," : "").newLine())));
    return void writer.write("]");
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return void writer.write("{}");
    writer.write("{").newLine();
    writer.indent(() => entries.forEach(([k, v]) => (writer.write(`readonly ${JSON.stringify(k)}: `), literalType(writer, v, options), writer.write(";").newLine())));
    return void writer.write("}");
  }
  if (value === null || ["string", "boolean", "number"].includes(typeof value)) return void writer.write(JSON.stringify(value));
  throw new Error(`not a JSON value: ${String(value)}`);
}

/** A top-level statement: a ts-morph structure, the text a writer function writes, or lines of code as they are. */
export type Statement = StatementStructures | WriterFunction | string;

/**
 * What a module holds, in order, a blank line between each two entries. An entry that is a list of statements is printed
 * as ts-morph prints the statements of a file: a blank line after one that ends in a block, none otherwise.
 */
export type ModuleContent = readonly (Statement | readonly Statement[])[];

const isList = (entry: Statement | readonly Statement[]): entry is readonly Statement[] => Array.isArray(entry);

/** An entry of a module as text, without a final newline. */
function print(entry: Statement | readonly Statement[]): string {
  const statements = isList(entry) ? [...entry] : [entry];
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 }).replace(/\n$/, "");
}

/**
 * One TypeScript file per module, headed by the generated-file notice. ts-morph prints the structures as text and never
 * parses it: nothing here needs a syntax tree, and parsing the file again after each insertion was most of the
 * generator's time.
 */
export function typeScriptFiles<M>(modules: Record<string, (model: M) => ModuleContent>, model: M): GeneratedFile[] {
  return Object.entries(modules).map(([path, content]) => ({ path, content: `${HEADER}${content(model).map(print).join("\n\n")}\n` }));
}
