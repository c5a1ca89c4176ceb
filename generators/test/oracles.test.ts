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

interface IanaRow { code: number | string; description: string; registryStatus: string }
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
    // The registry says "(Unused)" for 306 and 418, where the spec keeps the phrase people know.
    if (row.description !== "(Unused)") expect(status.phrase).toBe(row.description.replace(/\s*\(.*\)$/, ""));
  });

  it("marks exactly the codes RFC 9110 Section 15.1 (and RFC 7725 for 451) calls cacheable by default", () => {
    const want = [...iana.rfc9110_15_1_heuristicallyCacheable.codes, 451].sort((a, b) => a - b);
    expect(model.statuses.filter((s) => s.cacheable).map((s) => s.code)).toEqual(want);
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
    // Node still says "Payload Too Large" and "Unprocessable Entity": those must be kept as aliases.
    expect(names).toContain(STATUS_CODES[code]!.toLowerCase());
  });
});
