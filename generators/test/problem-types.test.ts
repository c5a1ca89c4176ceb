/** The problem type catalogue (`problems:`) as normalize derives it; each target's output of it is tested with the target. */
import { describe, expect, it } from "vitest";
import type { SpecProblem } from "../src/pipeline/spec.js";
import { render } from "../src/pipeline/render.js";
import { schemaType } from "../src/targets/core/problem-types.js";
import { targets } from "../src/targets/index.js";
import { modelOf, repoModelWithout } from "./support/model.js";

const outOfCredit: SpecProblem = {
  type: "out-of-credit",
  status: 403,
  title: "You do not have enough credit",
  summary: "  The balance does not cover the request. ",
  description: "Top up the account.",
  extensions: {
    balance: { description: "The balance, in cents.", schema: { type: "integer" }, required: true },
    accounts: { description: "Accounts to charge instead.", schema: { type: "array", items: { type: "string", format: "uri" } } },
  },
};
const codes = [{ code: 403, phrase: "Forbidden" }, { code: 409, phrase: "Conflict" }];
const organization = { name: "Acme", scope: "@acme", repository: "https://github.com/acme/http", problemBase: "https://api.acme.test/problems" };

describe("problem types in the model", () => {
  const model = modelOf(codes, { organization, problems: [{ type: "version-clash", name: "EditConflict", status: 409, title: "Edited meanwhile", summary: "S.", description: "D." }, outOfCredit] });

  it("sorts them by slug, with the URI under the organisation's problem base and a PascalCase name", () => {
    expect(model.problemTypes.map((p) => [p.slug, p.uri, p.name])).toEqual([
      ["out-of-credit", "https://api.acme.test/problems/out-of-credit", "OutOfCredit"],
      ["version-clash", "https://api.acme.test/problems/version-clash", "EditConflict"],
    ]);
  });

  it("links each to its status's Status object, and sorts its extensions by name with their required flag", () => {
    const [credit] = model.problemTypes;
    expect(credit!.status).toBe(model.statuses.find((s) => s.code === 403));
    expect(credit!.summary).toBe("The balance does not cover the request.");
    expect(credit!.extensions.map((e) => [e.name, e.required, e.schema])).toEqual([
      ["accounts", false, { type: "array", items: { type: "string", format: "uri" } }],
      ["balance", true, { type: "integer" }],
    ]);
  });

  it("is empty for a spec without problems", () => {
    expect(modelOf(codes).problemTypes).toEqual([]);
  });
});

describe("the repository's spec with its problems: removed, as an organisation without problem types has it", () => {
  const model = repoModelWithout(["problems"]);
  const files = render(model);

  it("still renders every target, with no file of a problem type (core's compiles: core.test's fixture has none either)", () => {
    expect(model.problemTypes).toEqual([]);
    expect(new Set(files.map((f) => targets.find((t) => f.path.startsWith(`${t.dir}/`))?.name))).toEqual(new Set(targets.map((t) => t.name)));
    expect(files.filter((f) => /\/problem-types\/|\/problems\//.test(f.path)).map((f) => f.path)).toEqual([]);
    expect(files.find((f) => f.path.endsWith("/problem-types.ts"))?.content).toMatch(/PROBLEM_TYPE_CLASSES: \{ readonly \[type: string\]: never \} = \{\s*\}/);
  });
});

describe("the TypeScript type of an extension's schema (core)", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["an integer", { type: "integer" }, "number"],
    ["an array of URIs", { type: "array", items: { type: "string", format: "uri" } }, "string[]"],
    ["an array of either", { type: "array", items: { type: ["string", "null"] } }, "(string | null)[]"],
    ["an enum", { enum: ["a", 1] }, '"a" | 1'],
    ["a closed object", { type: "object", properties: { at: { type: "string" }, n: { type: "number" } }, required: ["at"], additionalProperties: false }, '{ "at": string; "n"?: number }'],
    ["an open object", { type: "object" }, "{ [member: string]: unknown }"],
    ["no type", { minimum: 1 }, "unknown"],
  ])("%s", (_, schema, want) => {
    expect(schemaType(schema)).toBe(want);
  });
});
