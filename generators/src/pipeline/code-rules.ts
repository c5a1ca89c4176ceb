import schema from "../../../spec/status-codes.schema.json" with { type: "json" };
import { headerSpellings, namesOf, phraseLookupKey } from "./naming.js";
import { PLACEHOLDER } from "./organization.js";
import type { ParsedSpec } from "./parse.js";
import type { Report, SpecPath } from "./problems.js";
import type { SpecCode, SpecFile } from "./spec.js";
import { suggest } from "./suggest.js";

/** What a constant key must look like: the schema's pattern, so that derived keys follow the same rule as written ones. */
const KEY_PATTERN = new RegExp(schema.$defs.constantKey.pattern, "u");
const HEADER_PATTERN = new RegExp(schema.$defs.headerName.pattern, "u");

/**
 * The rules of `codes:` and `headers:` that a schema cannot state: codes written as whole numbers, https references,
 * each code, key, name and phrase once, header references defined. Run on whatever the spec holds, schema errors or not.
 */
export function checkCodes(parsed: ParsedSpec, report: Report): void {
  const data = parsed.data as Partial<SpecFile> | null;
  const codes = Array.isArray(data?.codes) ? data.codes : [];
  const headers = Array.isArray(data?.headers) ? data.headers : [];
  checkCodeLiterals(codes, parsed, report);
  checkOwnReferences(data?.organization?.name ?? PLACEHOLDER.name, headers, codes, report);
  checkRules(codes, headers, report, (i) => parsed.locate(["codes", i]).line);
}

/** Codes must be written as whole numbers: YAML reads `404.0` as 404, which would hide a typo. */
function checkCodeLiterals(codes: unknown[], parsed: ParsedSpec, report: (path: SpecPath, message: string) => void) {
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
    const at = (...rest: SpecPath): SpecPath => ["codes", i, ...rest];
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
function checkHeaderRefs(entry: Partial<SpecCode>, at: (...rest: SpecPath) => SpecPath, report: Report, defined: Map<string, string>) {
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
function checkNames(entry: Partial<SpecCode> & { phrase: string }, owner: Owner, at: (...rest: SpecPath) => SpecPath, report: Report, claims: Claims, lineOf: (index: number) => number) {
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
  function claim(seen: Map<string, Owner>, name: unknown, owner: Owner, path: SpecPath, message: (other: Owner) => string) {
    if (typeof name !== "string") return true;
    const other = seen.get(name);
    if (other && other.code !== owner.code) return report(path, message(other)), false;
    if (!other) seen.set(name, owner);
    return true;
  }
}

function claimPhrase(seen: Claims["phrase"], phrase: string, owner: Owner & { isAlias: boolean }, path: SpecPath, report: Report, lineOf: (index: number) => number) {
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

