import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { getReasonPhrase, getStatus, getStatusCode, isStatusCode, statusClass, statuses } from "../src/index.js";

// Every value reachable as an inherited property of an object or an array: no lookup may answer one of them.
const inherited = new Set<unknown>(
  [Object.prototype, Array.prototype].flatMap((proto) => Object.values(Object.getOwnPropertyDescriptors(proto)).map((d) => d.value ?? d.get)).filter((v) => v != null),
);
// Keys that live on prototypes, in the shapes a caller might send them.
const protoKeys = fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "length", "prototype", " __proto__ ", "__PROTO__", "ToString");
const anyValue = fc.oneof(fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true }), protoKeys, fc.double(), fc.integer({ min: -2000, max: 2000 }), fc.string());

const predicates = ["isInformational", "isSuccess", "isRedirection", "isClientError", "isServerError", "isError", "isRedirect", "isRetryable", "isCacheableByDefault", "isContentForbidden", "isStatusCode"] as const;

describe("properties", () => {
  it("lookups never throw and answer a record of the spec or undefined", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const phrase = getReasonPhrase(value as number);
        const code = getStatusCode(value as string);
        const info = getStatus(value as number);
        const cls = statusClass(value as number);
        expect(phrase === undefined || statuses.some((s) => s.phrase === phrase)).toBe(true);
        expect(code === undefined || isStatusCode(code)).toBe(true);
        expect(info === undefined || statuses.includes(info)).toBe(true);
        expect(cls === undefined || ["informational", "success", "redirection", "client-error", "server-error"].includes(cls)).toBe(true);
        for (const answer of [phrase, code, info, cls]) expect(inherited.has(answer)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("predicates are total: a boolean for any value, true only for integers", () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        for (const name of predicates) {
          const answer = api[name](value as number);
          expect(typeof answer).toBe("boolean");
          if (answer) expect(Number.isInteger(value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("class predicates agree with statusClass on every integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 1100 }), (code) => {
        const cls = statusClass(code);
        expect(api.isClientError(code)).toBe(cls === "client-error");
        expect(api.isError(code)).toBe(cls === "client-error" || cls === "server-error");
        expect(api.isSuccess(code)).toBe(cls === "success");
      }),
    );
  });

  // Codes whose entry opts out of reverse lookups (a vendor phrase that repeats another code's) are left out.
  const looked = statuses.filter((s) => s.reverseLookup);

  it("getStatusCode inverts getReasonPhrase for every code that takes part in reverse lookups, whatever the case and spacing", () => {
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => ` ${s}\t`);
    fc.assert(
      fc.property(fc.constantFrom(...looked.map((s) => s.code)), casing, (code, recase) => {
        expect(getStatusCode(recase(getReasonPhrase(code) ?? ""))).toBe(code);
      }),
    );
    for (const s of looked) expect(getStatusCode(getReasonPhrase(s.code) ?? "")).toBe(s.code);
  });

  it("every alias finds its code", () => {
    for (const s of looked) for (const alias of s.aliases) expect(getStatusCode(alias)).toBe(s.code);
  });
});
