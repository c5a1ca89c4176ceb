import type { Model } from "../../model.js";
import type { JsonObject } from "./json.js";
import { OPENAPI_PACKAGE } from "./refs.js";
import { holdsHeader, keysPattern, messages, RESPONSE_KEY, statusRules } from "./rules.js";

/** The header that explains the file, above the generated notice. */
export const REDOCLY_HEADER = `Redocly configuration: checks the responses of your API documents against the organisation's spec of status codes.
Use it from your redocly.yaml: extends: [recommended, ./node_modules/${OPENAPI_PACKAGE}/generated/redocly.yaml]`;

/** Responses of an operation (a `Responses` map), not the named responses under `components`. */
const IN_OPERATION = [{ subject: { type: "Responses" }, assertions: { defined: true } }];

/** A configurable rule on the responses whose status code (their key) is one of `codes`. */
function onResponses(codes: readonly string[], property: string | undefined, assertions: JsonObject, message: string, severity: "error" | "warn"): JsonObject {
  return { subject: { type: "Response", filterInParentKeys: [...codes], ...(property && { property }) }, where: IN_OPERATION, assertions, message, severity };
}

/** A rule that reports every response whose key does not match `pattern`: with the key itself as the message's `{{key}}`. */
function keyNotMatching(pattern: string, message: string): JsonObject {
  return { subject: { type: "Response", matchParentKeys: `/^(?!${pattern.slice(1, -1)}$)/` }, where: IN_OPERATION, assertions: { defined: false }, message, severity: "error" };
}

/** Redocly configurable rules (assertions only, no plugin) that find what the Spectral ruleset finds, with the same messages. */
export function redoclyConfig(model: Model): JsonObject {
  const r = statusRules(model);
  const forbid = { defined: false };
  const rules: Record<string, JsonObject> = {
    "rule/status-code-range": keyNotMatching(RESPONSE_KEY, messages.range("{{key}}")),
    "rule/status-code-known": keyNotMatching(keysPattern(r.knownKeys), messages.known("{{key}}")),
    ...(r.neverSent.length > 0 && { "rule/status-code-never-sent": onResponses(r.neverSent, undefined, forbid, messages.neverSent("{{key}}"), "error") }),
    ...Object.fromEntries(r.vendors.map((v) => [`rule/${v.id}`, onResponses(v.codes, undefined, forbid, messages.vendor("{{key}}", v.name), "warn")])),
    ...Object.fromEntries(r.deprecated.map((d) => [`rule/${d.id}`, onResponses([d.code], undefined, forbid, d.message, "warn")])),
    "rule/status-problem-body": onResponses(
      r.problemKeys,
      "content",
      { defined: true, schema: { type: "object", required: [r.mediaType] } },
      messages.problemBody("{{key}}", r.mediaType),
      "error",
    ),
    ...(r.noContent.length > 0 && { "rule/status-no-content": onResponses(r.noContent, "content", { schema: { maxProperties: 0 } }, messages.noContent("{{key}}"), "error") }),
    ...Object.fromEntries(r.headers.map((h) => [`rule/${h.id}`, onResponses([h.code], "headers", { defined: true, schema: holdsHeader(h.header) }, h.message, h.severity)])),
  };
  return { rules };
}
