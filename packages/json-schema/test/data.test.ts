import { readFileSync } from "node:fs";
import { statuses as coreStatuses } from "@org/status-core";
import { describe, expect, it } from "vitest";
import { buildModel } from "@org/generators/build";
import { classData, statusData } from "@org/generators/model";
import { drafts, loaded } from "./ajv.js";

const root = new URL("../../../", import.meta.url);
const data = JSON.parse(readFileSync(new URL("packages/json-schema/generated/status-codes.json", root), "utf8"));
const version = JSON.parse(readFileSync(new URL("packages/core/package.json", root), "utf8")).version as string;
const model = buildModel(readFileSync(new URL("spec/status-codes.yaml", root)), version);

describe("status-codes.json", () => {
  it.each(drafts)("matches status-info.schema.json ($name)", (draft) => {
    const validate = loaded(draft).getSchema(draft.entry.statusInfoSchema.$id)!;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["an extra field in a record", (d: any) => (d.statuses[0].extra = 1)],
    ["a missing field in a record", (d: any) => delete d.statuses[0].vendor],
    ["undefined written as absent instead of null", (d: any) => delete d.headers[0].example],
    ["a code outside the spec", (d: any) => (d.statuses[0].code = 799)],
    ["a wrong class", (d: any) => (d.statuses[0].class = "5xx")],
    ["a missing version", (d: any) => delete d.version],
  ])("its schema rejects %s", (_name, mutate) => {
    const copy = structuredClone(data);
    mutate(copy);
    const validate = loaded(drafts[0]).getSchema(drafts[0].entry.statusInfoSchema.$id)!;
    expect(validate(copy)).toBe(false);
  });

  it("holds the spec's version, classes and header fields", () => {
    expect(data.version).toBe(model.version);
    expect(data.classes).toEqual(model.classes.map(classData));
    expect(data.headers.map((h: { name: string }) => h.name)).toEqual(model.headers.map((h) => h.name));
  });

  it("agrees with the spec's model code for code, every field, absent values as null", () => {
    expect(data.statuses.map((s: { code: number }) => s.code)).toEqual(model.statuses.map((s) => s.code));
    for (const [i, status] of model.statuses.entries()) {
      const expected = Object.fromEntries(Object.entries(statusData(status)).map(([k, v]) => [k, v === undefined ? null : v]));
      expect(data.statuses[i], String(status.code)).toEqual(expected);
    }
  });

  it("agrees with the installed @org/status-core code for code, every field (its absent values are undefined)", () => {
    expect(data.statuses.map((s: { code: number }) => s.code)).toEqual(coreStatuses.map((s) => s.code));
    for (const [i, status] of coreStatuses.entries()) {
      const record = Object.fromEntries(Object.entries(data.statuses[i]).map(([k, v]) => [k, v === null ? undefined : v]));
      expect(record, String(status.code)).toStrictEqual({ ...status });
    }
  });

  it("gives every record the same keys: every published field of the model", () => {
    const keys = Object.keys(statusData(model.statuses[0]!)).sort();
    for (const record of data.statuses) expect(Object.keys(record).sort()).toEqual(keys);
  });
});
