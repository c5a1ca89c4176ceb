import type { Model } from "../../model.js";
import type { JsonObject } from "./json.js";

const RFC9457 = "https://www.rfc-editor.org/rfc/rfc9457";

/** The RFC 9457 problem details object, as a JSON Schema (OpenAPI 3.1 dialect). @see https://www.rfc-editor.org/rfc/rfc9457#section-3 */
export function problemDetailsSchema(): JsonObject {
  return {
    type: "object",
    description:
      "A machine-readable description of an error in an HTTP response (RFC 9457). All members are optional; any other member is an extension member that gives more detail about this problem type.",
    externalDocs: { description: "RFC 9457, Section 3", url: `${RFC9457}#section-3` },
    properties: {
      type: {
        type: "string",
        format: "uri-reference",
        default: "about:blank",
        description:
          "A URI reference that identifies the problem type. `about:blank` (the default) means the problem is no more specific than its status code, and `title` is then the status code's reason phrase.",
        examples: ["https://api.example.com/problems/out-of-stock"],
      },
      title: {
        type: "string",
        description: "A short, human-readable summary of the problem type. It stays the same for every occurrence of the type.",
        examples: ["Not Found"],
      },
      status: {
        type: "integer",
        minimum: 100,
        maximum: 999,
        description: "The HTTP status code of this occurrence, repeated in the body for consumers that lose the original; it should equal the response's status.",
        examples: [404],
      },
      detail: {
        type: "string",
        description: "A human-readable explanation of this occurrence, meant to help the client fix the problem rather than to debug the server.",
        examples: ["No order with id 42 exists."],
      },
      instance: {
        type: "string",
        format: "uri-reference",
        description: "A URI reference that identifies this occurrence of the problem.",
        examples: ["/orders/42"],
      },
    },
    additionalProperties: true,
    examples: [{ type: "about:blank", title: "Not Found", status: 404, detail: "No order with id 42 exists.", instance: "/orders/42" }],
  };
}

/** Every status code in the spec as an integer enum, with the names and phrases code generators use for its members. */
export function statusCodeSchema(model: Model): JsonObject {
  return {
    type: "integer",
    description:
      "An HTTP status code known to this package: every IANA-registered code and the unofficial vendor codes in the spec. Codes outside 100-599 are vendor codes.",
    enum: model.statuses.map((s) => s.code),
    "x-enum-varnames": model.statuses.map((s) => s.key),
    "x-enum-descriptions": model.statuses.map((s) => `${s.code} ${s.phrase}`),
  };
}

/** One header component per header field in the spec, each with its description, reference and example. */
export function headerComponents(model: Model): Record<string, JsonObject> {
  return Object.fromEntries(
    model.headers.map((h) => [
      h.name,
      {
        description: `${h.description}\n\nSee [${h.reference.title}](${h.reference.url}).`,
        schema: { type: "string" },
        ...(h.example === undefined ? {} : { example: h.example }),
      },
    ]),
  );
}
