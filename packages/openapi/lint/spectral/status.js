// The Spectral function of the ruleset in ../../generated/spectral.yaml: runs the rule's check (../check.js, shared with the
// Redocly plugin) on one operation. The rules run on the document as written (`resolved: false`), so each finding is reported at
// the user's own response, even when that response `$ref`s this package; the check reads the `$ref`ed content from Spectral's
// resolved copy of the document, at the same path.
import { check } from "../check.js";

/**
 * @param {{ responses?: unknown } | undefined} operation
 * @param {{ on: "responses" | "operation", check: string }} options
 * @param {{ path: readonly (string | number)[], documentInventory: { resolved: unknown } }} context
 */
export default function status(operation, options, context) {
  const at = [...context.path, "responses"];
  const resolved = at.reduce((node, segment) => (node === null || typeof node !== "object" ? undefined : node[segment]), context.documentInventory.resolved);
  return check(options, operation?.responses, resolved).map(({ key, message }) => ({ message, path: key === undefined ? at : [...at, key] }));
}
