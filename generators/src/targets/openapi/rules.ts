import type { Model, Status } from "../../model.js";
import type { JsonObject } from "./json.js";
import { GENERIC_PROBLEM } from "./refs.js";

/** How sure a rule is: `hint` where it can only guess (Spectral shows it; Redocly, which has no hint level, leaves it off). */
type Severity = "error" | "warn" | "hint";

/**
 * One rule of both rulesets. `check` names the check in `packages/openapi/lint/check.js` that both the Spectral function and the
 * Redocly plugin run, with `options` (every fact and message it needs); `on` says whether it looks at each response of an
 * operation or at the operation as a whole. Messages hold `{key}`-style placeholders that the check fills in.
 */
export interface LintRule {
  id: string;
  severity: Severity;
  description: string;
  on: "responses" | "operation";
  check: string;
  options: JsonObject;
}

/** The response keys OpenAPI allows: three digits from 100 to 599, a class range such as `4XX`, or `default`. */
const RESPONSE_KEY = "^([1-5][0-9]{2}|[1-5]XX|default)$";

const REDIRECT_HEADER = "Location";
const key = (s: Status) => String(s.code);

/** Every rule, from the model, in the order the rulesets list them. */
export function lintRules(model: Model): LintRule[] {
  // The organisation's OpenAPI package, which messages point to.
  const pkg = model.organization.packages.openapi;
  const fix = `$ref the code's response from ${pkg}`;
  const usable = model.responseStatuses;
  const ranges = model.classes.map((c) => c.rangeKey);
  const media = model.problemDetails.mediaType;
  const responses = (id: string, severity: Severity, description: string, check: string, options: JsonObject): LintRule => ({ id, severity, description, on: "responses", check, options });
  const onKeys = (id: string, severity: Severity, description: string, keys: string[], message: string) => responses(id, severity, description, "keys", { keys, message });
  const neverSent = usable.filter((s) => s.neverSent).map(key);
  const noContent = usable.filter((s) => s.noContent).map(key);
  return [
    responses("status-code-range", "error", "A response key is a code from 100 to 599, a class range such as 4XX, or default.", "range", {
      pattern: RESPONSE_KEY,
      message: `Response code {key} lies outside 100-599, so OpenAPI cannot use it as a response key; document a code from 100 to 599 (describe the vendor code in text if you must).`,
      caseMessage: `Response key {key} is a range in lower case, which OpenAPI does not allow: range keys are upper-case (1XX to 5XX); write {upper}.`,
    }),
    responses("status-code-known", "error", "Every response code is a code of the organisation's spec.", "known", {
      pattern: RESPONSE_KEY,
      keys: [...model.statuses.map(key), ...ranges, "default"],
      message: `Response code {key} is not in the organisation's spec of status codes (${pkg}); use one of its codes, or have the code added to the spec.`,
    }),
    ...(neverSent.length > 0
      ? [onKeys("status-code-never-sent", "error", "No response documents a code that servers only log.", neverSent, "Response code {key} is only written to server and proxy logs and never reaches a client; remove this response.")]
      : []),
    // The organisation's own codes are allowed like registered ones: no vendor rule for them.
    ...model.otherVendors.flatMap((v) => {
      const codes = v.statuses.filter((s) => s.hasResponse && !s.neverSent).map(key);
      const message = `Response code {key} is an unofficial ${v.name} code, not registered with IANA; keep it only if clients really receive it from ${v.name}, and document a standard code otherwise.`;
      return codes.length > 0 ? [onKeys(`status-code-vendor-${v.id}`, "warn", `Codes of ${v.name} are not registered with IANA.`, codes, message)] : [];
    }),
    ...usable
      .filter((s) => s.deprecated !== undefined)
      .map((s) => onKeys(`status-code-deprecated-${s.code}`, "warn", `${s.code} is deprecated.`, [key(s)], `${s.code} ${s.phrase} is deprecated: ${s.deprecated} Document the code your API sends instead.`)),
    responses("status-response-ref", "error", "A $ref'd response is the response of the code it stands under.", "reference", {
      names: Object.fromEntries(usable.map((s) => [key(s), s.name])),
      generic: GENERIC_PROBLEM,
      message: "This {key} refers to the {code} {name} response; $ref {expected} for a {key}, or change the key to {code}.",
      rangeMessage: `This {key} refers to the {code} {name} response, whose status is pinned to {code}; for a range or default, $ref the ${GENERIC_PROBLEM} response from ${pkg}.`,
    }),
    responses("status-problem-body", "error", `An error response offers ${media} (RFC 9457 problem details).`, "problemBody", {
      keys: [...model.problemStatuses.map(key), ...model.classes.filter((c) => c.hasProblemBody).map((c) => c.rangeKey)],
      keysWithContent: ["default"],
      mediaType: media,
      message: `The {key} response offers no ${media} content; describe the error as RFC 9457 problem details, or ${fix} (${GENERIC_PROBLEM} for a range or default).`,
    }),
    responses("status-problem-schema", "error", `The schema of ${media} content describes a JSON object.`, "problemSchema", {
      mediaType: media,
      message: `The {key} response's ${media} schema does not describe a JSON object, which RFC 9457 problem details are; use ProblemDetails from ${pkg}, or extend it with allOf.`,
    }),
    responses("status-problem-members", "warn", `The schema of ${media} content declares RFC 9457 members.`, "problemMembers", {
      mediaType: media,
      members: model.problemDetails.members.map((m) => m.name),
      message: `The {key} response's ${media} schema declares none of the RFC 9457 members ({members}); extend ProblemDetails from ${pkg} with allOf and add your members beside it.`,
    }),
    ...problemTypeRules(model, pkg),
    ...(noContent.length > 0
      ? [responses("status-no-content", "error", "A response whose code never has content declares none.", "noContent", { keys: noContent, message: "A {key} response never has content; remove the content of this response." })]
      : []),
    ...usable.flatMap((s) => headerRules(s, pkg)),
    {
      id: "status-error-response",
      severity: "warn",
      description: "An operation documents at least one error response.",
      on: "operation",
      check: "errorResponse",
      options: { message: `This operation documents no error response; add the errors clients can get (a code such as 404, or 4XX, 5XX or default with the ${GENERIC_PROBLEM} response from ${pkg}).` },
    },
  ];
}

