import type { CodeBlockWriter, SourceFile, WriterFunction } from "ts-morph";
import { GENERATED_NOTICE } from "../format.js";

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
 * `export const NAME: TYPE = INITIALIZER;` with a one-line JSDoc, written at the top level of the file: a declaration
 * structure would give a multi-line initializer a hanging indent.
 */
export function addConst(file: SourceFile, doc: string, name: string, type: string | undefined, initializer: string | WriterFunction): void {
  if (doc.includes("*/")) throw new Error(`addConst ${name}: its doc must not contain "*/"`);
  file.addStatements((writer) => {
    writer.newLine().writeLine(`/** ${doc} */`).write(`export const ${name}${type === undefined ? "" : `: ${type}`} = `);
    if (typeof initializer === "string") writer.write(initializer);
    else initializer(writer);
    writer.write(";");
  });
}
