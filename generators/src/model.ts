/** The normalized model every target reads: every derived fact computed once, formatted many times. */

/** The statuses a code can have in the IANA registry. */
export const REGISTRY_STATUSES = ["permanent", "temporary", "unused", "obsoleted"] as const;

/** IANA registry status of an official code. */
export type RegistryStatus = (typeof REGISTRY_STATUSES)[number];

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

/** The boolean facts of a code, each described once by a `FlagInfo`. */
export type FlagKey = "cacheable" | "noContent" | "noStore" | "retryable" | "redirect" | "neverSent";

/** One status code, with everything derived from it. */
export interface Status extends Record<FlagKey, boolean> {
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
  /** Former PascalCase names, kept as deprecated aliases wherever a name is emitted. */
  legacyNames: readonly string[];
  /** Why the code should no longer be sent, when it should not. */
  deprecated: string | undefined;
  /** Whether `getStatusCode` finds this code by its phrase and aliases (false when a vendor phrase repeats another code's). */
  reverseLookup: boolean;
  /** Header fields that go with the code, required or not, as the header list spells them, sorted. */
  headers: readonly string[];
  /** The subset of `headers` that a response with this code must carry. */
  requiredHeaders: readonly string[];
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
  /** PascalCase prefix of per-class names, e.g. `ClientError`. */
  name: string;
  /** Name of the per-class union type and schema, e.g. `ClientErrorStatusCode`. */
  typeName: string;
}

/** A boolean fact of codes, described once for every target. */
export interface FlagInfo {
  key: FlagKey;
  /** As a table label, e.g. `Cacheable by default`. */
  label: string;
  /** As a sentence about one code, e.g. `The response is heuristically cacheable …`. */
  doc: string;
  /** The generated list of codes that have the flag, for flags that core's predicates read. */
  list?: {
    /** Its name, e.g. `CACHEABLE_CODES`. */
    constant: string;
    /** What it holds, as its doc comment. */
    doc: string;
  };
}

/** A vendor of unofficial codes, with its codes in code order. */
export interface VendorInfo {
  name: string;
  /** A unique identifier made of the name (lower-case letters, digits and hyphens), e.g. for rule ids. */
  id: string;
  codes: readonly number[];
}

/** One standard member of an RFC 9457 problem details object. */
export interface ProblemMember {
  name: "type" | "title" | "status" | "detail" | "instance";
  description: string;
  type: "string" | "integer";
  format?: "uri-reference";
  example: string | number;
}

/** RFC 9457 problem details, defined once for every target that describes it. */
export interface ProblemDetailsInfo {
  title: string;
  description: string;
  reference: Reference;
  mediaType: string;
  members: readonly ProblemMember[];
  example: Readonly<Record<string, string | number>>;
}

/** Everything the targets need. */
export interface Model {
  /** The version the packages share (fixed changeset group). */
  version: string;
  /** Every code, sorted by code. */
  statuses: readonly Status[];
  /** Every header field, sorted by name. */
  headers: readonly HeaderInfo[];
  classes: readonly StatusClassInfo[];
  /** Every flag a code can have, in the order targets list them. */
  flags: readonly FlagInfo[];
  /** Every vendor of an unofficial code, sorted by name without regard to case. */
  vendors: readonly VendorInfo[];
  problemDetails: ProblemDetailsInfo;
}

/** One file a target emits; `path` is relative to the target's folder (to the repository root once rendered), using `/`. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** A target: the package it fills and the pure function that fills its generated folder. */
export interface Target {
  /** Short name, used in messages and tests. */
  name: string;
  /** The npm package it belongs to. */
  package: string;
  /** The package's folder, from the repository root. */
  packageDir: string;
  /** The folder `pnpm gen` owns, from the repository root: everything in it is generated and replaced whole. */
  dir: string;
  /** The files of `dir`, with paths relative to it. Pure: no IO, no clock. */
  generate(model: Model): GeneratedFile[];
}
