import type { ErrorObject } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { closest, distance } from "fastest-levenshtein";
import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import { headerSpellings, namesOf, phraseLookupKey } from "./naming.js";
import { PLACEHOLDER } from "./organization.js";
import type { ParsedSpec } from "./parse.js";
import type { Problem } from "./problems.js";
import type { SpecCode, SpecFile } from "./spec.js";
import { checkProblems } from "./validate-problems.js";

type Path = (string | number)[];

// strictRequired would refuse `required` in the schema's anyOf/if branches, which name properties declared beside them.
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
// Annotations for the YAML language server: messages of the schema's own rules, and snippets for new entries.
ajv.addVocabulary(["errorMessage", "patternErrorMessage", "defaultSnippets"]);
const checkSchema = ajv.compile<SpecFile>(schema);
/** What a constant key must look like: the schema's pattern, so that derived keys follow the same rule as written ones. */
const KEY_PATTERN = new RegExp(schema.$defs.constantKey.pattern, "u");
const HEADER_PATTERN = new RegExp(schema.$defs.headerName.pattern, "u");

/** Check the parsed spec against its schema and the rules; every problem is returned, none thrown. */
export function validateSpec(parsed: ParsedSpec): { spec: SpecFile; problems: [] } | { spec: undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (path: Path, message: string, at: "key" | "value" = "value") =>
    problems.push({ ...parsed.locate(path, at), message });

  if (!checkSchema(parsed.data)) {
    const seen = new Set<string>();
    for (const error of checkSchema.errors ?? []) {
      schemaProblem(error, parsed.data, (path, message, at) => {
        const problem = { ...parsed.locate(path, at), message };
        const id = `${problem.line}:${problem.col}:${message}`;
        if (!seen.has(id)) seen.add(id), problems.push(problem);
      });
    }
  }
  const data = parsed.data as Partial<SpecFile> | null;
  const codes = Array.isArray(data?.codes) ? data.codes : [];
  const headers = Array.isArray(data?.headers) ? data.headers : [];
  checkCodeLiterals(codes, parsed, report);
  checkOwnReferences(data?.organization?.name ?? PLACEHOLDER.name, headers, codes, report);
  checkRules(codes, headers, report, (i) => parsed.locate(["codes", i]).line);
  checkProblems(parsed, report);

  return problems.length === 0 ? { spec: data as SpecFile, problems: [] } : { spec: undefined, problems };
}

