// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import type { FastifyResponseSchema, StatusOpenApiDocument } from "../types.js";
import type { Responses, Responses30 } from "./responses.js";

export type * from "../types.js";
export type * from "./names.js";
export type * from "./responses.js";

/** The OpenAPI 3.1.0 document (the contents of `generated/openapi.json`). */
export declare const openapi: StatusOpenApiDocument<"3.1.0">;

/** The OpenAPI 3.0.3 document (the contents of `generated/openapi-3.0.json`). */
export declare const openapi30: StatusOpenApiDocument<"3.0.3">;

/** One OpenAPI 3.1 response per code with nothing left to resolve (the problem schema written in, no `$ref`), typed exactly, for frameworks that build their document from route declarations: `404: responses.NotFound` (Hono's `createRoute`). */
export declare const responses: Responses;

/** The same in OpenAPI 3.0: `@ApiNotFoundResponse(responses30.NotFound)` (NestJS, whose documents are 3.0 by default). */
export declare const responses30: Responses30;

/** A response of `responses` or `responses30` as a Fastify route's `schema.response` entry, which @fastify/swagger documents: `404: fastifyResponse(responses.NotFound)`. */
export declare function fastifyResponse(response: Responses[keyof Responses] | Responses30[keyof Responses30]): FastifyResponseSchema;
