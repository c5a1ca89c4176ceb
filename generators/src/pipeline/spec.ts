import type { OtherMeaning, Reference, RegistryStatus } from "../model.js";

/** The spec file as written, once it has passed the schema (field docs: spec/status-codes.schema.json). */
export interface SpecFile {
  headers: SpecHeader[];
  codes: SpecCode[];
}

export interface SpecHeader {
  name: string;
  description: string;
  reference: Reference;
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
