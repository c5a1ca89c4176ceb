// The checks behind both rulesets: the Spectral function (spectral/status.js) and the Redocly plugin (redocly.js) run the same
// code on the same data, so both tools report the same findings with the same messages. Every fact a check needs (codes, header
// fields, the media type, the messages) comes from its rule's options, generated from the spec (../generated/rules.json and
// ../generated/spectral.yaml); nothing here knows a status code.

/** @typedef {{ key?: string, message: string }} Finding  A finding at one response (`key`) or at the operation's responses. */

const PLACEHOLDER = /\{(key|upper|code|name|expected|members|type)\}/g;
const fill = (message, values) => message.replace(PLACEHOLDER, (whole, name) => values[name] ?? whole);
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isRef = (value) => isObject(value) && typeof value.$ref === "string";
/** A media type without its parameters, in lower case: `application/problem+json; charset=utf-8` is `application/problem+json`. */
const essence = (type) => type.split(";")[0].trim().toLowerCase();

/**
 * The status code of the response a `$ref` leads to, when it is not the response's key: a `412` that `$ref`s the 428 response.
 * @returns {{ code: number, name: string } | undefined}
 */
function wrongReference(key, raw, resolved) {
  const code = resolved?.["x-status-code"];
  if (!isRef(raw) || typeof code !== "number" || key === String(code)) return undefined;
  return { code, name: decodeURIComponent(raw.$ref.split("/").pop() ?? "") };
}

/** What a schema says of a problem body: whether it can be a JSON object, and whether it declares an RFC 9457 member. */
function shape(schema, members, depth = 0) {
  // An unresolved (circular) `$ref`, a boolean schema or a very deep one: no finding rather than a guess.
  if (!isObject(schema) || isRef(schema) || depth > 32) return { object: true, member: true };
  const types = schema.type === undefined ? undefined : [schema.type].flat();
  const result = {
    object: types === undefined || types.includes("object"),
    member: isObject(schema.properties) && Object.keys(schema.properties).some((p) => members.includes(p)),
  };
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const s = shape(part, members, depth + 1);
    result.object &&= s.object;
    result.member ||= s.member;
  }
  for (const list of [schema.oneOf, schema.anyOf].filter(Array.isArray)) {
    const alternatives = list.map((part) => shape(part, members, depth + 1));
    if (alternatives.length === 0) continue;
    result.object &&= alternatives.some((s) => s.object);
    result.member ||= alternatives.every((s) => s.member);
  }
  return result;
}

/** The schemas of a response's problem details content (any parameters, any letter case). */
const problemSchemas = (response, mediaType) =>
  Object.entries(isObject(response?.content) ? response.content : {})
    .filter(([type, media]) => essence(type) === mediaType && isObject(media) && media.schema !== undefined)
    .map(([, media]) => media.schema);

