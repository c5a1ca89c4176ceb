import { codesFromSteps, denseByCode } from "./internal.js";
import { PHRASE_ALIASES, PHRASE_CODE_STEPS, PHRASE_LIST } from "./generated/phrases.js";
import type { StatusCode } from "./generated/status-code.js";
import type { ReasonPhrase } from "./types.js";

// A packed array indexed by code: a lookup costs an integer check and an array read.
const BY_CODE: readonly (string | undefined)[] = /*#__PURE__*/ denseByCode(/*#__PURE__*/ codesFromSteps(PHRASE_CODE_STEPS), PHRASE_LIST);

/** The reason phrase of a code (`getReasonPhrase(404)` is `"Not Found"`), or `undefined` for anything else; never throws. */
export function getReasonPhrase<C extends StatusCode>(code: C): ReasonPhrase<C>;
export function getReasonPhrase(code: number): string | undefined;
export function getReasonPhrase(code: number): string | undefined {
  return Number.isInteger(code) ? BY_CODE[code] : undefined;
}

/** How phrases are compared: surrounding spaces and case do not matter. */
function lookupKey(phrase: string): string {
  return phrase.trim().toLowerCase();
}

function buildIndex(): Map<string, StatusCode> {
  const codes = codesFromSteps(PHRASE_CODE_STEPS) as StatusCode[];
  const index = new Map<string, StatusCode>();
  const add = (text: string, code: StatusCode) => index.set(text, code).set(lookupKey(text), code);
  PHRASE_LIST.forEach((phrase, i) => add(phrase, codes[i] as StatusCode));
  for (const [alias, code] of PHRASE_ALIASES) add(alias, code);
  return index;
}

// Each phrase and alias as written (the common case costs one Map.get) and lowercased; a Map has no inherited keys.
const INDEX: ReadonlyMap<string, StatusCode> = /*#__PURE__*/ buildIndex();

/** The code of a reason phrase or legacy alias, ignoring case and surrounding spaces, or `undefined`; never throws. */
export function getStatusCode(phrase: string): StatusCode | undefined {
  if (typeof phrase !== "string") return undefined;
  return INDEX.get(phrase) ?? INDEX.get(lookupKey(phrase));
}
