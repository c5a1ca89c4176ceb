// Types of the JS entry. index.d.ts (ESM) and index.d.cts (CommonJS) are kept identical; a test checks it.
import type { HeaderName, ResponseName } from "./generated/names.js";

export type { HeaderName, ResponseName };

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

/** A header component: description, string schema and example. */
export interface HeaderObject {
  readonly description: string;
  readonly schema: SchemaObject;
  readonly example?: string;
}

/** A response component of one status code. */
export interface ResponseObject {
  /** Markdown: `<code> <phrase>`, the summary, notes and the reference link. */
  readonly description: string;
  readonly headers?: { readonly [name: string]: Reference };
  /** Only on error codes (400 and up) that may carry content. */
  readonly content?: {
    readonly "application/problem+json": { readonly schema: Reference; readonly example: ProblemDetails };
  };
  readonly "x-status-code": number;
  readonly "x-unofficial"?: true;
  readonly "x-vendor"?: string;
  readonly "x-deprecated"?: string;
}

/** The whole document: no paths, only components. */
export interface StatusOpenApiDocument<Version extends string> {
  readonly openapi: Version;
  readonly info: { readonly title: string; readonly version: string; readonly description: string; readonly summary?: string };
  readonly paths: { readonly [path: string]: never };
  readonly components: {
    readonly schemas: { readonly ProblemDetails: SchemaObject; readonly StatusCode: SchemaObject };
    readonly headers: { readonly [Name in HeaderName]: HeaderObject };
    readonly responses: { readonly [Name in ResponseName]: ResponseObject };
  };
}

/** The OpenAPI 3.1.0 document (the contents of `generated/openapi.json`). */
export declare const openapi: StatusOpenApiDocument<"3.1.0">;

/** The OpenAPI 3.0.3 document (the contents of `generated/openapi-3.0.json`). */
export declare const openapi30: StatusOpenApiDocument<"3.0.3">;
