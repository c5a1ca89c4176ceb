import type { GeneratedFile, Model } from "../model.js";
import { json, yaml } from "./format.js";

const DIR = "packages/openapi/generated";

/** OpenAPI 3.1 components/responses for every code. */
export function openapi(model: Model): GeneratedFile[] {
  const doc = {
    openapi: "3.1.0",
    info: { title: "HTTP status code responses", version: model.version },
    paths: {},
    components: {
      responses: Object.fromEntries(model.statuses.map((s) => [s.name, { description: `${s.code} ${s.phrase}: ${s.summary}` }])),
    },
  };
  return [
    { path: `${DIR}/openapi.json`, content: json(doc) },
    { path: `${DIR}/openapi.yaml`, content: yaml(doc) },
  ];
}
