/** The JS entry of one draft's folder: ESM and CommonJS, and one declaration text for both (as the OpenAPI target's entry). */
import { lines, type ModuleContent } from "../typescript.js";

/** What an entry exports: the fixed schemas by name, and each problem type's schema by slug; all of them in `schemas`. */
export interface EntryContents {
  /** `2020-12` or `draft-07`, for the comments. */
  draft: string;
  /** The named schemas, in the order `schemas` lists them: the export's name and the file beside the entry. */
  named: readonly { name: string; file: string }[];
  /** The problem types' schemas, by slug: a binding (the type's PascalCase name) and the file. */
  problemTypes: readonly { slug: string; binding: string; file: string }[];
}

/** The name of the map of problem type schemas by slug, in every entry and in `schemas.d.cts`. */
export const PROBLEM_TYPES_EXPORT = "problemTypeSchemas";

/** `HEAD{` with one `"slug": value,` a line and `};`, or `HEAD{};` when there is none. */
function bySlug(head: string, c: EntryContents, value: (p: EntryContents["problemTypes"][number]) => string): string[] {
  if (c.problemTypes.length === 0) return [`${head}{};`];
  return [`${head}{`, ...c.problemTypes.map((p) => `  ${JSON.stringify(p.slug)}: ${value(p)},`), "};"];
}

const schemasDoc = (c: EntryContents) => `/** Every ${c.draft} schema, the problem types' too, ready for \`new Ajv({ schemas })\` or \`ajv.addSchema(schemas)\`. */`;
const bySlugDoc = (c: EntryContents) => `/** ${problemTypesDoc(c.draft, c.problemTypes[0]?.slug)} */`;

/** What the map of problem type schemas is, with an example of the spec's own when it has a problem type. */
export function problemTypesDoc(draft: string, example: string | undefined): string {
  return `The ${draft} schema of each problem type of the spec, by its slug${example === undefined ? "" : `: \`${PROBLEM_TYPES_EXPORT}[${JSON.stringify(example)}]\``}.`;
}

/** `index.js`: the ESM entry. */
export function esmEntry(c: EntryContents): ModuleContent {
  const names = c.named.map((n) => n.name);
  return lines([
    ...c.named.map((n) => `import ${n.name} from "./${n.file}" with { type: "json" };`),
    ...c.problemTypes.map((p) => `import ${p.binding} from "./${p.file}" with { type: "json" };`),
    "",
    `export { ${names.join(", ")} };`,
    "",
    bySlugDoc(c),
    ...bySlug(`export const ${PROBLEM_TYPES_EXPORT} = `, c, (p) => p.binding),
    "",
    schemasDoc(c),
    `export const schemas = [${[...names, ...c.problemTypes.map((p) => p.binding)].join(", ")}];`,
  ]);
}

/** `index.cjs`: the CommonJS entry, with the same exports. */
export function cjsEntry(c: EntryContents): ModuleContent {
  return lines([
    '"use strict";',
    "",
    ...c.named.map((n) => `exports.${n.name} = require("./${n.file}");`),
    ...bySlug(`exports.${PROBLEM_TYPES_EXPORT} = `, c, (p) => `require("./${p.file}")`),
    `exports.schemas = [${[...c.named.map((n) => `exports.${n.name}`), ...c.problemTypes.map((p) => `exports.${PROBLEM_TYPES_EXPORT}[${JSON.stringify(p.slug)}]`)].join(", ")}];`,
  ]);
}

/** `index.d.ts` and `index.d.cts`, one text for both: the schemas' literal types are declared in `schemas.d.cts` beside them. */
export function entryTypes(c: EntryContents): ModuleContent {
  const names = [...c.named.map((n) => n.name), PROBLEM_TYPES_EXPORT].sort();
  const members = [...c.named.map((n) => `typeof ${n.name}`), ...c.problemTypes.map((p) => `(typeof ${PROBLEM_TYPES_EXPORT})[${JSON.stringify(p.slug)}]`)];
  return lines([
    `import type { ${names.join(", ")} } from "./schemas.cjs";`,
    "",
    `export { ${names.join(", ")} } from "./schemas.cjs";`,
    "",
    schemasDoc(c),
    `export declare const schemas: readonly [${members.join(", ")}];`,
  ]);
}