/** A URI in its normal form (scheme and host in lower case, default port dropped), or undefined for a relative reference. */
function absolute(text) {
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

/** The one string a property schema allows: `const`, or an `enum` of one (as OpenAPI 3.0 writes it), here or in an allOf part. */
function fixedValue(schema, depth) {
  if (!isObject(schema) || depth > 32) return undefined;
  if (typeof schema.const === "string") return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === "string") return schema.enum[0];
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const value = fixedValue(part, depth + 1);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The problem types a problem schema fixes its `type` member to, in the order written: its own, those of its allOf parts
 * (which all hold), and those of its oneOf and anyOf alternatives (each a kind of problem the response can carry).
 */
function fixedTypes(schema, depth = 0) {
  if (!isObject(schema) || isRef(schema) || depth > 32) return [];
  const own = isObject(schema.properties) ? fixedValue(schema.properties.type, depth + 1) : undefined;
  const parts = [schema.allOf, schema.oneOf, schema.anyOf].filter(Array.isArray).flat();
  return [...new Set([...(own === undefined ? [] : [own]), ...parts.flatMap((part) => fixedTypes(part, depth + 1))])];
}

/** The problem types a response's problem details content fixes, each as written and as an absolute URI (relative ones left out). */
const problemTypes = (response, mediaType) =>
  [...new Set(problemSchemas(response, mediaType).flatMap((s) => fixedTypes(s)))].map((written) => ({ written, uri: absolute(written) })).filter((t) => t.uri !== undefined);

/** Whether a response key covers a status code: the code itself, its class range, or default. */
const covers = (key, code) => key === String(code) || key.toLowerCase() === "default" || key.toUpperCase() === `${String(code)[0]}XX`;

/** One check per rule kind: `(options, key, raw, resolved)` → a message, or nothing. */
const responseChecks = {
  range: (o, key) => (new RegExp(o.pattern).test(key) ? undefined : fill(/^[1-5]xx$/i.test(key) ? o.caseMessage : o.message, { key, upper: key.toUpperCase() })),
  known: (o, key) => (new RegExp(o.pattern).test(key) && !o.keys.includes(key) ? fill(o.message, { key }) : undefined),
  keys: (o, key) => (o.keys.includes(key) ? fill(o.message, { key }) : undefined),
  reference(o, key, raw, resolved) {
    const wrong = wrongReference(key, raw, resolved);
    if (!wrong) return undefined;
    const values = { key, code: String(wrong.code), name: wrong.name, expected: o.names[key] ?? o.generic };
    return fill(/^\d+$/.test(key) ? o.message : o.rangeMessage, values);
  },
  problemBody(o, key, raw, resolved) {
    const types = Object.keys(isObject(resolved?.content) ? resolved.content : {});
    const applies = o.keys.includes(key) || (o.keysWithContent.includes(key) && types.length > 0);
    return applies && !types.some((t) => essence(t) === o.mediaType) ? fill(o.message, { key }) : undefined;
  },
  problemSchema: (o, key, raw, resolved) => (problemSchemas(resolved, o.mediaType).some((s) => !shape(s, []).object) ? fill(o.message, { key }) : undefined),
  problemMembers(o, key, raw, resolved) {
    const shapes = problemSchemas(resolved, o.mediaType).map((s) => shape(s, o.members));
    return shapes.some((s) => s.object && !s.member) ? fill(o.message, { key, members: o.members.join(", ") }) : undefined;
  },
  // Only types under the organisation's problem base: another vendor's type, or about:blank, is none of its business.
  problemTypeKnown(o, key, raw, resolved) {
    const base = absolute(o.problemBase);
    const known = new Set(Object.keys(o.types).map(absolute));
    const unknown = problemTypes(resolved, o.mediaType).find((t) => t.uri.startsWith(base) && !known.has(t.uri));
    return unknown === undefined ? undefined : fill(o.message, { key, type: unknown.written });
  },
  problemTypeStatus(o, key, raw, resolved) {
    const catalogue = new Map(Object.entries(o.types).map(([uri, type]) => [absolute(uri), type]));
    for (const { written, uri } of problemTypes(resolved, o.mediaType)) {
      const type = catalogue.get(uri);
      if (type !== undefined && !covers(key, type.status)) return fill(o.message, { key, type: written, code: String(type.status), name: type.name });
    }
    return undefined;
  },
  noContent: (o, key, raw, resolved) => (o.keys.includes(key) && isObject(resolved?.content) && Object.keys(resolved.content).length > 0 ? fill(o.message, { key }) : undefined),
  header(o, key, raw, resolved) {
    if (!o.keys.includes(key)) return undefined;
    const declared = Object.keys(isObject(resolved?.headers) ? resolved.headers : {}).map((h) => h.toLowerCase());
    return o.anyOf.some((h) => declared.includes(h.toLowerCase())) ? undefined : fill(o.message, { key });
  },
};

/** Checks on a response's key; the others look at its content and headers, and leave a wrongly `$ref`ed response to `reference`. */
const KEY_CHECKS = ["range", "known", "keys", "reference"];

/** An operation documents an error: a 4xx or 5xx code, a `4XX` or `5XX` range, or `default`. */
const ERROR_KEY = /^([45]\d\d|[45]xx|default)$/i; // a lower-case range counts: status-code-range reports its case

/** The segments of a JSON pointer, with or without its leading `#`, unescaped: `#/paths/~1orders/get` is `paths`, `/orders`, `get`. */
export const segments = (pointer) =>
  pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));

/**
 * Whether the API serves the operation at `path` (its segments from the root of the file it is written in): not a callback or
 * a webhook (3.1), which the API's clients serve, nor an operation of a reusable path item (3.1 `components/pathItems`), whose
 * place does not say who serves it. A path item in a file of its own (its path starts at the method) is one `paths` refers to.
 * @param {readonly (string | number)[]} path
 */
export const served = (path) => path[0] !== "webhooks" && path[0] !== "components" && !path.includes("callbacks");

/**
 * Run one rule on the responses map of one operation.
 * @param {{ on: "responses" | "operation", check: string } & Record<string, any>} options  the rule's generated options
 * @param {unknown} responses  the responses map as written, `$ref`s and all
 * @param {unknown} resolved  the same map with every `$ref` followed
 * @param {boolean} served  whether the API serves the operation (under `paths`), not a callback or webhook its clients serve
 * @returns {Finding[]}
 */
export function check(options, responses, resolved, served) {
  if (!isObject(responses)) return [];
  if (options.on === "operation") {
    // What a client's server answers to a callback or webhook is the client's business.
    return !served || Object.keys(responses).some((key) => ERROR_KEY.test(key)) ? [] : [{ message: options.message }];
  }
  const run = responseChecks[options.check];
  if (run === undefined) throw new Error(`status rules: unknown check "${options.check}"; the ruleset and lint/check.js come from different versions of the package.`);
  return Object.keys(responses).flatMap((key) => {
    const raw = responses[key];
    const response = isObject(resolved) ? resolved[key] : undefined;
    // A `$ref` the tool could not follow is its own error; a wrong one is status-response-ref's. Neither says more about the content.
    if (!KEY_CHECKS.includes(options.check) && (isRef(response) || wrongReference(key, raw, response))) return [];
    const message = run(options, key, raw, response);
    return message === undefined ? [] : [{ key, message }];
  });
}
