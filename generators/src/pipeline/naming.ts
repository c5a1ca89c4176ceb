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

/** Option names `HttpErrorOptions` already uses; a header whose option would repeat one gets a `Header` suffix instead. */
const ERROR_OPTIONS = new Set(["cause", "detail", "expose", "extensions", "headers", "instance", "title", "type"]);

/** The error option that sets a header field: its name in camelCase, `Retry-After` -> `retryAfter`, `WWW-Authenticate` -> `wwwAuthenticate`. */
export function headerOption(header: string): string {
  const words = header.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
  const option = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return ERROR_OPTIONS.has(option) ? `${option}Header` : option;
}
