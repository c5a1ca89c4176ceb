/**
 * The inline baselines' data: what a hand-written lookup would hold, with no checks at all. They live in a module
 * of their own and are imported, like a table an application shares between its files and like every library in
 * the benchmark: reading an imported binding in a hot loop costs V8 a little more than reading a local one, and
 * every row should pay it alike.
 */
import { ALIASES, COVERAGE, KNOWN } from "./inputs.js";

export const PHRASE_BY_CODE: (string | undefined)[] = new Array<string | undefined>(1000).fill(undefined);
for (const [code, phrase] of [...KNOWN, ...COVERAGE]) PHRASE_BY_CODE[code] = phrase;

export const CODE_BY_PHRASE = new Map<string, number>([...KNOWN, ...COVERAGE].map(([c, p]) => [p, c]));
for (const [alias, code] of ALIASES) CODE_BY_PHRASE.set(alias, code);

/** The called baseline of the class check: a range check as a function of its own, as a user would write one. */
export function inClientErrorRange(code: number): boolean {
  return ((code / 100) | 0) === 4;
}
