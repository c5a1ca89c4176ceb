import type { GeneratedFile, Model } from "../model.js";
import { json, yaml } from "./format.js";
import { openApi31 } from "./openapi/document.js";
import { toOpenApi30 } from "./openapi/downgrade.js";
import { namesDeclaration } from "./openapi/names.js";

const DIR = "packages/openapi/generated";

/** @org/status-openapi: the responses document in OpenAPI 3.1 and 3.0.3, as YAML and JSON, and the names of its components. */
export function openapi(model: Model): GeneratedFile[] {
  const doc = openApi31(model);
  const doc30 = toOpenApi30(doc);
  return [
    { path: `${DIR}/names.d.ts`, content: namesDeclaration(model) },
    { path: `${DIR}/openapi-3.0.json`, content: json(doc30) },
    { path: `${DIR}/openapi-3.0.yaml`, content: yaml(doc30) },
    { path: `${DIR}/openapi.json`, content: json(doc) },
    { path: `${DIR}/openapi.yaml`, content: yaml(doc) },
  ];
}
