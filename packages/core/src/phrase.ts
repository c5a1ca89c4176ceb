import { codesFromSteps, denseBySteps } from "./internal.js";
import { NO_REVERSE_LOOKUP, PHRASE_ALIASES, PHRASE_CODE_STEPS, PHRASE_LIST } from "./generated/phrases.js";
import type { StatusCode } from "./generated/status-code.js";
import type { ReasonPhrase } from "./types.js";

/** `getReasonPhrase`'s overloads: a literal type for a known code, `string | undefined` for any number. */
interface GetReasonPhrase {
  <C extends StatusCode>(code: C): ReasonPhrase<C>;
  (code: number): string | undefined;
}

// The lookups are closures over their tables: a bundler turns module-level `const` into `var`, which V8 must
// re-read on every call, while a captured binding that is never reassigned is folded into the optimized code.
// The integer check is written out: V8's mid tier (Maglev, on by default since Node 22) calls `Number.isInteger` as
// a builtin instead of inlining it, which doubled the cost of a lookup, while `typeof` and `| 0` are a few instructions
// in every tier. Only non-negative integers below 2^31 reach the array: `phrases[-1]` is a lookup of the property
// named "-1", and one such call turns the table read megamorphic for every later call, in every caller.
function byCode(phrases: readonly (string | undefined)[]): GetReasonPhrase {
  return ((code: number) => (typeof code === "number" && (code | 0) === code && code >= 0 ? phrases[code] : undefined)) as GetReasonPhrase;
}

/** The reason phrase of a code (`getReasonPhrase(404)` is `"Not Found"`), or `undefined` for anything else; never throws. */
export const getReasonPhrase: GetReasonPhrase = /*#__PURE__*/ byCode(/*#__PURE__*/ denseBySteps(PHRASE_CODE_STEPS, PHRASE_LIST));

/** How phrases are compared: surrounding spaces and case do not matter. */
function lookupKey(phrase: string): string {
  return phrase.trim().toLowerCase();
}

/** Inputs remembered beyond the phrases themselves (other casings, misses) before the memory is reset. */
const REMEMBERED = 512;

function byPhrase(): (phrase: string) => StatusCode | undefined {
  const codes = codesFromSteps(PHRASE_CODE_STEPS) as StatusCode[];
  // Every phrase and alias as written and lowercased; a Map has no inherited keys such as `__proto__`.
  const known = new Map<string, StatusCode | 0>();
  const add = (text: string, code: StatusCode) => known.set(text, code).set(lookupKey(text), code);
  PHRASE_LIST.forEach((phrase, i) => NO_REVERSE_LOOKUP.includes(codes[i] as StatusCode) || add(phrase, codes[i] as StatusCode));
  for (const [alias, code] of PHRASE_ALIASES) add(alias, code);
  // Inputs seen in another casing, or not found (0), are remembered in a copy of the table, so a repeated
  // lookup costs one Map.get whatever its casing; the copy starts afresh after REMEMBERED inputs.
  let index = new Map(known);
  return (phrase: string) => {
    if (typeof phrase !== "string") return undefined;
    const hit = index.get(phrase);
    if (hit !== undefined) return hit === 0 ? undefined : hit;
    const code = known.get(lookupKey(phrase)) || undefined;
    if (index.size >= known.size + REMEMBERED) index = new Map(known);
    index.set(phrase, code ?? 0);
    return code;
  };
}

/** The code of a reason phrase or legacy alias, ignoring case and surrounding spaces, or `undefined`; never throws. */
export const getStatusCode: (phrase: string) => StatusCode | undefined = /*#__PURE__*/ byPhrase();
