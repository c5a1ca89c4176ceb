// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import openapiJson from "./openapi.json" with { type: "json" };
import openapi30Json from "./openapi-3.0.json" with { type: "json" };
import responsesJson from "./responses.json" with { type: "json" };

export const openapi = openapiJson;
export const openapi30 = openapi30Json;
export const responses = responsesJson.responses;
export const responses30 = responsesJson.responses30;
export { fastifyResponse } from "../fastify.cjs";
