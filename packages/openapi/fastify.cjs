// A response of `responses` or `responses30` in the shape Fastify and @fastify/swagger read from a route's `schema.response`.
"use strict";

/**
 * Headers become JSON Schemas carrying their description: @fastify/swagger turns each back into a header object, lifting
 * only the description out of the schema, so a `required` flag or an example would be left in the schema (an invalid
 * `required`, an `examples` that OpenAPI 3.0 lacks) and both stay behind. A response without content gets `type: "null"`,
 * so that neither an empty JSON body is documented nor a serializer built for it; the `x-` extensions stay behind.
 */
exports.fastifyResponse = function fastifyResponse(response) {
  const out = { description: response.description };
  if (response.headers) {
    out.headers = {};
    for (const [name, header] of Object.entries(response.headers)) {
      out.headers[name] = { ...header.schema, description: header.description };
    }
  }
  if (response.content) out.content = response.content;
  else out.type = "null";
  return out;
};
