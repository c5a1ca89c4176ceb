/** The two JSON Schema drafts the package ships, and what differs between them. */

import type { Model } from "../../model.js";

/** Where a user finds a definition of the status-code schema (2020-12), from its node_modules. */
export function statusCodeDefRef(model: Model, name: string): string {
  return `${model.organization.packages.jsonSchema}/generated/${SCHEMA_FILES.statusCode}#/$defs/${name}`;
}

/** File names of the three schemas, the same in both drafts. */
export const SCHEMA_FILES = {
  statusCode: "status-code.schema.json",
  problemDetails: "problem-details.schema.json",
  statusInfo: "status-info.schema.json",
} as const;

/** What a schema builder needs to know to write one draft. */
export interface Dialect {
  /** Base of every schema's `$id` (the organisation's `schemaBase`). */
  idBase: string;
  /** Folder under `generated/` (`""` for 2020-12). */
  dir: string;
  /** The `$schema` meta-schema URI. */
  metaSchema: string;
  /** `$defs` (2019-09 and later) or `definitions` (draft-07). */
  defs: "$defs" | "definitions";
  /** Whether the `deprecated` annotation exists (2019-09 and later). */
  deprecated: boolean;
}

/** Draft 2020-12, the main schemas. */
export const DRAFT_2020_12: Omit<Dialect, "idBase"> = {
  dir: "",
  metaSchema: "https://json-schema.org/draft/2020-12/schema",
  defs: "$defs",
  deprecated: true,
};

/** Draft-07 copies, for tools that have not moved to 2020-12. */
export const DRAFT_07: Omit<Dialect, "idBase"> = {
  dir: "draft-07/",
  metaSchema: "http://json-schema.org/draft-07/schema#",
  defs: "definitions",
  deprecated: false,
};

/** The `$id` of one schema file in a draft. */
export function schemaId(dialect: Dialect, file: string): string {
  return `${dialect.idBase}${dialect.dir}${file}`;
}

/** A JSON pointer `$ref` to a definition in the same schema. */
export function defRef(dialect: Dialect, name: string): { $ref: string } {
  return { $ref: `#/${dialect.defs}/${name}` };
}
