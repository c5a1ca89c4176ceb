/** The one way tests build models: spec entries as YAML, through the real pipeline (`buildModel`). */
import { readFileSync } from "node:fs";
import { parseDocument, stringify } from "yaml";
import type { Model } from "../../src/model.js";
import { buildModel } from "../../src/pipeline/build.js";
import type { SpecCode, SpecHeader, SpecOrganization, SpecProblem } from "../../src/pipeline/spec.js";

/** A spec entry as a test writes it: `code` and `phrase`, and whatever else matters to the test. */
export type Entry = Partial<SpecCode> & Pick<SpecCode, "code" | "phrase">;

/** Header fields most tests can refer to. */
export const HEADERS: SpecHeader[] = [
  {
    name: "Location",
    description: "Where to go.",
    reference: { title: "RFC 9110, Section 10.2.2", url: "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2" },
    example: "/orders/42",
  },
  {
    name: "Retry-After",
    description: "When to retry.",
    reference: { title: "RFC 9110, Section 10.2.3", url: "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3" },
    example: "120",
  },
];

/** The spec text of these entries: an official permanent code unless `vendor` is given, with a summary and description. */
export function specText(entries: readonly Entry[], headers: readonly SpecHeader[] = HEADERS, organization?: SpecOrganization, problems?: readonly SpecProblem[]): string {
  const codes = entries.map((e) => ({
    summary: `What ${e.code} means.`,
    description: `More about ${e.code}.`,
    ...(e.vendor === undefined && { registry: "permanent" }),
    ...e,
  }));
  return stringify({ ...(organization && { organization }), headers, codes, ...(problems && { problems }) });
}

/** The model the pipeline makes of these entries (a spec problem throws, as in `pnpm gen`). */
export function modelOf(
  entries: readonly Entry[],
  { headers = HEADERS, version = "1.2.3", organization, problems }: { headers?: readonly SpecHeader[]; version?: string; organization?: SpecOrganization; problems?: readonly SpecProblem[] } = {},
): Model {
  return buildModel(Buffer.from(specText(entries, headers, organization, problems)), version);
}

/** The repository's spec through the pipeline without the top-level fields named (`problems`, say), as an organisation that deletes them has it. */
export function repoModelWithout(fields: readonly string[], version = "1.2.3"): Model {
  const doc = parseDocument(readFileSync(new URL("../../../spec/status-codes.yaml", import.meta.url), "utf8"));
  for (const field of fields) doc.delete(field);
  return buildModel(Buffer.from(doc.toString()), version);
}
