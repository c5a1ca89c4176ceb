// The Spectral function of the ruleset in ../../generated/spectral.yaml: runs the rule's check (../check.js, shared with the
// Redocly plugin) on one operation. The rules run on the document as written (`resolved: false`), so each finding is reported at
// the user's own response, even when that response `$ref`s this package; the check reads the `$ref`ed content from Spectral's
// resolved copy of the document, at the same path. A path item that `$ref`s another file is read from that file as written, and
// its findings are reported at the `$ref`.
import { check, segments, served } from "../check.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The value at `path` under `node`, or undefined. */
const at = (node, path) => path.reduce((n, segment) => (n === null || typeof n !== "object" ? undefined : n[segment]), node);

/** A `$ref`ed path item as written in its own file, from the documents Spectral read; undefined where it cannot tell. */
function referenced(ref, context) {
  const [file, pointer = ""] = ref.split("#");
  if (!file || !context.document.source) return undefined;
  const doc = context.documentInventory.referencedDocuments?.[decodeURIComponent(new URL(file, `file://${context.document.source}`).pathname)];
  return at(doc?.data, segments(pointer));
}

/** The findings of one operation, written as `operation`, at `path`. */
function findings(operation, path, options, context) {
  const responses = [...path, "responses"];
  return check(options, operation?.responses, at(context.documentInventory.resolved, responses), served(path)).map(({ key, message }) => ({
    message,
    path: key === undefined ? responses : [...responses, key],
  }));
}

/**
 * @param {{ responses?: unknown, $ref?: string } | undefined} target  an operation, or a path item that `$ref`s another file
 * @param {{ on: "responses" | "operation", check: string }} options
 * @param {{ path: readonly (string | number)[], document: { source?: string | null }, documentInventory: { resolved: unknown, referencedDocuments?: Record<string, { data: unknown }> } }} context
 */
export default function status(target, options, context) {
  if (typeof target?.$ref !== "string") return findings(target, context.path, options, context);
  const item = referenced(target.$ref, context) ?? at(context.documentInventory.resolved, context.path) ?? {};
  return METHODS.filter((m) => item[m] !== undefined).flatMap((m) => findings(item[m], [...context.path, m], options, context));
}