function schemaProblem(error: ErrorObject, root: unknown, report: Report) {
  // anyOf and if only summarise the errors of their branches, which are reported on their own.
  if (error.keyword === "anyOf" || error.keyword === "if") return;
  const path: Path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
  const last = path.at(-1);
  const field = typeof last === "number" ? `${String(path.at(-2))}[${last}]` : (last ?? "the top level");
  // Free text: the field's own type error covers a value that is no string.
  if (error.schemaPath.startsWith("#/$defs/freeText/")) {
    return error.keyword === "pattern" ? textProblem(path, field, error.data as string, report) : undefined;
  }
  const own = ownMessage(error);
  // A rule on a mapping under a field (organization.contact) is shown on its field's line, as editors show it.
  const onKey = typeof last === "string" && typeof error.data === "object" && error.data !== null && error.keyword !== "false schema";
  if (own) return report(path, `${subjectOf(error, path, field, root)} ${own}`, onKey ? "key" : "value");
  switch (error.keyword) {
    case "required":
      return report(path, `missing required field "${error.params.missingProperty}" (add ${error.params.missingProperty}: …)`, onKey ? "key" : "value");
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = suggest(unknown, known);
      return report([...path, unknown], `unknown field "${unknown}" (${hint ? `did you mean "${hint}"?` : `known fields: ${known.join(", ")}`})`, "key");
    }
    case "type": {
      const want = YAML_TYPES[error.params.type as string] ?? (error.params.type as string);
      if (error.data === null && typeof last === "string") {
        return report(path, `${field} has no value (write ${article(want)} ${want} after "${field}:", or remove the line)`);
      }
      return report(path, `${field} must be ${article(want)} ${want}, got ${describe(error.data)} (${typeFix(want, error.data)})`);
    }
    case "enum":
      return report(path, `${field} must be one of ${(error.params.allowedValues as string[]).join(", ")}, got ${describe(error.data)} (pick one of those)`);
    case "minimum":
    case "maximum": {
      const { minimum, maximum } = error.parentSchema as { minimum: number; maximum: number };
      return report(path, `${field} ${String(error.data)} is outside ${minimum}-${maximum} (status codes have three digits)`);
    }
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

/**
 * Standard codes and headers cite their definition over https; the organisation's own (`vendor:` its name) may link an
 * http intranet page, and its own headers may cite nothing.
 */
function checkOwnReferences(organization: unknown, headers: unknown[], codes: unknown[], report: Report) {
  const check = (list: "headers" | "codes", entry: unknown, i: number) => {
    const { vendor, reference } = (entry ?? {}) as { vendor?: unknown; reference?: { url?: unknown } };
    if (vendor === organization) return;
    if (list === "headers" && reference === undefined && typeof entry === "object" && entry !== null) {
      return report([list, i], `missing required field "reference" (add reference: with title and url; only a header of the organisation's own, vendor: ${String(organization)}, may leave it out)`);
    }
    const url = reference?.url;
    if (typeof url === "string" && /^http:\/\/\S+$/.test(url)) {
      report([list, i, "reference", "url"], `url ${JSON.stringify(url)} is not an https link (start it with https:// and leave no spaces in it)`);
    }
  };
  headers.forEach((h, i) => check("headers", h, i));
  codes.forEach((c, i) => check("codes", c, i));
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

/** The rules a schema cannot state: uniqueness across entries, header references, names derived from phrases. */
function checkRules(codes: unknown[], headers: unknown[], report: Report, lineOf: (index: number) => number) {
  const defined = checkHeaders(headers, report);
  const claims: Claims = { code: new Map(), key: new Map(), name: new Map(), phrase: new Map() };
  codes.forEach((raw, i) => {
    if (typeof raw !== "object" || raw === null) return;
    const entry = raw as Partial<SpecCode>;
    const at = (...rest: Path): Path => ["codes", i, ...rest];
    const code = Number.isInteger(entry.code) ? (entry.code as number) : undefined;
    checkCodeOnce(code, i, report, claims, lineOf);
    checkHeaderRefs(entry, at, report, defined);
    if (code === undefined || typeof entry.phrase !== "string") return;
    checkNames(entry as Partial<SpecCode> & { phrase: string }, { code, index: i }, at, report, claims, lineOf);
  });
}

/** Header names, each defined once (case-insensitively); returns them by lower-case name. */
function checkHeaders(headers: unknown[], report: Report): Map<string, string> {
  const names = headers.map((h) => (h as { name?: unknown } | null)?.name);
  const { spelling, repeats } = headerSpellings(names);
  for (const i of repeats) report(["headers", i, "name"], `header "${String(names[i])}" is defined twice (remove one definition)`);
  return spelling;
}

/** Each code once in the spec. (The range of official codes and "registry or vendor" are the schema's rules.) */
function checkCodeOnce(code: number | undefined, index: number, report: Report, claims: Claims, lineOf: (index: number) => number) {
  if (code === undefined) return;
  const first = claims.code.get(code);
  if (first !== undefined) report(["codes", index, "code"], `duplicate code ${code} (first defined at line ${lineOf(first)}; merge the two entries)`);
  else claims.code.set(code, index);
}

/** Every header a code names is defined in the top-level list, and listed once (required or not). */
function checkHeaderRefs(entry: Partial<SpecCode>, at: (...rest: Path) => Path, report: Report, defined: Map<string, string>) {
  const known = [...defined.values()];
  const check = (field: "headers" | "requiredHeaders") =>
    listOf(entry[field]).forEach((header, j) => {
      if (typeof header !== "string" || defined.has(header.toLowerCase())) return;
      const hint = suggest(header, known);
      // Near a definition whose name the schema refuses: that definition is the problem, already reported.
      if (hint && !HEADER_PATTERN.test(hint)) return;
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
  const { key, name } = namesOf(entry);
  if (!KEY_PATTERN.test(key)) {
    // A key written in the spec is the schema's to check; one derived from the phrase is this rule's.
    if (entry.key === undefined) report(at("phrase"), `phrase "${entry.phrase}" gives no usable constant name ("${key}") (add key: A_NAME to the entry)`);
    return;
  }
  const taken = (what: string, other: Owner, fix: string) => `${what} of code ${code} is already taken by code ${other.code} at line ${lineOf(other.index)} (${fix})`;
  // A phrase repeated from another code also repeats the key derived from it: the phrase's message covers both.
  const keyOwner = claims.key.get(key);
  const twin = !entry.key && entry.reverseLookup !== false && keyOwner !== undefined && keyOwner.code !== code && claims.phrase.get(phraseLookupKey(entry.phrase))?.code === keyOwner.code;
  const keyFree = !twin && claim(claims.key, key, owner, at(entry.key ? "key" : "phrase"), (other) => taken(`constant key ${key}`, other, "set key: to a different constant name on one of them"));
  listOf(entry.legacyKeys).forEach((legacy, j) =>
    claim(claims.key, legacy, owner, at("legacyKeys", j), (other) => taken(`legacy key ${String(legacy)}`, other, "remove it from one of them")));
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
  // The same code in a second entry is the duplicate code's problem, reported on its own.
  if (other.code === owner.code) return other.index === owner.index ? report(path, `"${phrase}" is listed twice for code ${owner.code} (remove the repeat)`) : undefined;
  const what = owner.isAlias ? `alias "${phrase}"` : `phrase "${phrase}"`;
  const theirs = `${other.isAlias ? "an alias" : "the phrase"} of code ${other.code} at line ${lineOf(other.index)}`;
  const fix = owner.isAlias || other.isAlias
    ? "a phrase must name one code; remove or reword one of them"
    : "reword one of them; if both codes really use it, set reverseLookup: false and key: on one of them";
  report(path, `${what} of code ${owner.code} is also ${theirs} (${fix})`);
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

function typeFix(want: string, data: unknown): string {
  if (typeof data === "string" && want === "integer" && /^\s*\d+\s*$/.test(data)) return "remove the quotes";
  if (want !== "string") return `write ${article(want)} ${want}`;
  if (Array.isArray(data)) return "quote the value if its [ ] are part of the text";
  if (typeof data === "object") return 'quote the value if its { } or ": " are part of the text';
  return "quote the value to keep it as text";
}

type SchemaNode = { errorMessage?: string; patternErrorMessage?: string; [keyword: string]: unknown };

/**
 * The message the schema gives for a rule of its own (the YAML language server shows the same one): `patternErrorMessage`
 * or `errorMessage` of the subschema that holds the failing keyword, or for a property set to false, of the subschema
 * with that `properties`.
 */
function ownMessage(error: ErrorObject): string | undefined {
  const owner = (error.keyword === "false schema" ? holderOfFalse(error.schemaPath) : error.parentSchema) as SchemaNode | undefined;
  return (error.keyword === "pattern" ? owner?.patternErrorMessage : undefined) ?? owner?.errorMessage;
}

/** `…/properties/NAME/false schema` is relative to the root or to the definition a $ref entered: try each. */
function holderOfFalse(schemaPath: string): unknown {
  const segments = schemaPath.replace(/^#\//, "").split("/").slice(0, -3);
  for (const base of [schema, ...Object.values(schema.$defs)]) {
    let node: unknown = base;
    for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node !== undefined) return node;
  }
  return undefined;
}

/** What a rule's message is about: the value (`key "x"`, `code 704`), or for a rule on an entry, its code. */
function subjectOf(error: ErrorObject, path: Path, field: string, root: unknown): string {
  const entryLevel = error.keyword === "false schema" || (typeof error.data === "object" && error.data !== null);
  if (!entryLevel) return `${field} ${typeof error.data === "string" ? JSON.stringify(error.data) : String(error.data)}`;
  const entryPath = error.keyword === "false schema" ? path.slice(0, -1) : path;
  let entry: unknown = root;
  for (const segment of entryPath) entry = (entry as Record<string | number, unknown>)[segment];
  const code = (entry as { code?: unknown }).code;
  return Number.isInteger(code) ? `code ${String(code)}` : field;
}
