/**
 * Every timed lookup, one variant per library and operation. Each variant has `one` (one lookup, used to check
 * answers) and `loop` (the same expression over all inputs, timed). Every `loop` is its own function with its own
 * loop, so no call site is shared between libraries and none turns megamorphic; each folds its answers into a
 * checksum that the check compares with `one`'s, so the timed code is the checked code.
 */
import http from "node:http";
import { getReasonPhrase, getStatusCode, isClientError } from "@org/status-core";
import { status as httpStatus } from "http-status";
import * as hsc from "http-status-codes";
import statuses from "statuses";
import { CODE_BY_PHRASE, inClientErrorRange, PHRASE_BY_CODE } from "./baselines.js";
import { ALIASES, CLASS_INPUTS, COVERAGE, KNOWN, MIXED_CODES, OTHER_CASING, UNKNOWN_CODES, UNKNOWN_PHRASES } from "./inputs.js";

export type Answer = string | number | boolean | undefined;

export interface Variant<I> {
  /** Row label: the library and the call a user writes. */
  name: string;
  lib: "baseline" | "@org/status-core" | "http-status-codes" | "statuses" | "http-status" | "node:http";
  /** A peer's table read as a user writes it (`table[code]`), with no function call: the bar for core's lookups. */
  read?: true;
  one(input: I): unknown;
  loop(inputs: readonly I[]): number;
}

export interface Group<I> {
  id: string;
  title: string;
  /** Inputs timed (and checked). */
  inputs: readonly I[];
  /** Extra inputs only checked. */
  checkOnly?: readonly I[];
  expected(input: I): Answer;
  /** What a checksum adds for one answer; must match the expression inside every `loop`. */
  fold(answer: unknown): number;
  /** False where the baseline is only a cost reference and gives wrong answers by design (exact Map, other casing). */
  checkBaseline?: boolean;
  /** Ratios are to the first `baseline` variant; any later baseline is shown for comparison. */
  variants: readonly Variant<I>[];
}

const foldPhrase = (p: unknown) => (typeof p === "string" ? p.length : 0);
const foldCode = (c: unknown) => (typeof c === "number" ? c : 0);
const foldBool = (b: unknown) => (b === true ? 1 : 0);

// The peers' tables are indexed as a user writes it, through the imported binding each time (their typings do not
// accept arbitrary numbers, hence the casts, which cost nothing at run time).
type PhraseTable = Readonly<Record<number, string | undefined>>;
type CodeTable = Readonly<Record<string, number | undefined>>;
type AnyTable = Readonly<Record<string, unknown>>;

/** http-status-codes throws on unknown codes and phrases: a user has to catch. */
function hscPhrase(code: number): string | undefined {
  try {
    return hsc.getReasonPhrase(code);
  } catch {
    return undefined;
  }
}
function hscCode(phrase: string): unknown {
  try {
    return hsc.getStatusCode(phrase);
  } catch {
    return undefined;
  }
}
/** `statuses(phrase)` lowercases, then throws on unknown phrases. */
function statusesByPhrase(phrase: string): unknown {
  try {
    return statuses(phrase);
  } catch {
    return undefined;
  }
}

function codeToPhrase(): Variant<number>[] {
  return [
    { name: "baseline: array[code]", lib: "baseline", one: (c) => PHRASE_BY_CODE[c], loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = PHRASE_BY_CODE[xs[i] as number]; acc += typeof p === "string" ? p.length : 0; } return acc; } },
    { name: "@org/status-core getReasonPhrase(code)", lib: "@org/status-core", one: (c) => getReasonPhrase(c), loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = getReasonPhrase(xs[i] as number); acc += typeof p === "string" ? p.length : 0; } return acc; } },
    { name: "http-status-codes getReasonPhrase(code) in try/catch", lib: "http-status-codes", one: hscPhrase, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = hscPhrase(xs[i] as number); acc += typeof p === "string" ? p.length : 0; } return acc; } },
    { name: "statuses.message[code]", lib: "statuses", read: true, one: (c) => (statuses.message as PhraseTable)[c], loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = (statuses.message as PhraseTable)[xs[i] as number]; acc += typeof p === "string" ? p.length : 0; } return acc; } },
    { name: "http-status status[code]", lib: "http-status", read: true, one: (c) => (httpStatus as unknown as AnyTable)[c], loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = (httpStatus as unknown as AnyTable)[xs[i] as number]; acc += typeof p === "string" ? p.length : 0; } return acc; } },
    { name: "node http.STATUS_CODES[code]", lib: "node:http", read: true, one: (c) => (http.STATUS_CODES as PhraseTable)[c], loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const p = (http.STATUS_CODES as PhraseTable)[xs[i] as number]; acc += typeof p === "string" ? p.length : 0; } return acc; } },
  ];
}

