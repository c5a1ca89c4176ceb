import type { StatusClass } from "./generated/classes.js";
import type { ReasonPhrases } from "./generated/phrases.js";
import type { ClientErrorStatusCode, ServerErrorStatusCode, StatusCode, StatusCodeKey } from "./generated/status-code.js";

/** IANA registry status of an official code. */
export type RegistryStatus = "permanent" | "temporary" | "unused" | "obsoleted";

/** A citation with its link, usually an RFC section. */
export interface Reference {
  readonly title: string;
  readonly url: string;
}

/** What another vendor means by the same code. */
export interface OtherMeaning {
  readonly vendor: string;
  readonly phrase: string;
  readonly description: string;
}

/** The spec's whole record of one code; every field is present, absent values are `undefined`. */
export interface StatusInfo {
  readonly code: StatusCode;
  /** Current reason phrase, e.g. `"Content Too Large"`. */
  readonly phrase: string;
  /** Key in `StatusCode`, e.g. `"CONTENT_TOO_LARGE"`. */
  readonly key: StatusCodeKey;
  /** PascalCase name, e.g. `"ContentTooLarge"`. */
  readonly name: string;
  /** Class by range; `undefined` for vendor codes outside 100-599. */
  readonly class: StatusClass | undefined;
  /** Registered with IANA. */
  readonly official: boolean;
  /** IANA registry status; `undefined` for unofficial codes. */
  readonly registry: RegistryStatus | undefined;
  /** Who uses an unofficial code; `undefined` for official codes. */
  readonly vendor: string | undefined;
  /** One sentence. */
  readonly summary: string;
  readonly description: string;
  readonly reference: Reference | undefined;
  /** Former or variant phrases that `getStatusCode` also accepts. */
  readonly aliases: readonly string[];
  /** Former keys, kept in `StatusCode` as deprecated aliases. */
  readonly legacyKeys: readonly string[];
  /** Former PascalCase names, kept as deprecated aliases (OpenAPI responses, error classes). */
  readonly legacyNames: readonly string[];
  /** Why the code should no longer be sent, when it should not. */
  readonly deprecated: string | undefined;
  /** Whether `getStatusCode` finds this code by its phrase and aliases; false when a vendor phrase repeats another code's. */
  readonly reverseLookup: boolean;
  /** Heuristically cacheable by default (RFC 9110, Section 15.1). */
  readonly cacheable: boolean;
  /** Responses never carry content. */
  readonly noContent: boolean;
  /** Responses should not be stored. */
  readonly noStore: boolean;
  /** A client may retry the same request. */
  readonly retryable: boolean;
  /** Sends the client to `Location`. */
  readonly redirect: boolean;
  /** Servers or proxies only log it: no client ever receives it. */
  readonly neverSent: boolean;
  /** Names of the header fields that go with the code, required or not. */
  readonly headers: readonly string[];
  /** The header fields a response with this code must carry (a subset of `headers`). */
  readonly requiredHeaders: readonly string[];
  readonly otherMeanings: readonly OtherMeaning[];
}

/** The reason phrase of a code as a literal type: `ReasonPhrase<404>` is `"Not Found"`. */
export type ReasonPhrase<C extends StatusCode = StatusCode> = ReasonPhrases[C];

/** Every 4xx and 5xx code in the spec. */
export type ErrorStatusCode = ClientErrorStatusCode | ServerErrorStatusCode;

/** RFC 9457 problem details; extension members are allowed. */
export interface ProblemDetails {
  /** URI of the problem type; `"about:blank"` means the status code says it all. */
  type: string;
  /** Short summary of the problem type; for `about:blank` the reason phrase, absent for unknown codes. */
  title?: string;
  status: number;
  /** Explanation of this occurrence. */
  detail?: string;
  /** URI of this occurrence. */
  instance?: string;
  [extension: string]: unknown;
}

/** What `problem()` accepts besides the code: any member but `status`, which always comes from the code. */
export interface ProblemFields {
  type?: string;
  title?: string;
  detail?: string;
  instance?: string;
  status?: never;
  [extension: string]: unknown;
}
