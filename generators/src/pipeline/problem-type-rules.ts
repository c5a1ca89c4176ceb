import { Ajv2020 } from "ajv/dist/2020.js";
import { namesOf, problemName } from "./naming.js";
import type { ParsedSpec } from "./parse.js";
import type { Report, SpecPath } from "./problems.js";
import type { SpecCode, SpecProblem } from "./spec.js";

/** RFC 9457's own members: an extension may not take their names. @see https://www.rfc-editor.org/rfc/rfc9457#section-3.1 */
const STANDARD_MEMBERS: ReadonlySet<string> = new Set(["type", "title", "status", "detail", "instance"]);
/** What RFC 9457, Section 3.2 recommends for extension names (a letter, then two or more letters, digits or underscores); also a JavaScript identifier. */
const MEMBER_NAME = /^[A-Za-z][A-Za-z0-9_]{2,}$/;

// Strict about the schema itself (unknown keywords, bad values); formats are only annotations here, and a schema
// without `type` beside `minimum` is still valid JSON Schema.
const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false, strictRequired: false, validateFormats: false });

/** The rules of `problems:` a schema cannot state: the status is a code that is sent as an error, names are unique, extensions are well named and well formed. */
export function checkProblemTypes(parsed: ParsedSpec, report: Report): void {
  const data = parsed.data as { codes?: unknown; problems?: unknown } | null;
  const codes = (Array.isArray(data?.codes) ? data.codes : []) as Partial<SpecCode>[];
  const problems = Array.isArray(data?.problems) ? data.problems : [];
  const line = (...path: SpecPath) => parsed.locate(path).line;
  const names = new Map<string, string>();
  codes.forEach((c, i) => {
    if (typeof c?.phrase !== "string" || !Number.isInteger(c.code)) return;
    for (const name of [namesOf(c as SpecCode).name, ...((Array.isArray(c.legacyNames) ? c.legacyNames : []) as string[])]) {
      if (!names.has(name)) names.set(name, `code ${c.code} at line ${line("codes", i)}`);
    }
  });
  const slugs = new Map<string, number>();
  problems.forEach((raw, i) => {
    if (typeof raw !== "object" || raw === null || typeof (raw as SpecProblem).type !== "string") return;
    const p = raw as SpecProblem;
    const at = (...rest: SpecPath): SpecPath => ["problems", i, ...rest];
    const first = slugs.get(p.type);
    if (first !== undefined) return report(at("type"), `problem type "${p.type}" is defined twice (first at line ${first}; merge the two entries)`);
    slugs.set(p.type, line(...at()));
    checkStatus(p, codes.find((c) => c?.code === p.status), at, report);
    const name = problemName(p);
    const owner = names.get(name);
    if (owner) report(at(p.name ? "name" : "type"), `name ${name} of problem type "${p.type}" is already taken by ${owner} (set name: to a different PascalCase name)`);
    else names.set(name, `problem type "${p.type}" at line ${line(...at())}`);
    checkExtensions(p, at, report);
  });
}

function checkStatus(p: SpecProblem, code: Partial<SpecCode> | undefined, at: (...rest: SpecPath) => SpecPath, report: Report) {
  if (!Number.isInteger(p.status)) return; // the schema's
  const what = `status ${p.status} of problem type "${p.type}"`;
  if (!code) return report(at("status"), `${what} is not a code of the spec (add it to codes:, or pick a 4xx or 5xx code that is)`);
  if (p.status < 400 || p.status > 599) return report(at("status"), `${what} is not a 4xx or 5xx code (a problem type is an error: pick a client or server error code)`);
  if (code.neverSent) report(at("status"), `${what} is a code servers never send to clients (pick a code that clients receive)`);
}

function checkExtensions(p: SpecProblem, at: (...rest: SpecPath) => SpecPath, report: Report) {
  if (typeof p.extensions !== "object" || p.extensions === null) return;
  for (const [name, extension] of Object.entries(p.extensions)) {
    const what = `extension "${name}" of problem type "${p.type}"`;
    if (STANDARD_MEMBERS.has(name)) {
      report(at("extensions", name), `${what} has the name of a standard member of problem details (rename it: type, title, status, detail and instance are RFC 9457's own)`, "key");
    } else if (!MEMBER_NAME.test(name)) {
      report(at("extensions", name), `${what} is not a member name RFC 9457 recommends (write a letter, then at least two letters, digits or underscores, e.g. balance)`, "key");
    }
    const schema = (extension as { schema?: unknown } | null)?.schema;
    if (typeof schema !== "object" || schema === null) continue; // the schema's
    try {
      ajv.compile(schema);
      ajv.removeSchema(schema); // two extensions may give their schemas the same $id
    } catch (e) {
      // ajv lists every branch of the meta-schema that failed: the first says what is wrong.
      const reason = (e as Error).message.replace(/^schema is invalid: /, "").split(/\n|, data/)[0]!.replace(/^data\//, "");
      report(at("extensions", name, "schema"), `schema of ${what} is not a valid JSON Schema: ${reason} (fix it as JSON Schema 2020-12 says)`);
    }
  }
}
