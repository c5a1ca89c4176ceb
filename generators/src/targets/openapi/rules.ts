import type { Model, Status } from "../../model.js";
import type { JsonObject } from "./json.js";
import { OPENAPI_PACKAGE } from "./refs.js";

/** What the Spectral ruleset and the Redocly configuration check, taken from the model once so that both say the same. */
export interface StatusRules {
  /** Every code of the spec, as a response key; with the range keys and `default`, the keys a response may have. */
  knownKeys: string[];
  neverSent: string[];
  /** Vendors of unofficial codes a response can have (100-599, never-sent codes left to their own rule), with a rule id each. */
  vendors: { id: string; name: string; codes: string[] }[];
  deprecated: { id: string; code: string; message: string }[];
  /** Keys whose responses must offer a problem details body: error codes that may have content, and the 4XX and 5XX ranges. */
  problemKeys: string[];
  noContent: string[];
  /** One check per code and header field: required (error), recommended (warning), and `Location` on redirects (error). */
  headers: HeaderRule[];
  mediaType: string;
}

/** A header field that responses with one code must or should declare. */
export interface HeaderRule {
  id: string;
  code: string;
  header: string;
  severity: "error" | "warn";
  message: string;
}

/** The response keys OpenAPI allows: three digits from 100 to 599, a class range such as `4XX`, or `default`. */
export const RESPONSE_KEY = "^([1-5][0-9]{2}|[1-5]XX|default)$";

const REDIRECT_HEADER = "Location";

/** The rules' data, from the model. */
export function statusRules(model: Model): StatusRules {
  const usable = model.responseStatuses;
  const key = (s: Status) => String(s.code);
  return {
    knownKeys: [...model.statuses.map(key), ...model.classes.map((c) => c.rangeKey), "default"],
    neverSent: usable.filter((s) => s.neverSent).map(key),
    vendors: model.vendors
      .map((v) => ({ id: `status-code-vendor-${v.id}`, name: v.name, codes: v.statuses.filter((s) => s.hasResponse && !s.neverSent).map(key) }))
      .filter((v) => v.codes.length > 0),
    deprecated: usable
      .filter((s) => s.deprecated !== undefined)
      .map((s) => ({ id: `status-code-deprecated-${s.code}`, code: key(s), message: `${s.code} ${s.phrase} is deprecated: ${s.deprecated} Document the code your API sends instead.` })),
    problemKeys: [...model.problemStatuses.map(key), ...model.classes.filter((c) => c.min >= 400).map((c) => c.rangeKey)],
    noContent: usable.filter((s) => s.noContent).map(key),
    headers: usable.flatMap(headerRules),
    mediaType: model.problemDetails.mediaType,
  };
}

/** Rule ids carry header names as they are, in lower case: the schema allows only letters, digits and hyphens in them. */
function headerRules(s: Status): HeaderRule[] {
  const fix = `add it under the response's headers, or $ref the ${s.name} response from ${OPENAPI_PACKAGE}`;
  const rule = (id: string, header: string, severity: HeaderRule["severity"], why: string): HeaderRule => ({
    id,
    code: String(s.code),
    header,
    severity,
    message: `${s.code} ${s.phrase}: declare the ${header} header, ${why}; ${fix}.`,
  });
  const redirect = s.redirect ? [rule(`status-redirect-location-${s.code}`, REDIRECT_HEADER, "error", "which tells the client where to go")] : [];
  const required = s.headerFields
    .filter((f) => f.required)
    .map(({ info: { name: h } }) => rule(`status-required-header-${s.code}-${h.toLowerCase()}`, h, "error", `which every ${s.code} response must carry`));
  const recommended = s.headerFields
    .filter((f) => !f.required && !(s.redirect && f.info.name === REDIRECT_HEADER))
    .map(({ info: { name: h } }) => rule(`status-recommended-header-${s.code}-${h.toLowerCase()}`, h, "warn", `which the organisation's spec recommends on ${s.code} responses`));
  return [...redirect, ...required, ...recommended];
}

/** Messages of the rules that cover many codes; `code` is the tool's placeholder for the response's key. */
export const messages = {
  range: (code: string) => `Response code ${code} lies outside 100-599, so OpenAPI cannot use it as a response key; document a code from 100 to 599 (describe the vendor code in text if you must).`,
  known: (code: string) => `Response code ${code} is not in the organisation's spec of status codes (${OPENAPI_PACKAGE}); use one of its codes, or have the code added to the spec.`,
  neverSent: (code: string) => `Response code ${code} is only written to server and proxy logs and never reaches a client; remove this response.`,
  vendor: (code: string, vendor: string) => `Response code ${code} is an unofficial ${vendor} code, not registered with IANA; keep it only if clients really receive it from ${vendor}, and document a standard code otherwise.`,
  problemBody: (code: string, mediaType: string) => `The ${code} response offers no ${mediaType} content; describe the error as RFC 9457 problem details, or $ref the code's response from ${OPENAPI_PACKAGE}.`,
  noContent: (code: string) => `A ${code} response never has content; remove the content of this response.`,
};

/** A JSON Schema of a headers map that holds this field, in any letter case (header field names are case-insensitive). */
export function holdsHeader(name: string): JsonObject {
  const anyCase = [...name].map((c) => (c.toLowerCase() === c.toUpperCase() ? c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `[${c.toUpperCase()}${c.toLowerCase()}]`)).join("");
  return { type: "object", not: { propertyNames: { not: { pattern: `^${anyCase}$` } } } };
}

/** A regular expression that matches exactly these keys. */
export function keysPattern(keys: readonly string[]): string {
  return `^(${keys.join("|")})$`;
}

