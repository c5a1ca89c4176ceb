import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from "yaml";
import type { Problem } from "./problems.js";
import { explainSyntaxError, findSlips } from "./slips.js";

/** The spec as YAML, with positions for every node. */
export interface ParsedSpec {
  data: unknown;
  /** Line and column (1-based) of a path into the document; the deepest existing node when the path ends early. */
  locate(path: readonly (string | number)[], at?: "key" | "value"): { line: number; col: number };
  /** The exact source text of the scalar at a path, if there is one. */
  sourceOf(path: readonly (string | number)[]): string | undefined;
}

/** Anchors and aliases beyond this many expansions are refused (a "billion laughs" spec). */
const MAX_ALIAS_COUNT = 100;

/** Decode bytes as UTF-8 (a BOM is dropped, CRLF becomes LF), or say where the first bad byte is. */
export function decodeSpec(bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/\r\n?/g, "\n") };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const lines = lenient.slice(0, lenient.indexOf("\uFFFD")).split("\n");
    return {
      problem: {
        line: lines.length,
        col: lines.at(-1)!.length + 1,
        message: "the file is not valid UTF-8 (save it with UTF-8 encoding)",
      },
    };
  }
}

/** Parse YAML text, keeping positions; YAML errors come back as problems. */
export function parseSpec(text: string): ParsedSpec | Problem[] {
  if (text.trim() === "") {
    return [{ line: 1, col: 1, message: "the spec is empty (it needs a top-level mapping with `headers:` and `codes:`)" }];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  if (doc.errors.length > 0) {
    // Later syntax errors are mostly echoes of the first: report the first, where the fix is. The parser
    // notices an unclosed bracket or quote only where it gives up, so point at where it was opened instead.
    const first = doc.errors[0]!;
    const unclosed = unclosedOpener(text, first.message);
    if (unclosed) return [{ ...pos(unclosed.at), message: yamlMessage(first.code, first.message, unclosed.fix) }];
    return [explainSyntaxError(text, first, pos) ?? { ...pos(first.pos[0]), message: yamlMessage(first.code, first.message) }];
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    let first = 0;
    visit(doc, { Alias: (_, node) => ((first = node.range?.[0] ?? 0), visit.BREAK) });
    return [{ ...pos(first), message: `${(e as Error).message.replace(/\.$/, "")} (anchors and aliases expand too far; write the values out instead)` }];
  }
  // Valid YAML that almost surely says something else than was meant: reported together, before any rule runs on it.
  const slips = findSlips(doc, text, pos);
  if (slips.length > 0) return slips;

  const nodeAt = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
        keyNode = undefined;
        node = node.items[segment];
      } else break;
    }
    return { node: node as Node | null, keyNode: keyNode as Node | undefined };
  };

  return {
    data,
    locate(path, at = "value") {
      const { node, keyNode } = nodeAt(path);
      const target = at === "key" && keyNode?.range ? keyNode : node;
      return pos(target?.range?.[0] ?? 0);
    },
    sourceOf(path) {
      const { node } = nodeAt(path);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
    },
  };
}

/** Fixes for the parser's messages that slips.ts does not explain further. */
const YAML_FIXES: Record<string, string> = {
  DUPLICATE_KEY: "remove or rename one of the two keys",
  TAB_AS_INDENT: "indent with spaces, not tabs",
  BAD_INDENT: "line it up with the fields above it",
  MISSING_CHAR: "look for a missing colon, dash, quote or bracket on this line",
  MULTILINE_IMPLICIT_KEY: "put the key and its value on one line, or quote the value",
  BLOCK_AS_IMPLICIT_KEY: "check the indentation of the previous lines",
  UNEXPECTED_TOKEN: "check the punctuation on this line",
};

function yamlMessage(code: string, message: string, fix = YAML_FIXES[code] ?? "fix the YAML syntax here"): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
  return `YAML syntax error: ${first} (${fix})`;
}

/** Whether a bracket or quote token of the YAML source is closed. */
const CLOSED: Record<string, (token: { end?: { type: string }[]; source?: string }) => boolean> = {
  "[": (t) => t.end?.some((e) => e.type === "flow-seq-end") ?? false,
  "{": (t) => t.end?.some((e) => e.type === "flow-map-end") ?? false,
  '"': (t) => /^"(?:[^"\\]|\\.)*"$/s.test(t.source ?? ""),
  "'": (t) => /^'(?:[^']|'')*'$/s.test(t.source ?? ""),
};
const OPENER_OF: Record<string, string> = { "]": "[", "}": "{", '"': '"', "'": "'" };

/** For "must … end with a ]" or "Missing closing "quote": where the bracket or quote of that kind left open starts. */
function unclosedOpener(text: string, message: string): { at: number; fix: string } | undefined {
  const closer = /end with an? ([\]}])/.exec(message)?.[1] ?? /^Missing closing (["'])quote/.exec(message)?.[1];
  if (!closer) return undefined;
  const opener = OPENER_OF[closer]!;
  let at: number | undefined;
  // Parsed again with the source tokens kept (only on this error path): they say which collection lacks its end.
  visit(parseDocument(text, { keepSourceTokens: true }), {
    Node(_, node) {
      const token = node.srcToken as { offset: number; end?: { type: string }[]; source?: string } | undefined;
      if (token && text[token.offset] === opener && !CLOSED[opener]!(token)) at ??= token.offset;
    },
  });
  if (at === undefined) return undefined;
  const fix = opener === closer ? `close the ${opener} that starts here` : `close the ${opener} that starts here with ${closer}, or quote the text if the ${opener} is meant literally`;
  return { at, fix };
}
