import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { cases } from "./support/corpus.js";
import { fixture, gen, scratchRoot, snapshotTree } from "./support/run.js";

/** The corpus (support/corpus.ts) through the CLI: every case exits 1 and leaves every file of the checkout byte-identical. */
const valid = await readFile(fixture("valid-minimal.yaml"));
const root = await scratchRoot(valid);
const before = await snapshotTree(root);

describe("invalid specs", () => {
  it("has a row for every fixture, and at least 30", async () => {
    const files = (await readdir(fixture("invalid"))).map((f) => f.replace(/\.yaml$/, "")).sort();
    expect(cases.map(([name]) => name).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)("%s", async (name, problems) => {
    const spec = fixture(`invalid/${name}.yaml`);
    const { code, stdout, stderr } = await gen("--root", root, "--spec", spec);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines.slice(0, -1).map((l) => l.slice(l.indexOf(`${name}.yaml:`) + name.length + 6))).toEqual(problems);
    expect(lines.at(-1)).toBe(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the spec; nothing was written.`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshotTree(root)).toEqual(before);
  });
});

/**
 * Where a YAML slip's message spells out the fix (quote the value as shown, indent by N spaces, write the line as …),
 * doing exactly that gives a spec that passes. Each fixture is the valid spec with the one slip.
 */
describe("the fix a slip's message gives", () => {
  // Where to close a bracket or quote depends on what the author meant: the message shows where it opens instead.
  const judgement = new Set(["yaml-unclosed-flow", "yaml-unclosed-nested-flow", "yaml-unclosed-quote"]);
  const slips = cases.filter(([name]) => name.startsWith("yaml-") && !judgement.has(name));

  it.each(slips)("%s", async (name, problems) => {
    const lines = (await readFile(fixture(`invalid/${name}.yaml`), "utf8")).split("\n");
    const edits = problems.map((problem) => fixOf(problem, lines));
    for (const edit of edits.sort((a, b) => b.line - a.line)) lines.splice(edit.line - 1, 1, ...edit.replacement);
    expect(() => buildModel(Buffer.from(lines.join("\n")), "1.0.0")).not.toThrow();
  });
});

/** The edit a message asks for, on its line: the line's new text (none to remove it). */
function fixOf(problem: string, lines: readonly string[]): { line: number; replacement: string[] } {
  const [, at = "", message = ""] = /^(\d+):\d+: (.*)$/.exec(problem)!;
  const line = Number(at);
  const text = lines[line - 1]!;
  const indent = (n: number) => " ".repeat(Math.max(0, n));
  const leading = /^[ \t]*/.exec(text)![0];
  const quotedValue = /\(quote the (?:whole )?value(?: to keep the text)?: (\w+): ("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(message);
  if (quotedValue) return { line, replacement: [`${text.slice(0, text.indexOf(`${quotedValue[1]}:`))}${quotedValue[1]}: ${quotedValue[2]}`] };
  const shift = /\((indent|dedent) it by (\d+) spaces?/.exec(message);
  if (shift) return { line, replacement: [indent(leading.length + (shift[1] === "indent" ? 1 : -1) * Number(shift[2])) + text.trimStart()] };
  const column = /indent it to column (\d+)/.exec(message);
  if (column) return { line, replacement: [indent(Number(column[1]) - 1) + text.trimStart()] };
  const tab = /replace the tab with (\d+) spaces/.exec(message);
  if (tab) return { line, replacement: [indent(Number(tab[1])) + text.trimStart()] };
  const whole = /write the line as "(.*)", /.exec(message);
  if (whole) return { line, replacement: [whole[1]!] };
  const field = /\(write (\w+: .*)\)$/.exec(message);
  if (field) return { line, replacement: [leading + field[1]] };
  if (/\((remove this line|keep one of the two)\)$/.test(message)) return { line, replacement: [] };
  throw new Error(`no fix to apply in: ${problem}`);
}

describe("encodings and edge cases", () => {
  const utf8 = valid.toString("utf8");
  const bytes = (text: string) => Buffer.from(text, "utf8");
  const invalidCases: [name: string, spec: Uint8Array, problem: string][] = [
    ["an empty file", bytes(""), "1:1: the spec is empty (it needs a top-level mapping with `headers:` and `codes:`)"],
    ["only blank lines and spaces", bytes("\n   \n\n"), "1:1: the spec is empty (it needs a top-level mapping with `headers:` and `codes:`)"],
    [
      "a file that is not UTF-8 (Latin-1 é in a summary)",
      Buffer.concat([bytes(utf8.slice(0, utf8.indexOf("ed.") + 2)), Buffer.from([0xe9]), bytes(utf8.slice(utf8.indexOf("ed.") + 2))]),
      "10:23: the file is not valid UTF-8 (save it with UTF-8 encoding)",
    ],
  ];
  it.each(invalidCases)("refuses %s", async (_, spec, problem) => {
    const scratch = await scratchRoot(valid);
    const snapshot = await snapshotTree(scratch);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(`${scratch}/spec/status-codes.yaml`, spec);
    const { code, stderr } = await gen("--root", scratch);
    expect(code).toBe(1);
    expect(stderr).toContain(`status-codes.yaml:${problem}\n`);
    const after = await snapshotTree(scratch);
    after.delete("spec/status-codes.yaml");
    snapshot.delete("spec/status-codes.yaml");
    expect(after).toEqual(snapshot);
  });

  const validCases: [name: string, spec: Uint8Array][] = [
    ["a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid])],
    ["CRLF line endings", bytes(utf8.replace(/\n/g, "\r\n"))],
    ["CR-only line endings", bytes(utf8.replace(/\n/g, "\r"))],
  ];
  it.each(validCases)("accepts %s and generates the same bytes as the plain file", async (_, spec) => {
    const plain = await snapshotTree(await scratchRoot(valid));
    const other = await snapshotTree(await scratchRoot(spec));
    plain.delete("spec/status-codes.yaml");
    other.delete("spec/status-codes.yaml");
    expect(other).toEqual(plain);
    expect(other.size).toBeGreaterThan(1);
  });
});
