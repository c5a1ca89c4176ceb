import { STATUS_CODES } from "node:http";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getReasonPhrase, getStatus, getStatusCode, statuses } from "../src/index.js";

interface IanaRow {
  code: number | string;
  description: string;
  registryStatus: string;
}
const iana = JSON.parse(readFileSync(new URL("../../../spec/sources/iana-http-status-codes.json", import.meta.url), "utf8")) as { codes: IanaRow[] };
// Assigned codes only; ranges ("105-199") and "Unassigned" rows are not codes.
const assigned = iana.codes.filter((r): r is IanaRow & { code: number } => typeof r.code === "number" && r.registryStatus !== "unassigned");

describe("Node's http.STATUS_CODES as an oracle", () => {
  it.each(Object.keys(STATUS_CODES).map(Number))("%i is known", (code) => {
    expect(getStatus(code)).toBeDefined();
  });

  it("knows every phrase Node uses, current or as an alias", () => {
    const unknown = Object.entries(STATUS_CODES).filter(([code, phrase]) => getStatusCode(phrase ?? "") !== Number(code));
    expect(unknown).toEqual([]);
  });
});

describe("the IANA registry snapshot as an oracle", () => {
  it("has 60+ assigned codes (the snapshot is read)", () => {
    expect(assigned.length).toBeGreaterThan(60);
  });

  it.each(assigned.map((r) => [r.code, r] as const))("%i is official with the registry's phrase and status", (code, row) => {
    const info = getStatus(code);
    expect(info?.official).toBe(true);
    expect(info?.registry).toBe(row.registryStatus);
    // "(Unused)" rows (306, 418) have no phrase in the registry; other rows carry notes in parentheses.
    const phrase = row.description.replace(/\s*\(.*\)\s*$/, "");
    if (phrase !== "") expect(getReasonPhrase(code)).toBe(phrase);
  });

  it("marks exactly the registry's codes as official", () => {
    expect(statuses.filter((s) => s.official).map((s) => s.code)).toEqual(assigned.map((r) => r.code).sort((a, b) => a - b));
  });
});
