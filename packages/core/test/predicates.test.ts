import { describe, expect, it } from "vitest";
import {
  isCacheableByDefault,
  isClientError,
  isContentForbidden,
  isError,
  isInformational,
  isRedirect,
  isRedirection,
  isRetryable,
  isServerError,
  isSuccess,
  problem,
  statusClass,
  statuses,
} from "../src/index.js";

const bad: unknown[] = [Number.NaN, 404.5, -1, Number.POSITIVE_INFINITY, "404", null, undefined, {}, [404], Symbol("x"), 404n, true];

// [predicate, codes that hold, integer codes that do not]
const classPredicates = [
  ["isInformational", isInformational, [100, 103, 150, 199], [99, 200, 404]],
  ["isSuccess", isSuccess, [200, 204, 218, 299], [199, 300]],
  ["isRedirection", isRedirection, [300, 304, 399], [299, 400]],
  ["isClientError", isClientError, [400, 404, 477, 499], [399, 500]],
  ["isServerError", isServerError, [500, 503, 599], [499, 600, 999]],
  ["isError", isError, [400, 451, 500, 599], [399, 600, 999, 783]],
] as const;

describe.each(classPredicates)("%s", (_, predicate, yes, no) => {
  it.each(yes)("holds for %i", (code) => expect(predicate(code)).toBe(true));
  it.each(no)("does not hold for %i", (code) => expect(predicate(code)).toBe(false));
  it.each(bad)("is false for %s", (value) => expect(predicate(value as number)).toBe(false));
});

describe("statusClass", () => {
  it.each([
    [100, "informational"],
    [199, "informational"],
    [226, "success"],
    [308, "redirection"],
    [477, "client-error"],
    [599, "server-error"],
  ])("statusClass(%i) is %s", (code, want) => {
    expect(statusClass(code)).toBe(want);
  });
  it.each([...bad, 99, 600, 783, 999, 0])("is undefined for %s", (value) => {
    expect(statusClass(value as number)).toBeUndefined();
  });
  it("agrees with every record's class", () => {
    for (const s of statuses) expect(statusClass(s.code)).toBe(s.class);
  });
});

const flagPredicates = [
  ["isRedirect", isRedirect, "redirect", [301, 302, 303, 307, 308], [300, 304, 305]],
  ["isRetryable", isRetryable, "retryable", [408, 429, 503], [400, 404, 501]],
  ["isCacheableByDefault", isCacheableByDefault, "cacheable", [200, 404, 410, 501], [201, 500]],
  ["isContentForbidden", isContentForbidden, "noContent", [100, 204, 205, 304], [200, 404]],
] as const;

describe.each(flagPredicates)("%s", (_, predicate, flag, yes, no) => {
  it.each(yes)("holds for %i", (code) => expect(predicate(code)).toBe(true));
  it.each(no)("does not hold for %i", (code) => expect(predicate(code)).toBe(false));
  it.each(bad)("is false for %s", (value) => expect(predicate(value as number)).toBe(false));
  it(`agrees with the spec's ${flag} flag on every code`, () => {
    for (const s of statuses) expect(predicate(s.code)).toBe(s[flag]);
  });
});

describe("problem", () => {
  it.each([
    [404, undefined, { type: "about:blank", title: "Not Found", status: 404 }],
    [413, { detail: "Max 1 MB" }, { type: "about:blank", title: "Content Too Large", status: 413, detail: "Max 1 MB" }],
    [403, { type: "https://example.com/probs/out-of-credit", title: "Out of credit", balance: 30 }, { type: "https://example.com/probs/out-of-credit", title: "Out of credit", status: 403, balance: 30 }],
    [799, undefined, { type: "about:blank", status: 799 }],
    [404.5, { instance: "/x" }, { type: "about:blank", status: 404.5, instance: "/x" }],
  ])("problem(%s, %j)", (code, fields, want) => {
    expect(problem(code, fields)).toStrictEqual(want);
  });

  it("keeps status equal to the code, whatever the fields say", () => {
    expect(problem(404, { status: 200 } as never).status).toBe(404);
  });

  it("copies a __proto__ member as data, without changing the prototype", () => {
    const fields = JSON.parse('{"__proto__": {"polluted": true}, "detail": "d"}') as Record<string, unknown>;
    const p = problem(400, fields);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(p, "__proto__")).toBe(true);
    expect(JSON.stringify(p)).toBe('{"type":"about:blank","title":"Bad Request","__proto__":{"polluted":true},"detail":"d","status":400}');
  });
});
