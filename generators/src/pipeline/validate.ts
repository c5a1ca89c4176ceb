import { Ajv, type ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import { KEY_PATTERN, keyFromPhrase, nameFromKey, phraseLookupKey } from "./naming.js";
import type { ParsedSpec } from "./parse.js";
import type { Problem } from "./problems.js";
import type { SpecCode, SpecFile } from "./spec.js";

type Path = (string | number)[];

const checkSchema = new Ajv({ allErrors: true, verbose: true, strict: true }).compile<SpecFile>(schema);

/** Check the parsed spec against its schema and the rules; every problem is returned, none thrown. */
export function validateSpec(parsed: ParsedSpec): { spec: SpecFile; problems: [] } | { spec: undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (path: Path, message: string, at: "key" | "value" = "value") =>
    problems.push({ ...parsed.locate(path, at), message });

  if (!checkSchema(parsed.data)) {
    for (const error of checkSchema.errors ?? []) schemaProblem(error, report);
  }
  const data = parsed.data as Partial<SpecFile> | null;
  const codes = Array.isArray(data?.codes) ? data.codes : [];
  const headers = Array.isArray(data?.headers) ? data.headers : [];
  checkCodeLiterals(codes, parsed, report);
  checkRules(codes, headers, report, (i) => parsed.locate(["codes", i]).line);

  return problems.length === 0 ? { spec: data as SpecFile, problems: [] } : { spec: undefined, problems };
}

function schemaProblem(error: ErrorObject, report: Report) {
  const path: Path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const last = path.at(-1);
  const field = typeof last === "number" ? `${String(path.at(-2))}[${last}]` : (last ?? "the top level");
  // Free text: the field's own type error covers a value that is no string.
  if (error.schemaPath.startsWith("#/definitions/text/")) {
    return error.keyword === "pattern" ? textProblem(path, field, error.data as string, report) : undefined;
  }
  switch (error.keyword) {
    case "required":
      return report(path, `missing required field "${error.params.missingProperty}" (add ${error.params.missingProperty}: …)`);
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = suggest(unknown, known);
      return report([...path, unknown], `unknown field "${unknown}" (${hint ? `did you mean "${hint}"?` : `known fields: ${known.join(", ")}`})`, "key");
    }
    case "type": {
      const want = YAML_TYPES[error.params.type as string] ?? (error.params.type as string);
      const fix = typeof error.data === "string" && want === "integer" && /^\s*\d+\s*$/.test(error.data) ? "remove the quotes" : `write ${article(want)} ${want}`;
      return report(path, `${field} must be ${article(want)} ${want}, got ${describe(error.data)} (${fix})`);
    }
    case "enum":
      return report(path, `${field} must be one of ${(error.params.allowedValues as string[]).join(", ")}, got ${describe(error.data)} (pick one of those)`);
    case "minimum":
    case "maximum":
      return report(path, `${field} ${String(error.data)} is outside 0-999 (status codes have three digits)`);
    case "pattern":
      return report(path, `${field} ${JSON.stringify(error.data)} does not match ${error.params.pattern} (${patternHint(path)})`);
    case "minLength":
    case "minItems":
      return report(path, `${field} must not be empty (fill it in or remove it)`);
    case "uniqueItems":
      return report([...path, error.params.j], `${field} lists the same value twice (remove the repeat)`);
    default:
      return report(path, `${field} ${error.message} (see spec/status-codes.schema.json)`);
  }
}

/** Free text (`definitions/text` in the schema) that no output could show as written: blank, U+0000 or a lone surrogate. */
function textProblem(path: Path, field: string, text: string, report: Report) {
  if (text === "") return; // the field's own minLength says so, where it has one
  const bad = [...text].findIndex((c) => c === "\u0000" || /^[\ud800-\udfff]$/.test(c));
  if (bad === -1) return report(path, `${field} is blank (write some text)`);
  const char = [...text][bad]!;
  const name = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === "\u0000") return report(path, `${field} holds ${name} at character ${bad + 1} (remove it: no output can show it)`);
  report(path, `${field} holds a lone surrogate ${name} at character ${bad + 1} (write the character itself, or both halves of its escape)`);
}

