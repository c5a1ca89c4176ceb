import { STATUS_CODES } from "node:http";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { repoRoot } from "./support/run.js";

/** Independent sources the spec must agree with: the seed list, the IANA registry snapshot (both in spec/sources) and Node. */
const sources = join(repoRoot, "spec/sources");
const model = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "0.0.0");
const byCode = new Map(model.statuses.map((s) => [s.code, s]));

const seedCodes = (JSON.parse(await readFile(join(sources, "seed-codes.json"), "utf8")) as { codes: number[] }).codes;

interface IanaRow { code: number | string; description: string; reference: string; registryStatus: string }
const iana = JSON.parse(await readFile(join(sources, "iana-http-status-codes.json"), "utf8")) as {
  codes: IanaRow[];
  rfc9110_15_1_heuristicallyCacheable: { codes: number[] };
  mustNotBeStoredByCache: number[];
};
const assigned = iana.codes.filter((r) => r.registryStatus !== "unassigned") as (IanaRow & { code: number })[];

describe("the seed", () => {
  it("lists the codes we expect to read from it", () => expect(seedCodes.length).toBeGreaterThanOrEqual(60));
  it.each(seedCodes)("%i is in the spec", (code) => expect(byCode.has(code)).toBe(true));
});

describe("the IANA registry", () => {
  it("has 64 assigned codes", () => expect(assigned).toHaveLength(64));

  it.each(assigned.map((r) => [r.code, r] as const))("%i is official with the registry's name and status", (code, row) => {
    const status = byCode.get(code)!;
    expect(status).toBeDefined();
    expect(status.official).toBe(true);
    expect(status.registry).toBe(row.registryStatus);
    // The registry says "(Unused)" for 306 and 418, where the spec keeps the phrase people know (see phraseOffRegistry).
    if (row.description !== "(Unused)") expect(status.phrase).toBe(row.description.replace(/\s*\(.*\)$/, ""));
  });

  it("marks exactly the codes RFC 6585 says must not be stored", () => {
    expect(model.statuses.filter((s) => s.noStore).map((s) => s.code)).toEqual(iana.mustNotBeStoredByCache);
  });

  it("marks 1xx, 204, 205 and 304 as never carrying content, and nothing else", () => {
    const want = model.statuses.filter((s) => s.class === "informational" || [204, 205, 304].includes(s.code)).map((s) => s.code);
    expect(model.statuses.filter((s) => s.noContent).map((s) => s.code)).toEqual(want);
  });

  it("has no official code the registry does not assign", () => {
    const registered = new Set(assigned.map((r) => r.code));
    expect(model.statuses.filter((s) => s.official && !registered.has(s.code)).map((s) => s.code)).toEqual([]);
  });
});

describe("Node's http.STATUS_CODES", () => {
  it.each(Object.keys(STATUS_CODES).map(Number))("%i is in the spec", (code) => {
    const status = byCode.get(code)!;
    expect(status).toBeDefined();
    const names = [status.phrase, ...status.aliases].map((p) => p.toLowerCase());
    // Node still says "Payload Too Large" and "Unprocessable Entity": those must be kept as aliases, and getStatusCode,
    // which ignores letter case, must look them up.
    expect(names).toContain(STATUS_CODES[code]!.toLowerCase());
    expect(status.reverseLookup).toBe(true);
  });
});

/*
 * The rows below restate, code by code, what each code's defining document says, with the section that says it.
 * They are the audit of the spec written down: an edit that changes one of these facts fails here until the row
 * (and its source) changes too.
 */

/** Header fields a response with the code MUST carry, every time (`requiredHeaders`). */
const mustCarry: [code: number, fields: string[], source: string][] = [
  [101, ["Upgrade"], "RFC 9110, Section 15.2.2: the server MUST generate an Upgrade header field"],
  [226, ["ETag"], "RFC 3229, Section 10.4.1: the response MUST include an ETag header field"],
  [401, ["WWW-Authenticate"], "RFC 9110, Section 15.5.2: the server MUST send a WWW-Authenticate header field"],
  [405, ["Allow"], "RFC 9110, Section 15.5.6: the origin server MUST generate an Allow header field"],
  [407, ["Proxy-Authenticate"], "RFC 9110, Section 15.5.8: the proxy MUST send a Proxy-Authenticate header field"],
  [426, ["Upgrade"], "RFC 9110, Section 15.5.22: the server MUST send an Upgrade header field"],
];

/**
 * Header fields the code's definition asks for under a condition, or with SHOULD or MAY (`headers` without
 * `requiredHeaders`). A MUST that holds only sometimes ("if the field would have been sent in a 200") is listed here:
 * a response without the field can still be correct. 408 has no row: its SHOULD send "Connection: close" was RFC 7231,
 * Section 6.5.7, and RFC 9110, Section 15.5.9 has no such requirement.
 */
