/**
 * The inputs of the lookup benchmarks and the answers a correct library gives, written from RFC 9110
 * (Section 15) and RFC 8297/8470 independently of the spec, so that @org/status-core is checked too.
 */

/** Codes every library knows, with their current reason phrases. 425 is left out of the timed set (see COVERAGE). */
export const KNOWN: readonly (readonly [number, string])[] = [
  [100, "Continue"],
  [101, "Switching Protocols"],
  [103, "Early Hints"],
  [200, "OK"],
  [201, "Created"],
  [202, "Accepted"],
  [204, "No Content"],
  [206, "Partial Content"],
  [301, "Moved Permanently"],
  [302, "Found"],
  [303, "See Other"],
  [304, "Not Modified"],
  [307, "Temporary Redirect"],
  [308, "Permanent Redirect"],
  [400, "Bad Request"],
  [401, "Unauthorized"],
  [403, "Forbidden"],
  [404, "Not Found"],
  [405, "Method Not Allowed"],
  [409, "Conflict"],
  [410, "Gone"],
  [413, "Content Too Large"],
  [414, "URI Too Long"],
  [415, "Unsupported Media Type"],
  [416, "Range Not Satisfiable"],
  [422, "Unprocessable Content"],
  [429, "Too Many Requests"],
  [500, "Internal Server Error"],
  [501, "Not Implemented"],
  [502, "Bad Gateway"],
  [503, "Service Unavailable"],
  [504, "Gateway Timeout"],
];

/** Registered codes checked for coverage only (not timed): a library that lacks one throws or answers nothing. */
export const COVERAGE: readonly (readonly [number, string])[] = [
  [102, "Processing"],
  [421, "Misdirected Request"],
  [425, "Too Early"],
  [428, "Precondition Required"],
  [451, "Unavailable For Legal Reasons"],
  [511, "Network Authentication Required"],
];

/**
 * Integers no library knows: the not-found path of every code → phrase lookup. -1 is here because a negative index is
 * no array index: `table[-1]` looks up a property named "-1", which turns the reading site megamorphic.
 */
export const UNKNOWN_CODES: readonly number[] = [-1, 0, 99, 150, 199, 250, 299, 350, 475, 600, 650, 700, 800, 900, 1000, 1999];

/** The known codes with an unknown one after every eighth (a gap, beyond 5xx, beyond every table, negative). */
export const MIXED_CODES: readonly number[] = KNOWN.flatMap(([code], i) => (i % 8 === 7 ? [code, [475, 600, 1000, -1][i >> 3]!] : [code]));

/** Known phrases in another casing: lower, UPPER and only the first letter capitalised, in turn. */
export const OTHER_CASING: readonly (readonly [string, number])[] = KNOWN.map(([code, phrase], i) => {
  const recased = i % 3 === 0 ? phrase.toLowerCase() : i % 3 === 1 ? phrase.toUpperCase() : phrase[0] + phrase.slice(1).toLowerCase();
  return [recased, code] as const;
});

/** Older names that users still pass (RFC 7231/2616 names and common variants). */
export const ALIASES: readonly (readonly [string, number])[] = [
  ["Moved Temporarily", 302],
  ["Request Entity Too Large", 413],
  ["Payload Too Large", 413],
  ["Request-URI Too Long", 414],
  ["Requested Range Not Satisfiable", 416],
  ["Unprocessable Entity", 422],
];

/** Strings that name no status, including inherited property names a naive object lookup would find. */
export const UNKNOWN_PHRASES: readonly string[] = [
  "Not Founded",
  "Teapot",
  "Everything Is Fine",
  "Bad",
  "",
  "Server Error",
  "Internal Error",
  "Too Many",
  "toString",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "valueOf",
  "Unknown Status",
  "Gateway",
  "OK OK",
];

/** Codes for the class check: known codes, unknown codes in every range, and integers outside 100-599. */
export const CLASS_INPUTS: readonly number[] = [...KNOWN.map(([c]) => c), 150, 250, 350, 460, 475, 490, 550, 0, 99, 600, 700, 1000];
