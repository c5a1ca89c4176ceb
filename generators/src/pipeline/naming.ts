/** Constant key from a phrase: `I'm a teapot` -> `IM_A_TEAPOT`, `Non-Authoritative Information` -> `NON_AUTHORITATIVE_INFORMATION`. */
export function keyFromPhrase(phrase: string): string {
  return phrase
    .replace(/['\u2019]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** PascalCase name from a constant key: `NOT_FOUND` -> `NotFound`. */
export function nameFromKey(key: string): string {
  return key
    .split("_")
    .filter(Boolean)
    .map((word) => word[0] + word.slice(1).toLowerCase())
    .join("");
}

/** How reverse lookups compare phrases: trimmed, case-insensitive. */
export function phraseLookupKey(phrase: string): string {
  return phrase.trim().toLowerCase();
}

