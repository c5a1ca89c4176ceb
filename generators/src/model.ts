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

/** A response header field that codes refer to, as the spec defines it (and status-codes.json publishes it). */
export interface HeaderData {
  name: string;
  description: string;
  /** Where the field is defined; only the organisation's own headers may have none. */
  reference: Reference | undefined;
  example?: string;
}

/** A header field with what normalize derives from it. */
export interface HeaderInfo extends HeaderData {
  /** The option of the error classes that sets it, in camelCase: `Retry-After` -> `retryAfter`. */
  option: string;
  /** The codes that list it, required or not, in code order. */
  codes: readonly number[];
  /** The subset of `codes` that have an error class. */
  errorCodes: readonly number[];
}

/** One header field of one code. */
export interface HeaderField {
  info: HeaderInfo;
  /** Whether a response with the code must carry it. */
  required: boolean;
}

/** The boolean facts of a code, each described once by a `FlagInfo`. */
export type FlagKey = "cacheable" | "noContent" | "noStore" | "retryable" | "redirect" | "neverSent";

/** One status code as status-codes.json publishes it (and the released spec records it). */
export interface StatusData extends Record<FlagKey, boolean> {
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

/** One status code, with everything derived from it. */
export interface Status extends StatusData {
  /** Its class, or `undefined` for vendor codes outside 100-599. */
  classInfo: StatusClassData | undefined;
  /** `headers` with each field's info and whether it is required, in the same order. */
  headerFields: readonly HeaderField[];
  /** Whether core has an error class for it: a 4xx or 5xx code that a server sends (not one only ever logged). */
  hasErrorClass: boolean;
  /**
   * Name of its error class's options interface, e.g. `TooManyRequestsOptions`: for a code with an error class and header
   * fields; `undefined` when the class takes plain `HttpErrorOptions`, or there is no class.
   */
  optionsName: string | undefined;
  /** The options interface under each former name, in the order of `legacyNames`; empty when `optionsName` is undefined. */
  legacyOptionsNames: readonly string[];
  /** Whether an OpenAPI document can have a response for it: response keys lie in 100-599. */
  hasResponse: boolean;
  /** Whether its response carries a problem details body: an error code (400 and up) with a response that reaches a client and may have content. */
  hasProblemBody: boolean;
  /** The organisation's problem types sent with this code, by slug: their error classes extend this code's. */
  problemTypes: readonly ProblemTypeInfo[];
}

/** A class of codes as status-codes.json publishes it. */
export interface StatusClassData {
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

/** A class of codes with its codes. */
export interface StatusClassInfo extends StatusClassData {
  /** The class as an OpenAPI response key, e.g. `4XX`. */
  rangeKey: string;
  /** Whether a response for the whole class (`4XX`) carries a problem details body: the classes of errors, 4xx and 5xx. */
  hasProblemBody: boolean;
  /** Every code of the class, in code order. */
  statuses: readonly Status[];
  /** The official codes of `statuses`. */
  official: readonly Status[];
  /** The unofficial codes of `statuses`. */
  unofficial: readonly Status[];
}

/** A boolean fact of codes, described once for every target. */
export interface FlagInfo {
  key: FlagKey;
  /** As a table label, e.g. `Cacheable by default`. */
  label: string;
  /** As a sentence about one code, e.g. `The response is heuristically cacheable …`. */
  doc: string;
  /** The codes that have the flag, in code order. */
  codes: readonly number[];
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
  /** Its codes, in code order. */
  statuses: readonly Status[];
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

/** One extension member of a problem type. @see https://www.rfc-editor.org/rfc/rfc9457#section-3.2 */
export interface ProblemExtension {
  name: string;
  description: string;
  /** Its value as JSON Schema, as the spec writes it. */
  schema: Readonly<Record<string, unknown>>;
  /** Whether every problem of the type carries it. */
  required: boolean;
}

/** A problem type of the organisation's catalogue, with everything derived from it. */
export interface ProblemTypeInfo {
  /** The slug, e.g. `out-of-credit`. */
  slug: string;
  /** The type URI: the organisation's problem base followed by the slug. */
  uri: string;
  /** PascalCase name, e.g. `OutOfCredit` (error class, OpenAPI response, JSON Schema). */
  name: string;
  /** Name of its error class's options type, e.g. `OutOfCreditOptions`. */
  optionsName: string;
  /** Name of the interface of its extension members, e.g. `OutOfCreditExtensions`. */
  extensionsName: string;
  /** The status code it is sent with: a code with an error class. */
  status: Status;
  title: string;
  summary: string;
  description: string;
  /** Its extension members, sorted by name. */
  extensions: readonly ProblemExtension[];
}

/** A problem type as the released spec records it: its status by code. */
export interface ProblemTypeData extends Omit<ProblemTypeInfo, "status"> {
  status: number;
}

/** The npm packages a target can fill, by the short name their package name ends in. */
export const PACKAGE_NAMES = { core: "status-core", openapi: "status-openapi", jsonSchema: "status-json-schema", docs: "status-docs" } as const;

/** Who the packages belong to, from the spec's `organization:` block: every output takes its identity from here. */
export interface OrganizationInfo {
  /** Display name, e.g. `Acme`; a code whose `vendor` is this name is the organisation's own. */
  name: string;
  /** npm scope with its `@`, e.g. `@acme`. */
  scope: string;
  /** Repository URL, without `.git` or a trailing slash. */
  repository: string;
  /** OpenAPI's contact object: a name and a URL or an e-mail address. */
  contact: { name: string; url?: string; email?: string };
  /** Base URI (ending in `/`) that the organisation's problem types and their documentation live under. */
  problemBase: string;
  /** Base (ending in `/`) of every JSON Schema `$id`: a stable name under the repository, not a download location. */
  schemaBase: string;
  /** The npm registry the packages are published to, ending in `/`; `undefined`: the one the npm configuration names. */
  registry: string | undefined;
  access: "public" | "restricted";
  /** Name of the CI secret that holds the registry's token (the release workflow reads it), e.g. `NPM_TOKEN`. */
  tokenSecret: string;
  /** The full npm name of each package, e.g. `@acme/status-core`. */
  packages: { readonly [K in keyof typeof PACKAGE_NAMES]: string };
}

/** Everything the targets need. */
export interface Model {
  organization: OrganizationInfo;
  /** The version the packages share (fixed changeset group). */
  version: string;
  /** Every code, sorted by code. */
  statuses: readonly Status[];
  /** Every header field, sorted by name. */
  headers: readonly HeaderInfo[];
  /** Every official code (registered with IANA), sorted by code. */
  official: readonly Status[];
  /** Every unofficial (vendor) code, sorted by code. */
  unofficial: readonly Status[];
  /** The codes with an error class (`hasErrorClass`), sorted by code. */
  errorStatuses: readonly Status[];
  /** The codes an OpenAPI document can have a response for (`hasResponse`), sorted by code. */
  responseStatuses: readonly Status[];
  /** The codes whose response carries a problem details body (`hasProblemBody`), sorted by code. */
  problemStatuses: readonly Status[];
  classes: readonly StatusClassInfo[];
  /** Where the classes are defined: RFC 9110, Section 15. */
  classesReference: Reference;
  /** Every flag a code can have, in the order targets list them. */
  flags: readonly FlagInfo[];
  /** The codes whose phrase and aliases `getStatusCode` does not accept (`reverseLookup: false`), in code order. */
  noReverseLookup: readonly number[];
  /** The organisation as the vendor of its own codes (their `vendor` is its name), when it has any: allowed like registered ones. */
  ownVendor: VendorInfo | undefined;
  /** Every other vendor of an unofficial code, sorted by name without regard to case. */
  otherVendors: readonly VendorInfo[];
  problemDetails: ProblemDetailsInfo;
  /** The organisation's problem types, sorted by slug. */
  problemTypes: readonly ProblemTypeInfo[];
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
  /** The npm package it belongs to, without its scope (`status-core`); `model.organization.packages` has the full name. */
  package: (typeof PACKAGE_NAMES)[keyof typeof PACKAGE_NAMES];
  /** The package's folder, from the repository root. */
  packageDir: string;
  /** The folder `pnpm gen` owns, from the repository root: everything in it is generated and replaced whole. */
  dir: string;
  /** The files of `dir`, with paths relative to it. Pure: no IO, no clock. */
  generate(model: Model): GeneratedFile[];
  /**
   * The rules only this target needs of the spec (a name its output cannot hold twice, say), checked on the model before
   * anything is generated or written. Pure; the pipeline says where in the spec each problem is.
   */
  validate?(model: Model): ModelProblem[];
}

/** A problem a target finds in the model: about a header field, a code or a problem type (by slug), what is wrong and how to fix it. */
export interface ModelProblem {
  subject: { header: string } | { code: number } | { problem: string };
  message: string;
}

/** The published part of a code (status-codes.json, the released spec): the derived fields left out, key order kept. */
export function statusData({ classInfo, headerFields, hasErrorClass, optionsName, legacyOptionsNames, hasResponse, hasProblemBody, problemTypes, ...data }: Status): StatusData {
  return data;
}

/** The recorded part of a problem type: everything the spec says of it, its status by code. */
export function problemTypeData({ status, ...data }: ProblemTypeInfo): ProblemTypeData {
  return { ...data, status: status.code };
}

/** The published part of a header field: as the spec defines it. */
export function headerData({ option, codes, errorCodes, ...data }: HeaderInfo): HeaderData {
  return data;
}

/** The published part of a class. */
export function classData({ rangeKey, hasProblemBody, statuses, official, unofficial, ...data }: StatusClassInfo): StatusClassData {
  return data;
}
