import { isObject, type JsonObject, type JsonValue } from "./json.js";

/** OpenAPI 3.1 document → 3.0.3: the same content, with its schemas rewritten in the 3.0 dialect and references bare. */
export function toOpenApi30(doc: JsonObject): JsonObject {
  const info = { ...(doc.info as JsonObject) };
  delete info.summary; // 3.0 Info has no summary
  const components = doc.components as Record<string, Record<string, JsonObject>>;
  return {
    ...doc,
    openapi: "3.0.3",
    info,
    components: {
      ...components,
      schemas: mapValues(components.schemas ?? {}, schemaTo30),
      headers: mapValues(components.headers ?? {}, headerTo30),
      responses: mapValues(components.responses ?? {}, responseTo30),
    },
  };
}

/** A header: its schema in the 3.0 dialect. */
function headerTo30(header: JsonObject): JsonObject {
  return isObject(header.schema) ? { ...header, schema: schemaTo30(header.schema) } : header;
}

/**
 * A response: header and media type schemas in the 3.0 dialect. A reference keeps only its `$ref`: in 3.0 a Reference Object
 * has no other fields (3.1 lets it override the description).
 */
export function responseTo30(response: JsonObject): JsonObject {
  if (typeof response.$ref === "string") return { $ref: response.$ref };
  const out: JsonObject = { ...response };
  if (isObject(response.headers)) out.headers = mapValues(response.headers as Record<string, JsonObject>, headerTo30);
  if (isObject(response.content)) {
    out.content = mapValues(response.content as Record<string, JsonObject>, (media) => (isObject(media.schema) ? { ...media, schema: schemaTo30(media.schema) } : media));
  }
  return out;
}

/** One JSON Schema (2020-12, as OpenAPI 3.1 uses it) → an OpenAPI 3.0 Schema Object, recursively. */
export function schemaTo30(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$comment") continue; // not a 3.0 keyword
    else if (key === "const") out.enum = [value];
    else if (key === "examples" && Array.isArray(value)) {
      if (value.length > 0) out.example = value[0] as JsonValue;
    } else if (key === "type" && Array.isArray(value)) Object.assign(out, nullableType(value));
    else if (key === "properties" && isObject(value)) out.properties = mapValues(value as Record<string, JsonObject>, schemaTo30);
    else if (["items", "additionalProperties", "not"].includes(key) && isObject(value)) out[key] = schemaTo30(value);
    else if (["allOf", "anyOf", "oneOf"].includes(key) && Array.isArray(value)) out[key] = value.map((v) => (isObject(v) ? schemaTo30(v) : v));
    else out[key] = value;
  }
  return out;
}

/** `type: [string, "null"]` → `type: string, nullable: true`; a union of several non-null types cannot be said in 3.0. */
function nullableType(types: JsonValue[]): JsonObject {
  const rest = types.filter((t) => t !== "null");
  if (rest.length !== 1) throw new Error(`cannot express type ${JSON.stringify(types)} in OpenAPI 3.0 (use oneOf)`);
  return { type: rest[0] as JsonValue, ...(rest.length < types.length && { nullable: true }) };
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
