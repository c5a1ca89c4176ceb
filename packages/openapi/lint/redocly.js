// The Redocly plugin: the same rules as the Spectral ruleset (../generated/rules.json, generated from the spec), run by the same
// checks (./check.js). Each finding is reported at the user's own response, even when that response `$ref`s this package.
//
// In redocly.yaml:  plugins: [./node_modules/@org/status-openapi/lint/redocly.js]
//                   extends: [recommended, status/recommended]
// A wrong path makes Redocly stop with "Plugin … not found" (exit 2), where a wrong path in `extends` would only warn.
import { readFileSync } from "node:fs";
import { check, segments, served } from "./check.js";

/** @type {{ rules: { id: string, severity: "error" | "warn" | "hint", on: string, check: string, options: object }[] }} */
const { rules } = JSON.parse(readFileSync(new URL("../generated/rules.json", import.meta.url), "utf8"));

/** Redocly has no hint level: the rules that can only guess are off, for a team to turn on as warnings. */
const SEVERITY = { error: "error", warn: "warn", hint: "off" };

/** A value with every `$ref` followed (each `$ref` relative to the file it is written in); a cycle keeps its `$ref`. */
function resolveDeep(value, ctx, from, seen) {
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, ctx, from, seen));
  if (typeof value !== "object" || value === null) return value;
  if (typeof value.$ref === "string") {
    const { node, location } = ctx.resolve(value, from);
    const at = location && `${location.source.absoluteRef}#${location.pointer}`;
    if (node === undefined || !location || seen.has(at)) return value;
    return resolveDeep(node, ctx, location.source.absoluteRef, new Set([...seen, at]));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, ctx, from, seen)]));
}

/** Each responses map with its `$ref`s followed, once for all the rules. */
const RESOLVED = new WeakMap();

/** One Redocly rule: on each operation, run the check and report at the response (or at the responses map). */
const rule = (r) => () => ({
  Operation: {
    enter(operation, ctx) {
      const responses = operation.responses;
      let resolved = RESOLVED.get(responses);
      if (resolved === undefined && typeof responses === "object" && responses !== null) RESOLVED.set(responses, (resolved = resolveDeep(responses, ctx, undefined, new Set())));
      const findings = check({ on: r.on, check: r.check, ...r.options }, responses, resolved, served(segments(ctx.location.pointer)));
      for (const { key, message } of findings) ctx.report({ message, location: ctx.location.child(key === undefined ? ["responses"] : ["responses", key]).key() });
    },
  },
});

/** The plugin: its rules as `status/<id>`, and the `status/recommended` configuration that turns them on. */
export default function statusPlugin() {
  return {
    id: "status",
    rules: { oas3: Object.fromEntries(rules.map((r) => [r.id, rule(r)])) },
    configs: { recommended: { rules: Object.fromEntries(rules.map((r) => [`status/${r.id}`, SEVERITY[r.severity]])) } },
  };
}
