import { isAlias, isPair, isScalar, visit, type Document, type Scalar, type YAMLError } from "yaml";
import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import type { Problem } from "./problems.js";

/**
 * The YAML slips people make when they edit the spec by hand, told in their terms with the fix: a value that needs
 * quotes, a field at the wrong column or inside a block of text, a tab, an entry without its dash. The parser's own
 * message is the fallback when a slip is not one of these.
 */

type Position = (offset: number) => { line: number; col: number };

/** Every field name of the spec, with the definitions (kinds of mapping) it belongs to. */
const FIELDS = fieldKinds();

/** Fields whose values are prose: a ` #` in them is more likely text than a comment. */
const PROSE = new Set(["phrase", "summary", "description", "deprecated", "title"]);

/** `name:` at the start of a line, after spaces and an optional `- `. */
const KEY = /^( *)(?:(-)( +))?([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)/;

interface Line {
  text: string;
  /** Spaces before the first other character. */
  indent: number;
  key?: { name: string; col: number; valueCol: number };
  /** Column of a `- ` that starts the line. */
  dash?: number;
  /** The line holding the header (`>-`, `|`) of the block scalar this line is text of. */
  blockOf?: number;
}

/** The spec's lines (1-based), each with its key and whether it is the text of a block scalar. */
class Lines {
  private readonly lines: Line[];

  constructor(text: string) {
    this.lines = text.split("\n").map((t) => {
      const line: Line = { text: t, indent: /^ */.exec(t)![0].length };
      const m = KEY.exec(t);
      if (m) {
        const col = m[1]!.length + (m[2] ? 1 + m[3]!.length : 0) + 1;
        const valueCol = m[0].length + 1 + /^[ \t]*/.exec(t.slice(m[0].length))![0].length;
        line.key = { name: m[4]!, col, valueCol };
        if (m[2]) line.dash = m[1]!.length + 1;
      } else if (/^ *-( |$)/.test(t)) line.dash = line.indent + 1;
      return line;
    });
    this.markBlocks();
  }

  at(n: number): Line {
    return this.lines[n - 1] ?? { text: "", indent: 0 };
  }

  get count() {
    return this.lines.length;
  }

  /** Blank, a comment, or the text of a block scalar: not part of the structure. */
  isText(n: number) {
    const line = this.at(n);
    return line.text.trim() === "" || line.text.trimStart().startsWith("#") || line.blockOf !== undefined;
  }

  /** The raw value after `key:` on line n, without trailing spaces. */
  valueOf(n: number) {
    const line = this.at(n);
    return line.key ? line.text.slice(line.key.valueCol - 1).trimEnd() : "";
  }

  /** The keys that enclose line n, nearest first: each one further left than the one before. */
  enclosing(n: number): { name: string; col: number; line: number }[] {
    const found: { name: string; col: number; line: number }[] = [];
    for (let i = n - 1; i >= 1 && (found.at(-1)?.col ?? Infinity) > 1; i--) {
      const key = this.isText(i) ? undefined : this.at(i).key;
      if (key && key.col < (found.at(-1)?.col ?? Infinity)) found.push({ name: key.name, col: key.col, line: i });
    }
    return found;
  }

  /** The key that a field at line n most likely lines up with: an enclosing key of the same kind of mapping, nearest in column. */
  sibling(n: number, name: string | undefined, col: number) {
    const kinds = name === undefined ? undefined : FIELDS.get(name);
    const candidates = this.enclosing(n).filter((c) => !kinds || !FIELDS.has(c.name) || [...FIELDS.get(c.name)!].some((k) => kinds.has(k)));
    return candidates.sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col) || b.col - a.col)[0];
  }

  /** Lines after n that YAML would read as more of the plain value on line n. */
  continuation(n: number): number[] {
    const key = this.at(n).key;
    const out: number[] = [];
    if (!key) return out;
    for (let i = n + 1; i <= this.count; i++) {
      const line = this.at(i);
      if (line.text.trim() === "") continue;
      if (line.indent < key.col) break;
      out.push(i);
    }
    return out;
  }

  private markBlocks() {
    this.lines.forEach((line, i) => {
      if (!line.key || !/^[|>][-+0-9]*[ \t]*(#.*)?$/.test(this.valueOf(i + 1))) return;
      let contentIndent: number | undefined;
      for (let j = i + 1; j < this.lines.length; j++) {
        const next = this.lines[j]!;
        if (next.text.trim() === "") continue;
        contentIndent ??= next.indent;
        if (next.indent < contentIndent || next.indent < line.key.col) break;
        next.blockOf = i + 1;
      }
    });
  }
}

/** The first YAML syntax error, explained as a slip when it is one we know. */
export function explainSyntaxError(text: string, error: YAMLError, pos: Position): Problem | undefined {
  const lines = new Lines(text);
  const { line: n, col } = pos(error.pos[0]);
  const line = lines.at(n);
  if (/^ *\t/.test(line.text)) return tabIndent(lines, n);
  if (error.code === "DUPLICATE_KEY") return duplicateKey(lines, n);
  if (error.code === "MULTIPLE_DOCS") {
    return { line: n, col: 1, message: '"---" starts a second YAML document, but the spec is one document (remove this line)' };
  }
  if (line.key && col > line.key.col) return valueSlip(lines, n);
  if (line.dash !== undefined) return entryIndent(lines, n) ?? keyIndent(lines, n);
  if (line.key) return keyIndent(lines, n);
  return looseLine(lines, n);
}

function tabIndent(lines: Lines, n: number): Problem {
  const text = lines.at(n).text;
  const name = KEY.exec(text.replace(/^[ \t]+/, ""))?.[4];
  const target = lines.sibling(n, name, Infinity);
  const fix = target ? `replace the tab with ${target.col - 1} spaces, to line it up with "${target.name}:" on line ${target.line}` : "replace the tab with spaces";
  return { line: n, col: text.indexOf("\t") + 1, message: `line ${n} is indented with a tab, and YAML indents with spaces only (${fix})` };
}

function duplicateKey(lines: Lines, n: number): Problem | undefined {
  const key = lines.at(n).key;
  if (!key) return undefined;
  for (let i = n - 1; i >= 1; i--) {
    if (lines.isText(i)) continue;
    const above = lines.at(i);
    const col = above.key?.col ?? above.indent + 1;
    if (col < key.col) break;
    if (col > key.col || above.key?.name !== key.name) {
      if (above.dash !== undefined && col === key.col) break; // the start of this entry: no earlier occurrence in it
      continue;
    }
    const where = { line: n, col: key.col };
    if (above.dash !== undefined && lines.at(n).dash === undefined) {
      const fixed = `${above.text.slice(0, above.dash - 1)}- ${lines.at(n).text.trimStart()}`;
      return { ...where, message: `a second "${key.name}:" in the entry that starts on line ${i}; a new entry needs "- " before its first field (write the line as "${fixed}", the dash at column ${above.dash} as on line ${i})` };
    }
    const scope = key.col === 1 ? "at the top level" : "in the same entry";
    return { ...where, message: `"${key.name}:" appears twice ${scope}, first on line ${i} (keep one of the two)` };
  }
  return undefined;
}

/** A line whose `- ` is not in the column of the entries above it. */
function entryIndent(lines: Lines, n: number): Problem | undefined {
  const dash = lines.at(n).dash!;
  for (let i = n - 1; i >= 1; i--) {
    if (lines.isText(i)) continue;
    const above = lines.at(i);
    if (above.dash === undefined) {
      if ((above.key?.col ?? above.indent + 1) < dash) break;
      continue;
    }
    if (above.dash === dash) return undefined;
    return { line: n, col: dash, message: `this entry's "-" is at column ${dash}, but the entries above have theirs at column ${above.dash} (${shift(dash, above.dash)} to line it up with the entry on line ${i})` };
  }
  return undefined;
}

/** A field that does not start in the column of the fields around it. */
function keyIndent(lines: Lines, n: number): Problem | undefined {
  const key = lines.at(n).key;
  if (!key) return undefined;
  const target = lines.sibling(n, key.name, key.col);
  if (!target || target.col === key.col) return undefined;
  const side = key.col < target.col ? "left" : "right";
  return {
    line: n,
    col: key.col,
    message: `"${key.name}:" starts at column ${key.col}, ${side} of the fields around it at column ${target.col} (${shift(key.col, target.col)} to line it up with "${target.name}:" on line ${target.line})`,
  };
}

/** A line that is neither a field nor indented under one. */
function looseLine(lines: Lines, n: number): Problem | undefined {
  const line = lines.at(n);
  const col = line.indent + 1;
  const noSpace = /^ *([A-Za-z_][\w-]*):(\S.*)$/.exec(line.text);
  if (noSpace) {
    return { line: n, col, message: `"${noSpace[1]}:${noSpace[2]}" has no space after the colon, so YAML does not read a field (write ${noSpace[1]}: ${noSpace[2]})` };
  }
  const noColon = /^ *([A-Za-z_][\w-]*)[ \t]+(\S.*)$/.exec(line.text);
  if (noColon && FIELDS.has(noColon[1]!)) {
    return { line: n, col, message: `"${noColon[1]} ${noColon[2]}" has no colon after ${noColon[1]} (write ${noColon[1]}: ${noColon[2]})` };
  }
  let above = n - 1;
  while (above > 1 && lines.at(above).text.trim() === "") above--;
  const block = lines.at(above).blockOf;
  if (block !== undefined) {
    const header = lines.at(block).key!;
    const textCol = lines.at(block + 1).indent + 1;
    if (col > header.col && col < textCol) {
      return { line: n, col, message: `line ${n} is part of the text of ${header.name} (line ${block}), but starts at column ${col}, left of the text above at column ${textCol} (${shift(col, textCol)})` };
    }
  }
  const owner = [...Array(n - 1).keys()].map((i) => n - 1 - i).find((i) => !lines.isText(i) && lines.at(i).key);
  const key = owner === undefined ? undefined : lines.at(owner).key;
  if (owner !== undefined && key && lines.valueOf(owner) !== "" && col <= key.col) {
    return { line: n, col, message: `line ${n} looks like more of the ${key.name} on line ${owner}, but YAML reads a value's next lines only when they are indented deeper than "${key.name}:" (indent it to column ${key.col + 1} or more, or join it to line ${owner})` };
  }
  return undefined;
}

/** A problem in the value after `key:` on line n. */
function valueSlip(lines: Lines, n: number): Problem | undefined {
  const key = lines.at(n).key!;
  const raw = lines.valueOf(n);
  const continued = lines.continuation(n);
  const field = continued.find((i) => lines.at(i).key);
  if (field !== undefined) {
    const misplaced = lines.at(field).key!;
    return {
      line: field,
      col: misplaced.col,
      message: `"${misplaced.name}:" is indented deeper than "${key.name}:" (line ${n}), so YAML reads it as more of the ${key.name} (${shift(misplaced.col, key.col)} to line it up with "${key.name}:")`,
    };
  }
  const where = { line: n, col: key.valueCol };
  const block = `${key.name}: >- with the text on the lines below, indented`;
  const colonLine = continued.find((i) => /:( |$)/.test(lines.at(i).text));
  if (colonLine !== undefined) {
    return { ...where, message: `the value of ${key.name} goes on to line ${colonLine}, where ": " makes YAML read a nested field (write the value as a folded block: ${block})` };
  }
  const why = valueReason(raw, key.valueCol);
  if (!why) return undefined;
  const { reason, hint = "" } = why;
  if (/^[|>]/.test(raw)) return { ...where, message: `the value of ${key.name} ${reason} (move the text after ${raw.split(/\s/)[0]} to the lines below, indented deeper than "${key.name}:", or quote the value)` };
  const fix = continued.length > 0 ? `quote the value, or write it as a folded block: ${block}` : `quote the ${hint ? "whole " : ""}value: ${key.name}: ${quoted(raw)}${hint}`;
  return { ...where, message: `the value of ${key.name} ${reason} (${fix})` };
}

/** Why YAML does not read a value as the text it looks like, or undefined when none of the known reasons applies. */
function valueReason(raw: string, col: number): { reason: string; hint?: string } | undefined {
  const first = raw[0] ?? "";
  if (first === '"' || first === "'") {
    const close = closingQuote(raw);
    const hint = first === "'" ? "; inside '…' an apostrophe is written ''" : '; inside "…" a quote is written \\"';
    return close === undefined ? undefined : { reason: `is quoted, but the quote closes at column ${col + close} and more text follows`, hint };
  }
  const starts: Record<string, string> = {
    "[": "a list",
    "{": "a mapping",
    "*": "an alias, a reference to an anchor",
    "&": "an anchor",
    "!": "a tag",
    "|": "a block of text that starts on the next line",
    ">": "a block of text that starts on the next line",
  };
  if (starts[first]) return { reason: `starts with "${first}", which YAML reads as ${starts[first]}` };
  if (/^[-?]( |$)/.test(raw)) return { reason: `starts with "${first} ", which YAML reads as ${first === "-" ? "a list item" : "a key"}` };
  if (/^[@`%]/.test(raw)) return { reason: `starts with "${first}", which YAML reserves` };
  if (/:( |$)/.test(raw)) return { reason: 'contains ": ", which YAML reads as the start of a nested field' };
  return undefined;
}

/** Index in `raw` of the quote that closes the one it starts with. */
function closingQuote(raw: string): number | undefined {
  for (let i = 1; i < raw.length; i++) {
    if (raw[0] === '"' && raw[i] === "\\") i++;
    else if (raw[0] === "'" && raw[i] === "'" && raw[i + 1] === "'") i++;
    else if (raw[i] === raw[0]) return i;
  }
  return undefined;
}

/** The value as a quoted YAML scalar: double quotes unless it holds `"` or `\`. */
export function quoted(raw: string): string {
  const wrapped = /^(["'])(.*)\1$/.exec(raw);
  const inner = wrapped ? (wrapped[1] === "'" ? wrapped[2]!.replace(/''/g, "'") : wrapped[2]!) : raw;
  return /["\\]/.test(inner) ? `'${inner.replace(/'/g, "''")}'` : `"${inner}"`;
}

function shift(from: number, to: number): string {
  const n = Math.abs(to - from);
  return `${to > from ? "indent" : "dedent"} it by ${n} space${n === 1 ? "" : "s"}`;
}

/**
 * Slips that are valid YAML but almost surely not what was meant: a field inside a block of text, text cut short by
 * ` #`, a value that starts with an anchor or a tag. All of them are reported together.
 */
export function findSlips(doc: Document, text: string, pos: Position): Problem[] {
  const lines = new Lines(text);
  const problems: Problem[] = [];
  const aliased = new Set<string>();
  visit(doc, { Alias: (_, node) => void aliased.add(node.source) });
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range || isAlias(pair.value)) return;
      const name = String(pair.key.value);
      const keyAt = pos(pair.key.range[0]);
      const value = isScalar(pair.value) ? (pair.value as Scalar) : undefined;
      if (!value?.range) return;
      if (value.type === "BLOCK_FOLDED" || value.type === "BLOCK_LITERAL") {
        problems.push(...fieldsInBlock(lines, name, keyAt, pos(value.range[0]).line, value.type));
        return;
      }
      const raw = lines.valueOf(keyAt.line);
      const start = { line: keyAt.line, col: lines.at(keyAt.line).key?.valueCol ?? keyAt.col };
      if ((value.anchor && !aliased.has(value.anchor)) || (value.tag && !value.tag.startsWith("tag:yaml.org,2002:"))) {
        const what = value.anchor ? "an anchor name" : "a tag";
        const mark = raw.split(/\s/)[0];
        problems.push({ ...start, message: `the value of ${name} starts with "${mark}", which YAML reads as ${what} and leaves out of the text (quote the value: ${name}: ${quoted(raw)})` });
        return;
      }
      if (!PROSE.has(name) || value.type !== "PLAIN") return;
      const lineEnd = text.indexOf("\n", value.range[1]);
      const after = text.slice(value.range[1], lineEnd === -1 ? undefined : lineEnd);
      // After text a comment needs a space before its #; an empty value may be followed by one directly.
      const comment = (value.value === null ? /^[ \t]*#/ : /^[ \t]+#/).exec(after);
      if (!comment) return;
      const at = pos(value.range[1] + comment[0].length - 1);
      if (value.value === null) {
        problems.push({ ...at, message: `the value of ${name} starts with "#", which YAML reads as a comment, so ${name} is empty (quote the value: ${name}: ${quoted(raw)})` });
      } else {
        problems.push({ ...at, message: `the text from " #" on is a YAML comment, so ${name} ends at "${String(value.value)}" (quote the value to keep the text: ${name}: ${quoted(raw)}; or, if it is a comment, put it on a line of its own)` });
      }
    },
  });
  return problems;
}

/** Lines of a block scalar's text that start with a field name: most likely a field indented too far. */
function fieldsInBlock(lines: Lines, name: string, keyAt: { line: number; col: number }, header: number, type: string): Problem[] {
  const kind = type === "BLOCK_FOLDED" ? "folded" : "literal";
  const problems: Problem[] = [];
  for (let i = header + 1; i <= lines.count && (lines.at(i).blockOf === header || lines.at(i).text.trim() === ""); i++) {
    const m = /^( *)([A-Za-z_][\w-]*):(?=[ \t]|$)/.exec(lines.at(i).text);
    if (!m || !FIELDS.has(m[2]!)) continue;
    const col = m[1]!.length + 1;
    problems.push({
      line: i,
      col,
      message: `"${m[2]}:" is inside the ${kind} text of ${name} (line ${keyAt.line}), so YAML reads it as text, not as a field: probably misplaced (${shift(col, keyAt.col)} to line it up with "${name}:")`,
    });
  }
  return problems;
}

function fieldKinds(): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  const add = (kind: string, properties: object | undefined) =>
    Object.keys(properties ?? {}).forEach((field) => kinds.set(field, (kinds.get(field) ?? new Set()).add(kind)));
  add("spec", schema.properties);
  for (const [kind, def] of Object.entries(schema.$defs)) add(kind, (def as { properties?: object }).properties);
  return kinds;
}
