/** The normalized model every target reads: computed once, formatted many times. */

/** IANA registry status of an official code. */
export type RegistryStatus = "permanent" | "temporary" | "unused" | "obsoleted";

/** The five classes of RFC 9110 Section 15. */
export type StatusClassKey = "informational" | "success" | "redirection" | "client-error" | "server-error";

/** A citation with its link. */
export interface Reference {
  title: string;
  url: string;
}

/** What another vendor means by a code. */
export interface OtherMeaning {
  vendor: string;
  phrase: string;
  description: string;
}

/** A response header field that codes refer to. */
export interface HeaderInfo {
  name: string;
  description: string;
  reference: Reference;
  example?: string;
}

/** One status code, with everything derived from it. */
export interface Status {
  code: number;
  phrase: string;
  /** Constant key, e.g. `NOT_FOUND`. */
  key: string;
  /** PascalCase name, e.g. `NotFound`. */
  name: string;
  /** Class by range, or `undefined` for vendor codes outside 100-599. */
  class: StatusClassKey | undefined;
  official: boolean;
  /** IANA registry status; `undefined` for unofficial codes. */
  registry: RegistryStatus | undefined;
  /** Vendor of an unofficial code; `undefined` for official codes. */
  vendor: string | undefined;
  summary: string;
  description: string;
  reference: Reference | undefined;
  aliases: readonly string[];
  legacyKeys: readonly string[];
  /** Why the code should no longer be sent, when it should not. */
  deprecated: string | undefined;
  cacheable: boolean;
  noContent: boolean;
  noStore: boolean;
  retryable: boolean;
  redirect: boolean;
  /** Names of the header fields that go with the code, sorted. */
  headers: readonly string[];
  otherMeanings: readonly OtherMeaning[];
}

/** A class of codes, for grouping. */
export interface StatusClassInfo {
  key: StatusClassKey;
  /** `1xx` … `5xx`. */
  range: string;
  min: number;
  max: number;
  title: string;
  /** PascalCase prefix of per-class type and schema names, e.g. `ClientError`. */
  name: string;
}

/** Everything the targets need. */
export interface Model {
  /** The version the four packages share (fixed changeset group). */
  version: string;
  /** Every code, sorted by code. */
  statuses: readonly Status[];
  /** Every header field, sorted by name. */
  headers: readonly HeaderInfo[];
  classes: readonly StatusClassInfo[];
}

/** One file a target emits; `path` is relative to the repository root, using `/`. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** A target turns the model into files. Pure: no IO, no clock. */
export type Target = (model: Model) => GeneratedFile[];
