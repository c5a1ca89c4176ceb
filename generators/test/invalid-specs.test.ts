import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { fixture, gen, scratchRoot, snapshotTree } from "./support/run.js";

/**
 * The corpus of invalid specs: each fixture in fixtures/invalid/ with every problem the CLI must report,
 * as `line:col: message (fix)`. Every case exits 1 and leaves every file of the checkout byte-identical.
 */
const cases: [name: string, problems: string[]][] = [
  ["alias-is-another-phrase", [
    "25:34: alias \"not found\" of code 413 is also the phrase of code 404 at line 14 (a phrase must name one code; remove or reword one of them)",
  ]],
  ["alias-names-two-codes", [
    "26:15: alias \"Payload Too Large\" of code 413 is also an alias of code 404 at line 14 (a phrase must name one code; remove or reword one of them)",
  ]],
  ["alias-repeats-own-phrase", [
    "25:34: alias \" content too large \" repeats the phrase of code 413 (lookups ignore case and spaces; remove the alias)",
  ]],
  ["billion-laughs", [
    "2:8: Excessive alias count indicates a resource exhaustion attack (anchors and aliases expand too far; write the values out instead)",
  ]],
  ["code-as-exponent", [
    "14:11: code must be written as a whole number, got 4.04e2 (write it as three digits, e.g. 404)",
  ]],
  ["code-as-float", [
    "14:11: code must be written as a whole number, got 404.0 (write it as three digits, e.g. 404)",
  ]],
  ["code-as-string", [
    "14:11: code must be an integer, got the string \"404\" (remove the quotes)",
  ]],
  ["code-four-digits", [
    "28:11: code 1499 is outside 0-999 (status codes have three digits)",
  ]],
  ["code-fraction", [
    "14:11: code must be an integer, got the number 404.5 (write an integer)",
  ]],
  ["code-negative", [
    "28:11: code -1 is outside 0-999 (status codes have three digits)",
  ]],
  ["code-official-out-of-range", [
    "14:11: code 704 is outside 100-599 (official codes lie in 100-599; add vendor: NAME if this is an unofficial code)",
  ]],
  ["codes-empty", [
    "7:8: codes must not be empty (fill it in or remove it)",
  ]],
  ["codes-missing", [
    "1:1: missing required field \"codes\" (add codes: \u2026)",
  ]],
  ["codes-not-a-list", [
    "8:3: codes must be a list, got a mapping (write a list)",
  ]],
  ["codes-null-entry", [
    "8:5: codes[0] must be a mapping, got null (write a mapping)",
  ]],
  ["duplicate-code", [
    "20:11: duplicate code 404 (first defined at line 14; merge the two entries)",
  ]],
  ["header-defined-twice", [
    "7:11: header \"retry-after\" is defined twice (remove one definition)",
  ]],
  ["header-not-defined", [
    "27:15: header \"Retry-Aftr\" is not defined in the top-level headers list (did you mean \"Retry-After\"? or add it there)",
  ]],
  ["legacy-key-lowercase", [
    "26:18: legacyKeys[0] \"payload_too_large\" does not match ^[A-Z][A-Z0-9_]*$ (constant keys are UPPER_SNAKE_CASE, e.g. NOT_FOUND)",
  ]],
  ["legacy-name-taken", [
    "27:19: legacy name NotFound of code 413 is already taken by code 404 at line 14 (remove it from one of them)",
  ]],
  ["legacy-key-taken", [
    "26:37: legacy key NOT_FOUND of code 413 is already taken by code 404 at line 14 (remove it from one of them)",
  ]],
  ["many-problems-at-once", [
    "8:5: missing required field \"summary\" (add summary: \u2026)",
    "10:5: unknown field \"sumary\" (did you mean \"summary\"?)",
    "20:11: duplicate code 404 (first defined at line 14; merge the two entries)",
    "27:15: header \"Retry-Aftr\" is not defined in the top-level headers list (did you mean \"Retry-After\"? or add it there)",
  ]],
  ["missing-registry-and-vendor", [
    "8:11: code 200 has neither registry nor vendor (add registry: permanent for an IANA code, or vendor: NAME for an unofficial one)",
  ]],
  ["missing-summary", [
    "14:5: missing required field \"summary\" (add summary: \u2026)",
  ]],
  ["phrase-with-newline", [
    "29:13: phrase \"Client Closed\\nRequest\" does not match ^[^\\r\\n]+$ (a reason phrase is one line; put details in description)",
  ]],
  ["phrase-without-key", [
    "29:13: phrase \"???\" gives no usable constant name (\"\") (add key: A_NAME to the entry)",
  ]],
  ["reference-not-https", [
    "6:12: url \"http://www.rfc-editor.org/rfc/rfc9110\" does not match ^https://[^\\s]+$ (links start with https://)",
  ]],
  ["required-header-twice-or-undefined", [
    "27:15: header \"Retry-After\" is also in requiredHeaders (list it once: remove it from headers)",
    "28:36: header \"Location\" is not defined in the top-level headers list (add it there)",
  ]],
  ["registry-and-vendor", [
    "33:15: code 499 has both registry and vendor (IANA codes take registry:, vendor codes take vendor:; remove one)",
  ]],
  ["registry-unknown-value", [
    "24:15: registry must be one of permanent, temporary, unused, obsoleted, got the string \"perm\" (pick one of those)",
  ]],
  ["same-constant-key", [
    "29:13: constant key NOT_FOUND of code 499 is already taken by code 404 at line 14 (set key: to a different constant name on one of them)",
  ]],
  ["same-pascal-name", [
    "30:11: PascalCase name NotFound of code 499 is already taken by code 404 at line 14 (set name: to a different PascalCase name on one of them)",
  ]],
  ["text-not-showable", [
    "10:14: summary is blank (write some text)",
    "11:18: description holds U+0000 at character 11 (remove it: no output can show it)",
    "32:17: deprecated holds a lone surrogate U+D83D at character 9 (write the character itself, or both halves of its escape)",
  ]],
  ["top-level-list", [
    "1:1: the top level must be a mapping, got a list (write a mapping)",
  ]],
  ["top-level-scalar", [
    "1:1: the top level must be a mapping, got the string \"just some text\" (write a mapping)",
  ]],
  ["unknown-field-no-suggestion", [
    "11:5: unknown field \"colour\" (known fields: code, phrase, summary, description, reference, registry, vendor, key, name, aliases, legacyKeys, legacyNames, deprecated, reverseLookup, cacheable, noContent, noStore, retryable, redirect, neverSent, headers, requiredHeaders, otherMeanings)",
  ]],
  ["unknown-field-typo", [
    "8:5: missing required field \"summary\" (add summary: \u2026)",
    "10:5: unknown field \"sumary\" (did you mean \"summary\"?)",
  ]],
  ["unknown-top-level-field", [
    "1:1: missing required field \"codes\" (add codes: \u2026)",
    "7:1: unknown field \"code\" (did you mean \"codes\"?)",
  ]],
  ["wrong-type-aliases", [
    "25:14: aliases must be a list, got the string \"Payload Too Large\" (write a list)",
  ]],
  ["wrong-type-flag", [
    "13:16: cacheable must be a boolean, got the string \"yes\" (write a boolean)",
  ]],
  ["wrong-type-phrase", [
    "9:13: phrase must be a string, got number 200 (write a string)",
  ]],
  ["yaml-bad-indent", [
    "15:13: YAML syntax error: Nested mappings are not allowed in compact mappings (check the indentation of the previous lines)",
  ]],
  ["yaml-duplicate-key", [
    "16:5: YAML syntax error: Map keys must be unique (remove or rename one of the two keys)",
  ]],
  ["yaml-tab-indent", [
    "10:1: YAML syntax error: Tabs are not allowed as indentation (indent with spaces, not tabs)",
  ]],
  ["yaml-unclosed-flow", [
    "25:14: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (close the [ that starts here with ], or quote the text if the [ is meant literally)",
  ]],
  ["yaml-unclosed-nested-flow", [
    // The inner list is closed; the outer one, opened first, is not.
    "25:14: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (close the [ that starts here with ], or quote the text if the [ is meant literally)",
  ]],
  ["yaml-unclosed-quote", [
    "10:14: YAML syntax error: Missing closing \"quote (close the \" that starts here)",
  ]],];

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