function phraseToCode(): Variant<string>[] {
  return [
    { name: "baseline: exact Map.get(phrase)", lib: "baseline", one: (p) => CODE_BY_PHRASE.get(p), loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = CODE_BY_PHRASE.get(xs[i] as string); acc += typeof c === "number" ? c : 0; } return acc; } },
    { name: "@org/status-core getStatusCode(phrase)", lib: "@org/status-core", one: (p) => getStatusCode(p), loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = getStatusCode(xs[i] as string); acc += typeof c === "number" ? c : 0; } return acc; } },
    { name: "http-status-codes getStatusCode(phrase) in try/catch", lib: "http-status-codes", one: hscCode, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = hscCode(xs[i] as string); acc += typeof c === "number" ? c : 0; } return acc; } },
    { name: "statuses(phrase) in try/catch", lib: "statuses", one: statusesByPhrase, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = statusesByPhrase(xs[i] as string); acc += typeof c === "number" ? c : 0; } return acc; } },
    { name: "statuses.code[phrase.toLowerCase()]", lib: "statuses", one: (p) => (statuses.code as CodeTable)[p.toLowerCase()], loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = (statuses.code as CodeTable)[(xs[i] as string).toLowerCase()]; acc += typeof c === "number" ? c : 0; } return acc; } },
  ];
}

function clientErrorCheck(): Variant<number>[] {
  return [
    // The reference is a called range check (the function a user would write); the inline one shows what a call costs.
    { name: "baseline, called: inClientErrorRange(code), (code / 100 | 0) === 4", lib: "baseline", one: (c) => inClientErrorRange(c), loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { acc += inClientErrorRange(xs[i] as number) ? 1 : 0; } return acc; } },
    { name: "baseline, inline: code >= 400 && code <= 499", lib: "baseline", one: (c) => c >= 400 && c <= 499, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { const c = xs[i] as number; acc += c >= 400 && c <= 499 ? 1 : 0; } return acc; } },
    { name: "@org/status-core isClientError(code)", lib: "@org/status-core", one: (c) => isClientError(c), loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { acc += isClientError(xs[i] as number) ? 1 : 0; } return acc; } },
    { name: "http-status status[`${code}_CLASS`] === status.classes.CLIENT_ERROR", lib: "http-status", one: (c) => (httpStatus as unknown as AnyTable)[`${c}_CLASS`] === httpStatus.classes.CLIENT_ERROR, loop: (xs) => { let acc = 0; for (let i = 0; i < xs.length; i++) { acc += (httpStatus as unknown as AnyTable)[`${xs[i] as number}_CLASS`] === httpStatus.classes.CLIENT_ERROR ? 1 : 0; } return acc; } },
  ];
}

const phraseOf = new Map<number, string>([...KNOWN, ...COVERAGE]);
const codeOf = new Map<string, number>([...[...KNOWN, ...COVERAGE].map(([c, p]) => [p, c] as const), ...OTHER_CASING, ...ALIASES]);

export type AnyGroup = Group<number> | Group<string>;

/** The groups in report order. Variants a library does not offer are absent (http-status has no phrase → code). */
export function groups(): AnyGroup[] {
  const byCode = (id: string, title: string, inputs: readonly number[], checkOnly?: readonly number[]): Group<number> => ({
    id, title, inputs, ...(checkOnly ? { checkOnly } : {}), expected: (c) => phraseOf.get(c), fold: foldPhrase, variants: codeToPhrase(),
  });
  const byPhrase = (id: string, title: string, inputs: readonly string[], checkBaseline = true): Group<string> => ({
    id, title, inputs, checkBaseline, expected: (p) => codeOf.get(p), fold: foldCode, variants: phraseToCode(),
  });
  return [
    byCode("code-known", "code → phrase, known codes", KNOWN.map(([c]) => c), COVERAGE.map(([c]) => c)),
    byCode("code-unknown", "code → phrase, unknown codes", UNKNOWN_CODES),
    byCode("code-mixed", "code → phrase, known codes mixed with unknown ones", MIXED_CODES),
    byPhrase("phrase-exact", "phrase → code, exact current phrases", KNOWN.map(([, p]) => p)),
    byPhrase("phrase-casing", "phrase → code, other casing", OTHER_CASING.map(([p]) => p), false),
    byPhrase("phrase-alias", "phrase → code, legacy names", ALIASES.map(([p]) => p)),
    byPhrase("phrase-unknown", "phrase → code, unknown phrases", UNKNOWN_PHRASES),
    { id: "class", title: "class check: is client error (4xx)", inputs: CLASS_INPUTS, expected: (c: number) => c >= 400 && c <= 499, fold: foldBool, variants: clientErrorCheck() },
  ];
}
