import type { Model } from "../../model.js";
import type { JsonObject } from "./json.js";
import { OPENAPI_PACKAGE } from "./refs.js";
import { holdsHeader, keysPattern, messages, RESPONSE_KEY, statusRules } from "./rules.js";

const METHODS = "[get,put,post,delete,options,head,patch,trace]";

/** Every responses map of an API document: of the operations under paths, of their callbacks, and of webhooks (3.1). */
const RESPONSES = [`$.paths[*]${METHODS}.responses`, `$.paths[*]${METHODS}.callbacks[*][*]${METHODS}.responses`, `$.webhooks[*]${METHODS}.responses`];

/** The alias (defined once in the ruleset) of every responses map. */
const ALIAS = "#Responses";

/** The responses with one of these keys, wherever a responses map is. */
const responsesWith = (keys: readonly string[]) => (keys.length === 1 ? `${ALIAS}['${keys[0]}']` : `${ALIAS}[?(@property.match(/${keysPattern(keys)}/))]`);

/** The header that explains the file, above the generated notice. */
export const SPECTRAL_HEADER = `Spectral ruleset: checks the responses of your API documents against the organisation's spec of status codes.
Use it from your .spectral.yaml: extends: ["spectral:oas", "${OPENAPI_PACKAGE}/spectral.yaml"]`;

/**
 * The Spectral ruleset. Rules on a response's key or content use `responseKey` and `responseContent` (tiny functions shipped
 * beside it, which report the code); rules on one code's headers use the built-in `schema`, their message naming the code.
 */
export function spectralRuleset(model: Model): JsonObject {
  const r = statusRules(model);
  const onKeys = (functionOptions: JsonObject) => ({ given: ALIAS, then: { field: "@key", function: "responseKey", functionOptions } });
  const rules: Record<string, JsonObject> = {
    "status-code-range": {
      description: "A response key is a code from 100 to 599, a class range such as 4XX, or default.",
      message: messages.range("{{error}}"),
      severity: "error",
      ...onKeys({ match: RESPONSE_KEY }),
    },
    "status-code-known": {
      description: "Every response code is a code of the organisation's spec.",
      message: messages.known("{{error}}"),
      severity: "error",
      ...onKeys({ in: r.knownKeys }),
    },
    ...(r.neverSent.length > 0 && {
      "status-code-never-sent": {
        description: "No response documents a code that servers only log.",
        message: messages.neverSent("{{error}}"),
        severity: "error",
        ...onKeys({ notIn: r.neverSent }),
      },
    }),
    ...Object.fromEntries(
      r.vendors.map((v) => [
        v.id,
        { description: `Codes of ${v.name} are not registered with IANA.`, message: messages.vendor("{{error}}", v.name), severity: "warn", ...onKeys({ notIn: v.codes }) },
      ]),
    ),
    ...Object.fromEntries(
      r.deprecated.map((d) => [d.id, { description: `${d.code} is deprecated.`, message: d.message, severity: "warn", ...onKeys({ notIn: [d.code] }) }]),
    ),
    "status-problem-body": {
      description: `An error response offers ${r.mediaType} (RFC 9457 problem details).`,
      message: messages.problemBody("{{error}}", r.mediaType),
      severity: "error",
      given: responsesWith(r.problemKeys),
      then: { function: "responseContent", functionOptions: { mediaType: r.mediaType } },
    },
    ...(r.noContent.length > 0 && {
      "status-no-content": {
        description: "A response whose code never has content declares none.",
        message: messages.noContent("{{error}}"),
        severity: "error",
        given: responsesWith(r.noContent),
        then: { function: "responseContent" },
      },
    }),
    ...Object.fromEntries(
      r.headers.map((h) => [
        h.id,
        {
          description: `A ${h.code} response declares ${h.header}.`,
          message: h.message,
          severity: h.severity,
          given: responsesWith([h.code]),
          then: { field: "headers", function: "schema", functionOptions: { schema: holdsHeader(h.header) } },
        },
      ]),
    ),
  };
  return { functionsDir: "../spectral-functions", functions: ["responseContent", "responseKey"], aliases: { [ALIAS.slice(1)]: RESPONSES }, rules };
}