/** Codes must be written as whole numbers: YAML reads `404.0` as 404, which would hide a typo. */
function checkCodeLiterals(codes: unknown[], parsed: ParsedSpec, report: (path: Path, message: string) => void) {
  codes.forEach((entry, i) => {
    const source = parsed.sourceOf(["codes", i, "code"]);
    const value = (entry as SpecCode | null)?.code;
    if (Number.isInteger(value) && value! >= 0 && source !== undefined && !/^\d+$/.test(source)) {
      report(["codes", i, "code"], `code must be written as a whole number, got ${source} (write it as three digits, e.g. 404)`);
    }
  });
}

type Report = (path: Path, message: string, at?: "key" | "value") => void;
type Owner = { code: number; index: number };

/** What the rules remember across entries: who claimed each code, constant key, PascalCase name and phrase. */
interface Claims {
  code: Map<number, number>;
  key: Map<string, Owner>;
  name: Map<string, Owner>;
  phrase: Map<string, Owner & { isAlias: boolean }>;
}

/** The rules a schema cannot state: uniqueness across entries, header references, codes outside 100-599. */
function checkRules(codes: unknown[], headers: unknown[], report: Report, lineOf: (index: number) => number) {
  const defined = checkHeaders(headers, report);
  const claims: Claims = { code: new Map(), key: new Map(), name: new Map(), phrase: new Map() };
  codes.forEach((raw, i) => {
    if (typeof raw !== "object" || raw === null) return;
    const entry = raw as Partial<SpecCode>;
    const at = (...rest: Path): Path => ["codes", i, ...rest];
    const code = Number.isInteger(entry.code) ? (entry.code as number) : undefined;
    checkOrigin(entry, code, i, report, claims, lineOf);
    checkHeaderRefs(entry, at, report, defined);
    if (code === undefined || typeof entry.phrase !== "string") return;
    checkNames(entry as Partial<SpecCode> & { phrase: string }, { code, index: i }, at, report, claims, lineOf);
  });
}

/** Header names, each defined once (case-insensitively); returns them by lower-case name. */
function checkHeaders(headers: unknown[], report: Report): Map<string, string> {
  const defined = new Map<string, string>();
  headers.forEach((h, i) => {
    const name = (h as { name?: unknown })?.name;
    if (typeof name !== "string") return;
    if (defined.has(name.toLowerCase())) report(["headers", i, "name"], `header "${name}" is defined twice (remove one definition)`);
    else defined.set(name.toLowerCase(), name);
  });
  return defined;
}

/** A code once in the spec, official codes in 100-599, and exactly one of registry and vendor. */
function checkOrigin(entry: Partial<SpecCode>, code: number | undefined, index: number, report: Report, claims: Claims, lineOf: (index: number) => number) {
  const at = (...rest: Path): Path => ["codes", index, ...rest];
  if (code !== undefined) {
    const first = claims.code.get(code);
    if (first !== undefined) report(at("code"), `duplicate code ${code} (first defined at line ${lineOf(first)}; merge the two entries)`);
    else claims.code.set(code, index);
    if (entry.vendor === undefined && (code < 100 || code > 599)) {
      report(at("code"), `code ${code} is outside 100-599 (official codes lie in 100-599; add vendor: NAME if this is an unofficial code)`);
    }
  }
  if (entry.vendor === undefined && entry.registry === undefined && code !== undefined) {
    report(at("code"), `code ${code} has neither registry nor vendor (add registry: permanent for an IANA code, or vendor: NAME for an unofficial one)`);
  }
  if (entry.vendor !== undefined && entry.registry !== undefined) {
    report(at("registry"), `code ${code} has both registry and vendor (IANA codes take registry:, vendor codes take vendor:; remove one)`);
  }
}

/** Every header a code names is defined in the top-level list, and listed once (required or not). */
function checkHeaderRefs(entry: Partial<SpecCode>, at: (...rest: Path) => Path, report: Report, defined: Map<string, string>) {
  const known = [...defined.values()];
  const check = (field: "headers" | "requiredHeaders") =>
    listOf(entry[field]).forEach((header, j) => {
      if (typeof header !== "string" || defined.has(header.toLowerCase())) return;
      const hint = suggest(header, known);
      report(at(field, j), `header "${header}" is not defined in the top-level headers list (${hint ? `did you mean "${hint}"? or ` : ""}add it there)`);
    });
  check("headers");
  check("requiredHeaders");
  const required = new Set(listOf(entry.requiredHeaders).map((h) => String(h).toLowerCase()));
  listOf(entry.headers).forEach((header, j) => {
    if (typeof header === "string" && required.has(header.toLowerCase())) {
      report(at("headers", j), `header "${header}" is also in requiredHeaders (list it once: remove it from headers)`);
    }
  });
}

