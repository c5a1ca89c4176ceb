/** The JSON Schema of `status-codes.json` (`status-info.schema.json`), whose data status-codes-data.ts writes. */
import { type FlagKey, type HeaderData, type Model, type OtherMeaning, REGISTRY_STATUSES, type Reference, type StatusClassData, type StatusData } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";
import { type Dialect, SCHEMA_FILES, defRef, schemaId } from "./dialect.js";

type Schema = Record<string, unknown>;

const str = (description: string): Schema => ({ description, type: "string" });
const bool = (description: string): Schema => ({ description, type: "boolean" });
const strings = (description: string): Schema => ({ description, type: "array", items: { type: "string" } });
const orNull = (description: string, schema: Schema): Schema => ({ description, anyOf: [schema, { type: "null" }] });

/** A closed object: every property listed is required and no other is allowed. */
function record(title: string, description: string, properties: Record<string, Schema>): Schema {
  return { title, description, type: "object", properties, required: Object.keys(properties), additionalProperties: false };
}

function statusDef(model: Model, dialect: Dialect): Schema {
  const properties: Record<Exclude<keyof StatusData, FlagKey>, Schema> = {
    code: { description: "The numeric status code.", $ref: schemaId(dialect, SCHEMA_FILES.statusCode) },
    phrase: str("The reason phrase, e.g. \"Not Found\"."),
    key: str("The constant name, e.g. \"NOT_FOUND\"."),
    name: str("The PascalCase name, e.g. \"NotFound\"."),
    class: { description: "The class by range, or null for a vendor code outside 100-599.", enum: [...model.classes.map((c) => c.key), null] },
    official: bool("Whether IANA registers the code."),
    registry: { description: "The IANA registry status of an official code; null for unofficial codes.", enum: [...REGISTRY_STATUSES, null] },
    vendor: orNull("The vendor that uses an unofficial code; null for official codes.", { type: "string" }),
    summary: str("What the code means, in one sentence."),
    description: str("What the code means and when to send it, in a paragraph."),
    reference: orNull("The document that defines the code, or null when there is none.", defRef(dialect, "Reference")),
    aliases: strings("Other reason phrases the code is known by, such as older names."),
    legacyKeys: strings("Constant names the code had before, kept so old code keeps working."),
    legacyNames: strings("PascalCase names the code had before, kept as deprecated aliases of its response and other per-code names."),
    deprecated: orNull("Why the code should no longer be sent, or null when it may be.", { type: "string" }),
    reverseLookup: bool("Whether looking the phrase or an alias up finds this code; false when a vendor phrase repeats another code's."),
    ...Object.fromEntries(model.flags.map((flag) => [flag.key, bool(flag.doc)])),
    headers: strings("The names of the header fields (listed under `headers`) that go with the code, required or not."),
    requiredHeaders: strings("The subset of `headers` that a response with this code must carry."),
    otherMeanings: { description: "What other vendors mean by the same code.", type: "array", items: defRef(dialect, "OtherMeaning") },
  };
  return record("Status code", "Everything the spec says about one status code.", properties);
}

function defs(model: Model, dialect: Dialect): Record<string, Schema> {
  const reference: Record<keyof Reference, Schema> = { title: str("The citation, e.g. \"RFC 9110, Section 15.5.5\"."), url: str("A link to it.") };
  const header: Record<keyof HeaderData, Schema> = {
    name: str("The field name, e.g. \"Retry-After\"."),
    description: str("What the field tells the client."),
    // Only the organisation's own headers may cite nothing: the schema admits null only when one does.
    reference: model.headers.every((h) => h.reference)
      ? defRef(dialect, "Reference")
      : orNull("Where the field is defined, or null for a header of the organisation's own that cites nothing.", defRef(dialect, "Reference")),
    example: orNull("An example value, or null.", { type: "string" }),
  };
  const otherMeaning: Record<keyof OtherMeaning, Schema> = {
    vendor: str("The vendor."),
    phrase: str("The vendor's reason phrase."),
    description: str("What the vendor means by the code."),
  };
  const statusClass: Record<keyof StatusClassData, Schema> = {
    key: { description: "The class's key.", enum: model.classes.map((c) => c.key) },
    range: str("The range as written, e.g. \"4xx\"."),
    min: { description: "The lowest code of the class.", type: "integer" },
    max: { description: "The highest code of the class.", type: "integer" },
    title: str("The class's title, e.g. \"Client Error\"."),
    name: str("The PascalCase prefix of per-class names, e.g. \"ClientError\"."),
    typeName: str("The name of the class's union type and schema definition, e.g. \"ClientErrorStatusCode\"."),
  };
  return {
    Status: statusDef(model, dialect),
    Reference: record("Reference", "A citation with its link.", reference),
    Header: record("Header field", "A response header field that codes refer to.", header),
    OtherMeaning: record("Other meaning", "What another vendor means by a code.", otherMeaning),
    StatusClass: record("Status class", "One of the five classes of RFC 9110, Section 15.", statusClass),
  };
}

/** JSON Schema of `status-codes.json`: exactly the fields it holds, nothing more. */
export function statusInfoSchema(model: Model, dialect: Dialect): Schema {
  return {
    $schema: dialect.metaSchema,
    $id: schemaId(dialect, SCHEMA_FILES.statusInfo),
    $comment: GENERATED_NOTICE,
    ...record("HTTP status codes as data", "The spec's status codes, header fields and classes, as status-codes.json ships them.", {
      $comment: str("A note that the file is generated."),
      version: str("The version of the packages this data belongs to."),
      classes: { description: "The five classes, in order.", type: "array", items: defRef(dialect, "StatusClass") },
      headers: { description: "Every header field the codes refer to, sorted by name.", type: "array", items: defRef(dialect, "Header") },
      statuses: { description: "Every status code, sorted by code.", type: "array", items: defRef(dialect, "Status") },
    }),
    [dialect.defs]: defs(model, dialect),
  };
}