const carriesWhenApplicable: [code: number, fields: string[], source: string][] = [
  [101, ["Connection"], "RFC 9110, Section 7.8: a sender of Upgrade MUST also send the upgrade connection option; only HTTP/1.1 has Connection (RFC 9113, Section 8.2.2)"],
  [103, ["Link"], "RFC 8297, Section 2: the hints are typically Link header fields"],
  [104, ["Location"], "draft-ietf-httpbis-resumable-upload, Upload Creation: a 104 announcing the upload resource MUST include Location (later 104s report progress)"],
  [201, ["Location"], "RFC 9110, Section 15.3.2: the new resource is identified by Location, or by the target URI when there is none"],
  [206, ["Cache-Control", "Content-Location", "Content-Range", "Date", "ETag", "Expires", "Vary"], "RFC 9110, Section 15.3.7: Content-Range MUST be sent for a single part (and not for several); the other six MUST be sent if a 200 would have carried them"],
  [300, ["Location"], "RFC 9110, Section 15.4.1: the server SHOULD generate Location if it has a preferred choice"],
  [301, ["Location"], "RFC 9110, Section 15.4.2: the server SHOULD generate a Location header field"],
  [302, ["Location"], "RFC 9110, Section 15.4.3: the server SHOULD generate a Location header field"],
  [303, ["Location"], "RFC 9110, Section 15.4.4: the other resource is indicated by a URI in the Location header field"],
  [304, ["Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary"], "RFC 9110, Section 15.4.5: the server MUST generate each of these that would have been sent in a 200 to the same request"],
  [307, ["Location"], "RFC 9110, Section 15.4.8: the server SHOULD generate a Location header field"],
  [308, ["Location"], "RFC 9110, Section 15.4.9: the server SHOULD generate a Location header field"],
  [413, ["Retry-After"], "RFC 9110, Section 15.5.14: if the condition is temporary, the server SHOULD generate Retry-After"],
  [415, ["Accept", "Accept-Encoding"], "RFC 9110, Section 15.5.16: Accept-Encoding ought to list acceptable codings; Accept can list acceptable media types"],
  [416, ["Content-Range"], "RFC 9110, Section 15.5.17: for byte ranges the sender SHOULD generate Content-Range with the current length"],
  [426, ["Connection"], "RFC 9110, Section 7.8: a sender of Upgrade MUST also send the upgrade connection option; only HTTP/1.1 has Connection (RFC 9113, Section 8.2.2)"],
  [429, ["Retry-After"], "RFC 6585, Section 4: the response MAY include Retry-After"],
  [451, ["Link"], "RFC 7725, Sections 3 and 4: the blocking entity SHOULD identify itself in a Link field with rel=\"blocked-by\""],
  [503, ["Retry-After"], "RFC 9110, Section 15.6.4: the server MAY send Retry-After"],
];

/**
 * Codes a client may repeat unchanged after a delay, with nobody acting first: the condition is transient and not the
 * request's fault. A new connection for the retry is no change to the request (408, 421, 425). Timeouts at a gateway
 * are here, since a slow or overloaded upstream recovers by itself (504, 522, 524, 598, 599); vendor codes for
 * refusals and misconfigurations that last until a site owner acts (Cloudflare 520, 521, 523, 525, 526, 530) are not.
 */
const retryable: [code: number, source: string][] = [
  [408, "RFC 9110, Section 15.5.9: a client with a request in transit MAY repeat it"],
  [420, "X (Twitter) response codes: the app is being rate limited"],
  [421, "RFC 9110, Section 15.5.20: the client MAY retry the request, whatever its method, over a different connection"],
  [425, "RFC 8470, Section 5.2: the user agent SHOULD retry once the handshake is complete, outside early data"],
  [429, "RFC 6585, Section 4: rate limiting; Retry-After says how long to wait before a new request"],
  [500, "RFC 9110, Section 15.6.1: the server erred; nothing ties the failure to the request or to a lasting state"],
  [502, "RFC 9110, Section 15.6.3: an invalid answer from an inbound server, no fault of the request"],
  [503, "RFC 9110, Section 15.6.4: a temporary condition likely to be alleviated after some delay"],
  [504, "RFC 9110, Section 15.6.5: the upstream server did not answer in time"],
  [509, "cPanel bandwidth limit of a hosting account: the allowance resets with the accounting period"],
  [522, "Cloudflare Error 522: the origin did not accept the connection or acknowledge the request in time; the error page tells visitors to try again in a few minutes"],
  [524, "Cloudflare Error 524: the origin sent no response within the timeout; an overloaded origin may answer in time later"],
  [529, "SSL Labs API v4 documentation: the service is overloaded, sleep several minutes and try again; Anthropic API errors: 529 overloaded_error, temporary"],
  [598, "Informal proxy convention: a read timeout behind the proxy"],
  [599, "Informal proxy convention: a connect timeout behind the proxy"],
];

/** Codes cacheable by default that RFC 9110 Section 15.1's list (in the IANA snapshot) does not name. */
const cacheableElsewhere: [code: number, source: string][] = [[451, "RFC 7725, Section 3: a 451 response is cacheable by default"]];