/**
 * The problem type rules: a type under the organisation's problem base that its catalogue does not know (a typo, or a type never
 * added to the spec, whose URI leads to no page), and a catalogued type under a response for another status. Both read the
 * catalogue (type URI → status and response name) from the model; a type outside the problem base is another party's.
 */
function problemTypeRules(model: Model, pkg: string): LintRule[] {
  const base = model.organization.problemBase;
  const mediaType = model.problemDetails.mediaType;
  const types = Object.fromEntries(model.problemTypes.map((p) => [p.uri, { slug: p.slug, status: p.status.code, name: p.name }]));
  const rule = (id: string, description: string, check: string, message: string): LintRule => ({
    id,
    severity: "error",
    description,
    on: "responses",
    check,
    options: { mediaType, problemBase: base, types, message },
  });
  return [
    rule(
      "status-problem-type-known",
      `A problem type under the organisation's problem base (${base}) is one of its catalogue.`,
      "problemTypeKnown",
      `The {key} response's problem type {type} lies under the organisation's problem base (${base}) but is not one of its problem types; use one of those in ${pkg}, or have the type added to the spec's problems.`,
    ),
    rule(
      "status-problem-type-status",
      "A problem type of the catalogue stands under a response for its own status code.",
      "problemTypeStatus",
      `The {key} response carries the problem type {type}, which is sent with {code}; document it under a {code} response ($ref the {name} response from ${pkg}), or use a problem type of {key}.`,
    ),
  ];
}

/**
 * Header rules of one code. A field every response with the code must carry, and `Location` on a redirect, are errors, one rule
 * each. The fields the spec merely lists for a code are one hint: RFC 9110 asks for them only where they apply (a 304 repeats the
 * fields a 200 would have sent; a 415 sends Accept or Accept-Encoding, whichever fits), so a response with any of them passes.
 */
function headerRules(s: Status, pkg: string): LintRule[] {
  const fix = `add it under the response's headers, or $ref the ${s.name} response from ${pkg}`;
  const rule = (id: string, severity: Severity, anyOf: string[], message: string): LintRule => ({
    id,
    severity,
    description: `A ${s.code} response declares ${anyOf.join(" or ")}.`,
    on: "responses",
    check: "header",
    options: { keys: [key(s)], anyOf, message },
  });
  const redirect = s.redirect ? [rule(`status-redirect-location-${s.code}`, "error", [REDIRECT_HEADER], `${s.code} ${s.phrase}: declare the ${REDIRECT_HEADER} header, which tells the client where to go; ${fix}.`)] : [];
  const required = s.headerFields
    .filter((f) => f.required)
    .map(({ info: { name: h } }) =>
      rule(`status-required-header-${s.code}-${h.toLowerCase()}`, "error", [h], `${s.code} ${s.phrase}: declare the ${h} header, which every ${s.code} response must carry; ${fix}.`),
    );
  const listed = s.headerFields.filter((f) => !f.required && !(s.redirect && f.info.name === REDIRECT_HEADER)).map((f) => f.info.name);
  const recommended =
    listed.length === 0
      ? []
      : [
          rule(
            `status-recommended-header-${s.code}`,
            "hint",
            listed,
            `${s.code} ${s.phrase}: consider declaring ${listed.length === 1 ? `the ${listed[0]} header, which servers often send with a ${s.code}` : `those of ${listed.join(", ")} that your API sends with a ${s.code}`}; or $ref the ${s.name} response from ${pkg}.`,
          ),
        ];
  return [...redirect, ...required, ...recommended];
}
