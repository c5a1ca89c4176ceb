import type { OtherMeaning, Reference, RegistryStatus } from "../model.js";

/** The spec file as written, once it has passed the schema (field docs: spec/status-codes.schema.json). */
export interface SpecFile {
  organization?: SpecOrganization;
  headers: SpecHeader[];
  codes: SpecCode[];
  problems?: SpecProblem[];
}

/** A problem type (`problems:`), as written. */
export interface SpecProblem {
  type: string;
  status: number;
  title: string;
  summary: string;
  description: string;
  name?: string;
  extensions?: Record<string, SpecExtension>;
}

/** One extension member of a problem type. */
export interface SpecExtension {
  description: string;
  schema: Record<string, unknown>;
  required?: boolean;
}

/** Who the packages belong to (`organization:`); `pnpm adopt` writes it. */
export interface SpecOrganization {
  name: string;
  scope: string;
  repository: string;
  contact?: { name?: string; url?: string; email?: string };
  problemBase?: string;
  registry?: string;
  access?: "public" | "restricted";
  tokenSecret?: string;
}

export interface SpecHeader {
  name: string;
  description: string;
  /** Required, except for a header of the organisation's own (`vendor:` its name). */
  reference?: Reference;
  vendor?: string;
  example?: string;
}

export interface SpecCode {
  code: number;
  phrase: string;
  summary: string;
  description: string;
  reference?: Reference;
  registry?: RegistryStatus;
  vendor?: string;
  key?: string;
  name?: string;
  aliases?: string[];
  legacyKeys?: string[];
  legacyNames?: string[];
  deprecated?: string;
  reverseLookup?: boolean;
  cacheable?: boolean;
  noContent?: boolean;
  noStore?: boolean;
  retryable?: boolean;
  redirect?: boolean;
  neverSent?: boolean;
  headers?: string[];
  requiredHeaders?: string[];
  otherMeanings?: OtherMeaning[];
}