/**
 * Codes the spec marks deprecated: their defining document or vendor withdrew them, or the number was never adopted.
 * Not 102 (RFC 4918 no longer defines it, but nothing deprecates it and the registry says permanent) and not 418
 * (RFC 9110, Section 15.5.19 reserves it because software uses it, without deprecating it).
 */
const deprecated: [code: number, source: string][] = [
  [305, "RFC 7231, Appendix B deprecated it for security reasons; RFC 9110, Section 15.4.6 records that"],
  [306, "RFC 9110, Section 15.4.7: no longer used, the number is reserved"],
  [420, "X (Twitter) signals rate limiting with 429; the standard API that sent 420 is retired"],
  [510, "RFC 2774 is Historic; the IANA registry lists 510 as obsoleted"],
  [527, "Cloudflare shut Railgun down on 31 January 2024"],
];

/** Codes that send the client to the URI in Location. */
const redirects: [code: number, source: string][] = [
  [301, "RFC 9110, Section 15.4.2"],
  [302, "RFC 9110, Section 15.4.3"],
  [303, "RFC 9110, Section 15.4.4"],
  [307, "RFC 9110, Section 15.4.8"],
  [308, "RFC 9110, Section 15.4.9"],
];

/** Registry rows named "(Unused)" whose spec phrase is the name people know, on purpose. */
const phraseOffRegistry: [code: number, phrase: string, source: string][] = [
  [306, "Switch Proxy", "draft-cohen-http-305-306-responses (1997); RFC 9110, Section 15.4.7 reserves the number"],
  [418, "I'm a teapot", "RFC 2324, Section 2.3.2; RFC 9110, Section 15.5.19 reserves the number"],
];

const codesOf = (rows: readonly (readonly [number, ...unknown[]])[]) => rows.map(([code]) => code).sort((a, b) => a - b);

describe("header fields per the codes' definitions", () => {
  it.each(mustCarry)("%i must carry %j (%s)", (code, fields) => {
    expect(byCode.get(code)!.requiredHeaders).toEqual(fields);
  });

  it("no other code has required header fields", () => {
    expect(model.statuses.filter((s) => s.requiredHeaders.length > 0).map((s) => s.code)).toEqual(codesOf(mustCarry));
  });

  it.each(carriesWhenApplicable)("%i carries %j when they apply (%s)", (code, fields) => {
    const status = byCode.get(code)!;
    expect(status.headers.filter((h) => !status.requiredHeaders.includes(h))).toEqual(fields);
  });

  it("no other code lists header fields beyond the required ones", () => {
    const listed = model.statuses.filter((s) => s.headers.length > s.requiredHeaders.length).map((s) => s.code);
    expect(listed).toEqual(codesOf(carriesWhenApplicable));
  });
});

describe("flags per the codes' definitions", () => {
  it.each(retryable)("%i is retryable (%s)", (code) => expect(byCode.get(code)!.retryable).toBe(true));

  it("no other code is retryable", () => {
    expect(model.statuses.filter((s) => s.retryable).map((s) => s.code)).toEqual(codesOf(retryable));
  });

  it("marks exactly RFC 9110 Section 15.1's cacheable codes and those other RFCs add", () => {
    const want = [...iana.rfc9110_15_1_heuristicallyCacheable.codes, ...codesOf(cacheableElsewhere)].sort((a, b) => a - b);
    expect(model.statuses.filter((s) => s.cacheable).map((s) => s.code)).toEqual(want);
  });

  it("marks exactly the codes withdrawn by their definition or vendor as deprecated", () => {
    expect(model.statuses.filter((s) => s.deprecated !== undefined).map((s) => s.code)).toEqual(codesOf(deprecated));
  });

  it("marks exactly the codes that redirect to Location", () => {
    expect(model.statuses.filter((s) => s.redirect).map((s) => s.code)).toEqual(codesOf(redirects));
  });
});

describe("references", () => {
  // "[RFC9110, Section 15.5.5]" -> rfc9110#section-15.5.5; "[RFC4918]" -> rfc4918 (the spec may add the section).
  const expectedUrl = (reference: string) => {
    const m = /^\[RFC(\d+)(?:, Section ([\d.]+))?\]/.exec(reference);
    return m && `https://www.rfc-editor.org/rfc/rfc${m[1]}${m[2] ? `#section-${m[2]}` : ""}`;
  };

  it.each(assigned.filter((r) => expectedUrl(r.reference)).map((r) => [r.code, r.reference] as const))(
    "%i links the document the registry names, %s",
    (code, reference) => {
      const url = byCode.get(code)!.reference!.url;
      const want = expectedUrl(reference)!;
      if (want.includes("#")) expect(url).toBe(want);
      else expect(url).toMatch(new RegExp(`^${want.replace(/\./g, "\\.")}(#section-[\\d.]+)?$`));
    },
  );

  it.each(phraseOffRegistry)("%i keeps the phrase %j although the registry says (Unused) (%s)", (code, phrase) => {
    expect(assigned.find((r) => r.code === code)!.description).toBe("(Unused)");
    expect(byCode.get(code)!.phrase).toBe(phrase);
  });
});
