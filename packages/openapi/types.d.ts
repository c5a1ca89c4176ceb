// The types of the JS entry that are written by hand; the generated entry (generated/index.d.ts and index.d.cts) exports
// them with its values and the generated names and responses.
import type { HeaderName, LegacyResponseName, ResponseName } from "./generated/names.js";

/** An RFC 9457 problem details body; members other than the five standard ones are extension members. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** A JSON Schema (3.1) or Schema Object (3.0), left open. */
export type SchemaObject = { readonly [keyword: string]: unknown };

/** A reference to a component in the same document. */
export interface Reference {
  readonly $ref: string;
}

/** A header: description, string schema and example; `required` where every response with the code must carry it. */
export interface HeaderObject {
  readonly description: string;
  readonly required?: true;
  readonly schema: SchemaObject;
  readonly example?: string;
}

/** A response component of one status code. */
export interface ResponseObject {
  /** Markdown: `<code> <phrase>`, the summary, notes and the reference link. */
  readonly description: string;
  readonly headers?: { readonly [name: string]: HeaderObject };
  /** Only on error codes (400 and up) that reach a client and may carry content; the schema is `ProblemDetails` with `status` pinned to the code. */
  readonly content?: {
    readonly "application/problem+json": { readonly schema: { readonly allOf: readonly [Reference, SchemaObject] }; readonly example: ProblemDetails };
  };
  readonly "x-status-code": number;
  readonly "x-unofficial"?: true;
  readonly "x-vendor"?: string;
  readonly "x-deprecated"?: string;
}

/** The generic problem response, for `default`, `4XX` and `5XX`: problem details with any status, and no `x-status-code`. */
export interface ProblemResponseObject {
  readonly description: string;
  readonly content: { readonly "application/problem+json": { readonly schema: Reference; readonly example: ProblemDetails } };
}

/** A former response name: a reference to the current response (in 3.1, with a description that says the name is deprecated). */
export interface ResponseAlias {
  readonly $ref: string;
  readonly description?: string;
}

/** The whole document: no paths, only components. */
export interface StatusOpenApiDocument<Version extends string> {
  readonly openapi: Version;
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
    readonly summary?: string;
    readonly contact: { readonly name: string; readonly url: string };
  };
  readonly paths: { readonly [path: string]: never };
  readonly components: {
    readonly schemas: { readonly ProblemDetails: SchemaObject; readonly StatusCode: SchemaObject };
    readonly headers: { readonly [Name in HeaderName]: HeaderObject };
    readonly responses: { readonly [Name in Exclude<ResponseName, LegacyResponseName | "Problem">]: ResponseObject } & {
      readonly Problem: ProblemResponseObject;
    } & {
      /** @deprecated A former name: use the response it refers to. */
      readonly [Name in LegacyResponseName]: ResponseAlias;
    };
  };
}

/** A response of `responses` or `responses30` as a Fastify route's `schema.response` entry, which @fastify/swagger documents. */
export interface FastifyResponseSchema {
  description: string;
  /** Each header as a JSON Schema with its description. */
  headers?: { [name: string]: { type: "string"; description: string } };
  /** The problem body of an error code, by media type; absent on the others, which get `type: "null"`. */
  content?: { [mediaType: string]: { schema: object; example?: object } };
  type?: "null";
}
