import { describe, expect, it } from "vitest";
import { getReasonPhrase, getStatus, getStatusCode, isStatusCode, StatusCode, statuses } from "../src/index.js";

// Values a JavaScript caller (or a bad cast) can hand to a lookup typed `number` or `string`.
const notCodes: [string, unknown][] = [
  ["unknown code", 799],
  ["NaN", Number.NaN],
  ["fraction", 404.5],
  ["negative", -404],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["beyond the table", 10_000],
  ["numeric string", "404"],
  ["array-like key", "length"],
  ["null", null],
  ["undefined", undefined],
  ["object", { valueOf: () => 404 }],
  ["symbol", Symbol("404")],
  ["bigint", 404n],
];

describe("StatusCode", () => {
  it.each([
    ["NOT_FOUND", 404],
    ["CONTENT_TOO_LARGE", 413],
    ["PAYLOAD_TOO_LARGE", 413],
    ["REQUEST_ENTITY_TOO_LARGE", 413],
    ["UNPROCESSABLE_CONTENT", 422],
    ["UNPROCESSABLE_ENTITY", 422],
    ["IM_A_TEAPOT", 418],
    ["EARLY_HINTS", 103],
    ["TOO_EARLY", 425],
    ["REQUEST_DENIED", 999],
  ] as const)("StatusCode.%s is %i", (key, code) => {
    expect(StatusCode[key]).toBe(code);
  });

  it("has a key for every record, and legacy keys point at the record that lists them", () => {
    for (const s of statuses) {
      expect(StatusCode[s.key]).toBe(s.code);
      for (const legacy of s.legacyKeys) expect(StatusCode[legacy as keyof typeof StatusCode]).toBe(s.code);
    }
  });
});

describe("getReasonPhrase", () => {
  it.each([
    [404, "Not Found"],
    [413, "Content Too Large"],
    [422, "Unprocessable Content"],
    [418, "I'm a teapot"],
    [103, "Early Hints"],
    [499, "Client Closed Request"],
    [999, "Request Denied"],
  ])("getReasonPhrase(%i) is %j", (code, phrase) => {
    expect(getReasonPhrase(code)).toBe(phrase);
  });

  it.each(notCodes)("is undefined for %s", (_, value) => {
    expect(getReasonPhrase(value as number)).toBeUndefined();
  });
});

describe("getStatusCode", () => {
  it.each([
    ["Not Found", 404],
    ["not found", 404],
    ["  NOT FOUND\t", 404],
    ["Content Too Large", 413],
    ["Request Entity Too Large", 413],
    ["payload too large", 413],
    ["Unprocessable Entity", 422],
    ["i'm a teapot", 418],
    ["Moved Temporarily", 302],
  ])("getStatusCode(%j) is %i", (phrase, code) => {
    expect(getStatusCode(phrase)).toBe(code);
  });

  it.each([
    ["__proto__"],
    ["toString"],
    ["constructor"],
    ["hasOwnProperty"],
    [""],
    ["   "],
    ["Not  Found"],
    ["404"],
    ["NotFound"],
  ])("is undefined for %j", (phrase) => {
    expect(getStatusCode(phrase)).toBeUndefined();
  });

  it.each(notCodes)("is undefined for a non-string: %s", (_, value) => {
    expect(getStatusCode(value as string)).toBeUndefined();
  });

  it("leaves out a code whose spec entry opts out of reverse lookups (AWS 561 repeats 401's phrase)", () => {
    expect(getReasonPhrase(561)).toBe("Unauthorized");
    expect(getStatus(561).reverseLookup).toBe(false);
    expect(getStatusCode("Unauthorized")).toBe(401);
    expect(getStatusCode("unauthorized")).toBe(401);
  });

  it("answers the same for repeated inputs, and after more distinct inputs than it remembers", () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2000; i++) {
        expect(getStatusCode(`unknown phrase ${i}`)).toBeUndefined();
        if (i % 100 === 0) {
          expect(getStatusCode("NOT FOUND")).toBe(404);
          expect(getStatusCode(" payload too LARGE ")).toBe(413);
          expect(getStatusCode("toString")).toBeUndefined();
        }
      }
    }
    for (const s of statuses.filter((s) => s.reverseLookup)) expect(getStatusCode(s.phrase.toUpperCase())).toBe(s.code);
  });
});

describe("getStatus and statuses", () => {
  const fields = ["code", "phrase", "key", "name", "class", "official", "registry", "vendor", "summary", "description", "reference", "aliases", "legacyKeys", "legacyNames", "deprecated", "reverseLookup", "cacheable", "noContent", "noStore", "retryable", "redirect", "neverSent", "headers", "requiredHeaders", "otherMeanings"];

  it("returns the whole frozen record, every field present", () => {
    const info = getStatus(413);
    expect(Object.keys(info)).toEqual(fields);
    expect(info).toMatchObject({ code: 413, phrase: "Content Too Large", key: "CONTENT_TOO_LARGE", class: "client-error", official: true, registry: "permanent", vendor: undefined });
    expect(info.legacyKeys).toContain("PAYLOAD_TOO_LARGE");
    expect(Object.isFrozen(info) && Object.isFrozen(info.aliases) && Object.isFrozen(info.reference)).toBe(true);
    expect(() => {
      (info as { phrase: string }).phrase = "changed";
    }).toThrow(TypeError);
  });

  it.each([
    [499, { official: false, vendor: "nginx", class: "client-error" }],
    [999, { official: false, vendor: "LinkedIn", class: undefined }],
    [305, { official: true, registry: "permanent" }],
  ] as const)("describes %i", (code, want) => {
    expect(getStatus(code)).toMatchObject(want);
  });

  it("marks deprecated codes and other vendors' meanings", () => {
    expect(getStatus(305)?.deprecated).toEqual(expect.any(String));
    expect(getStatus(499)?.otherMeanings.map((m) => m.vendor)).toContain("Esri ArcGIS Server");
  });

  it.each(notCodes)("is undefined for %s", (_, value) => {
    expect(getStatus(value as number)).toBeUndefined();
  });

  it("lists every record in code order, frozen, and agrees with getStatus", () => {
    const codes = statuses.map((s) => s.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.isFrozen(statuses)).toBe(true);
    for (const s of statuses) expect(getStatus(s.code)).toBe(s);
  });
});

describe("isStatusCode", () => {
  it.each([[200], [404], [418], [499], [999]])("accepts %i", (code) => {
    expect(isStatusCode(code)).toBe(true);
  });
  it.each([...notCodes, ["unassigned 427", 427], ["unassigned 600", 600]])("rejects %s", (_, value) => {
    expect(isStatusCode(value)).toBe(false);
  });
});
