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

/** The constant key and PascalCase name of a code: as the entry writes them, or derived from its phrase (validate and normalize share it). */
export function namesOf(entry: { phrase: string; key?: string | undefined; name?: string | undefined }): { key: string; name: string } {
  const key = entry.key ?? keyFromPhrase(entry.phrase);
  return { key, name: entry.name ?? nameFromKey(key) };
}

/**
 * How codes refer to header fields: by name, in any case. Returns the header list's own spelling of each name by its
 * lower-case form (the first definition wins), and the indices of the definitions that repeat an earlier one.
 */
export function headerSpellings(names: readonly unknown[]): { spelling: Map<string, string>; repeats: number[] } {
  const spelling = new Map<string, string>();
  const repeats: number[] = [];
  names.forEach((name, i) => {
    if (typeof name !== "string") return;
    if (spelling.has(name.toLowerCase())) repeats.push(i);
    else spelling.set(name.toLowerCase(), name);
  });
  return { spelling, repeats };
}

/** How reverse lookups compare phrases: trimmed, case-insensitive. */
export function phraseLookupKey(phrase: string): string {
  return phrase.trim().toLowerCase();
}

/**
 * Option names `HttpErrorOptions` (packages/core/src/http-error.ts) already uses; a header whose option would repeat one
 * gets a `Header` suffix instead. A test compares this list with the interface.
 */
export const ERROR_OPTIONS: ReadonlySet<string> = new Set(["cause", "data", "detail", "expose", "extensions", "headers", "instance", "title", "type"]);

/** The error option that sets a header field: its name in camelCase, `Retry-After` -> `retryAfter`, `WWW-Authenticate` -> `wwwAuthenticate`. */
export function headerOption(header: string): string {
  const words = header.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
  const option = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return ERROR_OPTIONS.has(option) ? `${option}Header` : option;
}

/** PascalCase name of a problem type: as the entry writes it, or from its slug (`out-of-credit` -> `OutOfCredit`). */
export function problemName(entry: { type: string; name?: string | undefined }): string {
  return entry.name ?? entry.type.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}
