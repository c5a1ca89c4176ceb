// getStatusCode compares phrases with its own copy of the generator's rule (core has no dependencies); this keeps the
// two in step: whatever an input looks like, core finds a code exactly when the generator's key matches one.
import { phraseLookupKey } from "@org/generators/naming";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getStatusCode, statuses } from "../src/index.js";

const byKey = new Map(statuses.filter((s) => s.reverseLookup).flatMap((s) => [s.phrase, ...s.aliases].map((text) => [phraseLookupKey(text), s.code] as const)));
const texts = [...statuses.flatMap((s) => [s.phrase, ...s.aliases])];
const space = fc.constantFrom("", " ", "\t", "\n", "\u00a0", "\u2028", "  ");
const recase = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/ /g, "  "));

describe("getStatusCode and the generator's phraseLookupKey", () => {
  it("agree on every phrase and alias, recased and padded, and on arbitrary text", () => {
    const input = fc.oneof(
      fc.tuple(space, fc.constantFrom(...texts), recase, space).map(([a, text, f, b]) => `${a}${f(text)}${b}`),
      fc.string({ unit: "grapheme", maxLength: 30 }),
    );
    fc.assert(
      fc.property(input, (text) => {
        expect(getStatusCode(text)).toBe(byKey.get(phraseLookupKey(text)));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });
});