/** The constant key, PascalCase name, legacy forms, phrase and aliases each name one code. */
function checkNames(entry: Partial<SpecCode> & { phrase: string }, owner: Owner, at: (...rest: Path) => Path, report: Report, claims: Claims, lineOf: (index: number) => number) {
  const { code } = owner;
  const key = entry.key ?? keyFromPhrase(entry.phrase);
  if (!KEY_PATTERN.test(key)) {
    report(at("phrase"), `phrase "${entry.phrase}" gives no usable constant name ("${key}") (add key: A_NAME to the entry)`);
    return;
  }
  const taken = (what: string, other: Owner, fix: string) => `${what} of code ${code} is already taken by code ${other.code} at line ${lineOf(other.index)} (${fix})`;
  const keyFree = claim(claims.key, key, owner, at(entry.key ? "key" : "phrase"), (other) => taken(`constant key ${key}`, other, "set key: to a different constant name on one of them"));
  listOf(entry.legacyKeys).forEach((legacy, j) =>
    claim(claims.key, legacy, owner, at("legacyKeys", j), (other) => taken(`legacy key ${String(legacy)}`, other, "remove it from one of them")));
  const name = entry.name ?? nameFromKey(key);
  if (keyFree || entry.name) {
    claim(claims.name, name, owner, at(entry.name ? "name" : "phrase"), (other) => taken(`PascalCase name ${name}`, other, "set name: to a different PascalCase name on one of them"));
  }
  listOf(entry.legacyNames).forEach((legacy, j) =>
    claim(claims.name, legacy, owner, at("legacyNames", j), (other) => taken(`legacy name ${String(legacy)}`, other, "remove it from one of them")));

  // A code left out of reverse lookups may repeat another code's phrase: getStatusCode never sees it.
  if (entry.reverseLookup === false) return;
  claimPhrase(claims.phrase, entry.phrase, { ...owner, isAlias: false }, at("phrase"), report, lineOf);
  listOf(entry.aliases).forEach((alias, j) => {
    if (typeof alias !== "string") return;
    if (phraseLookupKey(alias) === phraseLookupKey(entry.phrase)) {
      report(at("aliases", j), `alias "${alias}" repeats the phrase of code ${code} (lookups ignore case and spaces; remove the alias)`);
      return;
    }
    claimPhrase(claims.phrase, alias, { ...owner, isAlias: true }, at("aliases", j), report, lineOf);
  });

  /** Record that `owner` uses `name`; report and return false when another code already does. */
  function claim(seen: Map<string, Owner>, name: unknown, owner: Owner, path: Path, message: (other: Owner) => string) {
    if (typeof name !== "string") return true;
    const other = seen.get(name);
    if (other && other.code !== owner.code) return report(path, message(other)), false;
    if (!other) seen.set(name, owner);
    return true;
  }
}

function claimPhrase(seen: Claims["phrase"], phrase: string, owner: Owner & { isAlias: boolean }, path: Path, report: Report, lineOf: (index: number) => number) {
  const lookup = phraseLookupKey(phrase);
  const other = seen.get(lookup);
  if (!other) return void seen.set(lookup, owner);
  if (other.code === owner.code) return report(path, `"${phrase}" is listed twice for code ${owner.code} (remove the repeat)`);
  const what = owner.isAlias ? `alias "${phrase}"` : `phrase "${phrase}"`;
  const theirs = `${other.isAlias ? "an alias" : "the phrase"} of code ${other.code} at line ${lineOf(other.index)}`;
  report(path, `${what} of code ${owner.code} is also ${theirs} (a phrase must name one code; remove or reword one of them)`);
}

/** The value if it is a list (the schema reports it otherwise), else an empty list. */
function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** JSON Schema's type names in the words of YAML. */
const YAML_TYPES: Record<string, string> = { object: "mapping", array: "list" };

function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, candidates as string[]);
  return distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function describe(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? "an" : "a";
}

function patternHint(path: Path): string {
  const names = path.filter((s): s is string => typeof s === "string");
  if (names.includes("url")) return "links start with https://";
  if (names.includes("headers")) return "header names are letters, digits and hyphens, e.g. Retry-After";
  if (names.at(-1) === "name") return "names are PascalCase, e.g. NotFound";
  if (names.at(-1) === "phrase") return "a reason phrase is one line; put details in description";
  return "constant keys are UPPER_SNAKE_CASE, e.g. NOT_FOUND";
}
