import { getReasonPhrase } from "./phrase.js";
import type { ProblemDetails, ProblemFields } from "./types.js";

/**
 * RFC 9457 problem details for a code: `{ type: "about:blank", title: <reason phrase>, status: code, ...fields }`.
 * `fields` may replace `type`, `title` and add members; `status` is always `code`. For a code the spec does not
 * know, `title` is left out (never throws).
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457 | RFC 9457}
 */
export function problem<C extends number>(code: C, fields?: ProblemFields): ProblemDetails & { status: C } {
  const title = getReasonPhrase(code);
  return { type: "about:blank", ...(title === undefined ? {} : { title }), ...fields, status: code };
}
