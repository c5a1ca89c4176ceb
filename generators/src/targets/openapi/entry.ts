import { lines, type ModuleContent } from "../typescript.js";

/** One value the JS entry exports: a generated JSON file, or one member of it. */
interface DataExport {
  name: string;
  file: string;
  member?: string;
  type: string;
  doc: string;
}

const DATA: readonly DataExport[] = [
  { name: "openapi", file: "openapi.json", type: 'StatusOpenApiDocument<"3.1.0">', doc: "The OpenAPI 3.1.0 document (the contents of `generated/openapi.json`)." },
  { name: "openapi30", file: "openapi-3.0.json", type: 'StatusOpenApiDocument<"3.0.3">', doc: "The OpenAPI 3.0.3 document (the contents of `generated/openapi-3.0.json`)." },
  {
    name: "responses",
    file: "responses.json",
    member: "responses",
    type: "Responses",
    doc: "One OpenAPI 3.1 response per code with nothing left to resolve (the problem schema written in, no `$ref`), typed exactly, for frameworks that build their document from route declarations: `404: responses.NotFound` (Hono's `createRoute`).",
  },
  {
    name: "responses30",
    file: "responses.json",
    member: "responses30",
    type: "Responses30",
    doc: "The same in OpenAPI 3.0: `@ApiNotFoundResponse(responses30.NotFound)` (NestJS, whose documents are 3.0 by default).",
  },
];

/** The hand-written helper the entry passes on, beside the package's root. */
const FASTIFY = { name: "fastifyResponse", file: "../fastify.cjs" };

/** A JSON file's name as an identifier: `openapi-3.0.json` -> `openapi30`. */
const binding = (file: string) => file.replace(/\.json$/, "").replace(/[^A-Za-z0-9]/g, "") + "Json";

const FILES = [...new Set(DATA.map((d) => d.file))];

/** `index.js`: the ESM entry. */
export function esmEntry(): ModuleContent {
  return lines([
    ...FILES.map((f) => `import ${binding(f)} from "./${f}" with { type: "json" };`),
    "",
    ...DATA.map((d) => `export const ${d.name} = ${binding(d.file)}${d.member ? `.${d.member}` : ""};`),
    `export { ${FASTIFY.name} } from "${FASTIFY.file}";`,
  ]);
}

/** `index.cjs`: the CommonJS entry, with the same exports. */
export function cjsEntry(): ModuleContent {
  return lines([
    '"use strict";',
    "",
    ...DATA.map((d) => `exports.${d.name} = require("./${d.file}")${d.member ? `.${d.member}` : ""};`),
    `exports.${FASTIFY.name} = require("${FASTIFY.file}").${FASTIFY.name};`,
  ]);
}

/**
 * `index.d.ts` and `index.d.cts`, one text for both: the declarations of the entry's values; the types they use are the
 * generated names and responses, and the hand-written `types.d.ts` beside the package's root.
 */
export function entryTypes(): ModuleContent {
  return lines([
    'import type { FastifyResponseSchema, StatusOpenApiDocument } from "../types.js";',
    'import type { Responses, Responses30 } from "./responses.js";',
    "",
    'export type * from "../types.js";',
    'export type * from "./names.js";',
    'export type * from "./responses.js";',
    ...DATA.flatMap((d) => ["", `/** ${d.doc} */`, `export declare const ${d.name}: ${d.type};`]),
    "",
    "/** A response of `responses` or `responses30` as a Fastify route's `schema.response` entry, which @fastify/swagger documents: `404: fastifyResponse(responses.NotFound)`. */",
    `export declare function ${FASTIFY.name}(response: Responses[keyof Responses] | Responses30[keyof Responses30]): FastifyResponseSchema;`,
  ]);
}
