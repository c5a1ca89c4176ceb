/** The one way TypeScript is written: declarations as ts-morph structures, data as plain text, through these helpers. */
import { isDeepStrictEqual } from "node:util";
import { printStructure, type StatementStructures, StructureKind } from "ts-morph";
import type { GeneratedFile } from "../model.js";
import { GENERATED_NOTICE } from "./format.js";

/** Property names the emitters write unquoted: constant keys and numeric codes. */
const PLAIN_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[1-9][0-9]*)$/;

/** The header every generated module starts with. */
export const HEADER = `// ${GENERATED_NOTICE}\n\n`;

function name(key: string): string {
  return PLAIN_NAME.test(key) ? key : JSON.stringify(key);
}

/** Each line after the first one level deeper: a nested literal in its place. */
const nest = (text: string) => text.replaceAll("\n", "\n  ");

/** An object literal whose values are JSON data, one property a line. */
export function objectLiteral(entries: readonly (readonly [string, unknown])[]): string {
  return `{\n${entries.map(([key, value]) => `  ${name(key)}: ${data(value)},\n`).join("")}}`;
}

/** An array literal of JSON data (or of records written by `item`), one element a line. */
export function arrayLiteral<T>(items: readonly T[], item: (value: T) => string = data): string {
  return `[\n${items.map((value) => `  ${nest(item(value))},\n`).join("")}]`;
}

/**
 * Lines as one template literal, a line of source per line of text (one-line texts only): minifiers keep the newlines
 * as single bytes, so a list of texts costs a bundle one byte a text instead of three (`","`).
 */
export function templateLines(lines: readonly string[]): string {
  for (const line of lines) if (line.includes("\n")) throw new Error(`templateLines: ${JSON.stringify(line)} spans more than one line`);
  // A CR stays escaped (a template literal would read a raw one as LF).
  return `\`${lines.map((line) => line.replace(/[`\\]|\$\{/g, "\\$&").replaceAll("\r", "\\r")).join("\n")}\``;
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
 * One exported statement: a one-line JSDoc, then `head`, `body` and `;`. Written out rather than as a declaration
 * structure, which would give a multi-line initializer a hanging indent.
 */
function exported(doc: string, head: string, body: string): string {
  if (doc.includes("*/")) throw new Error(`${head}: its doc must not contain "*/"`);
  return `/** ${doc} */\n${head}${body};`;
}

/** `export const NAME: TYPE = INITIALIZER;` */
export function constStatement(doc: string, name: string, type: string | undefined, initializer: string): string {
  return exported(doc, `export const ${name}${type === undefined ? "" : `: ${type}`} = `, initializer);
}

/** `export type NAME = | "a" | "b";` (or `| 404 | 410` for numbers) with one member a line, so that adding a code is a one-line diff. */
export function unionStatement(doc: string, name: string, members: readonly (string | number)[]): string {
  return exported(doc, `export type ${name} =`, members.length === 0 ? " never" : members.map((member) => `\n  | ${JSON.stringify(member)}`).join(""));
}

/** `export declare const NAME: TYPE;` where TYPE is the literal type `as const` would infer for a JSON value. */
export function declaredConstStatement(doc: string, name: string, value: unknown): string {
  return exported(doc, `export declare const ${name}: `, literalType(value, { readonlyArrays: true, named: new Map() }));
}

/**
 * `export type NAME = TYPE;` where TYPE is the exact literal type of a JSON value with mutable tuples (which APIs typed with
 * mutable arrays accept); a nested value deeply equal to one of `named` is written as that type's name.
 */
export function literalTypeStatement(doc: string, name: string, value: unknown, named: readonly (readonly [string, unknown])[] = []): string {
  // The named objects by their keys in order, a cheap first test before a deep comparison; the first match wins.
  const byKeys = new Map<string, (readonly [string, object])[]>();
  for (const [typeName, v] of named) {
    if (!isObject(v)) continue;
    const key = keysOf(v);
    byKeys.set(key, [...(byKeys.get(key) ?? []), [typeName, v]]);
  }
  return exported(doc, `export type ${name} = `, literalType(value, { readonlyArrays: false, named: byKeys }));
}

interface LiteralOptions {
  readonlyArrays: boolean;
  named: ReadonlyMap<string, readonly (readonly [string, object])[]>;
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null && !Array.isArray(value);

const keysOf = (value: object) => Object.keys(value).join("\0");

/** The literal type of a JSON value (readonly properties; readonly or mutable tuples), nested values indented. */
function literalType(value: unknown, options: LiteralOptions): string {
  const name = isObject(value) ? options.named.get(keysOf(value))?.find(([, v]) => isDeepStrictEqual(v, value))?.[0] : undefined;
  if (name !== undefined) return name;
  if (Array.isArray(value)) {
    const open = options.readonlyArrays ? "readonly [" : "[";
    if (value.length === 0) return `${open}]`;
    return `${open}\n${value.map((v) => `  ${nest(literalType(v, options))}`).join(",\n")}\n]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `  readonly ${JSON.stringify(k)}: ${nest(literalType(v, options))};\n`).join("")}}`;
  }
  if (value === null || ["string", "boolean", "number"].includes(typeof value)) return JSON.stringify(value);
  throw new Error(`not a JSON value: ${String(value)}`);
}

/** A top-level statement: a ts-morph structure, or plain text that the helpers above wrote (JSON data and one-line docs). */
type Statement = StatementStructures | string;

/**
 * What a module holds, in order, a blank line between each two entries. An entry that is a list of structures is printed
 * as ts-morph prints the statements of a file: a blank line after one that ends in a block, none otherwise.
 */
export type ModuleContent = readonly (Statement | readonly StatementStructures[])[];

const isList = (entry: Statement | readonly StatementStructures[]): entry is readonly StatementStructures[] => Array.isArray(entry);

/** An entry of a module as text, without a final newline. */
function print(entry: Statement | readonly StatementStructures[]): string {
  if (typeof entry === "string") return entry;
  const statements = isList(entry) ? [...entry] : [entry];
  return printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 }).replace(/\n$/, "");
}

/** A module's content written out as lines of code, blank ones kept (the packages' JS entries). */
export function lines(code: readonly string[]): ModuleContent {
  return [code.join("\n")];
}

/**
 * One TypeScript file per module, headed by the generated-file notice. ts-morph prints the structures as text and never
 * parses it: nothing here needs a syntax tree, and parsing the file again after each insertion was most of the
 * generator's time.
 */
export function typeScriptFiles<M>(modules: Record<string, (model: M) => ModuleContent>, model: M): GeneratedFile[] {
  return Object.entries(modules).map(([path, content]) => ({ path, content: `${HEADER}${content(model).map(print).join("\n\n")}\n` }));
}
