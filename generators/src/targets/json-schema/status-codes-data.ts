/** The data of `status-codes.json`: the model as plain JSON, one record per code (its schema is status-info-schema.ts). */
import type { FlagInfo, FlagKey, HeaderData, Model, StatusClassData, StatusData } from "../../model.js";
import { GENERATED_NOTICE } from "../format.js";

/** A JSON value, as `status-codes.json` holds it. */
type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** One code as a record: every field of the model, absent values as `null`, so every record has the same keys. */
export function statusRecord(s: StatusData, flags: readonly FlagInfo[]): Record<keyof StatusData, Json> {
  return {
    code: s.code,
    phrase: s.phrase,
    key: s.key,
    name: s.name,
    class: s.class ?? null,
    official: s.official,
    registry: s.registry ?? null,
    vendor: s.vendor ?? null,
    summary: s.summary,
    description: s.description,
    reference: s.reference ? { title: s.reference.title, url: s.reference.url } : null,
    aliases: [...s.aliases],
    legacyKeys: [...s.legacyKeys],
    legacyNames: [...s.legacyNames],
    deprecated: s.deprecated ?? null,
    reverseLookup: s.reverseLookup,
    ...(Object.fromEntries(flags.map((flag) => [flag.key, s[flag.key]])) as Record<FlagKey, boolean>),
    headers: [...s.headers],
    requiredHeaders: [...s.requiredHeaders],
    otherMeanings: s.otherMeanings.map((m) => ({ vendor: m.vendor, phrase: m.phrase, description: m.description })),
  };
}

/** One header field as a record, its example `null` when the spec gives none. */
export function headerRecord(h: HeaderData): Record<keyof HeaderData, Json> {
  return {
    name: h.name,
    description: h.description,
    reference: h.reference ? { title: h.reference.title, url: h.reference.url } : null,
    example: h.example ?? null,
  };
}

/** One class as a record. */
export function classRecord(c: StatusClassData): Record<keyof StatusClassData, Json> {
  return { key: c.key, range: c.range, min: c.min, max: c.max, title: c.title, name: c.name, typeName: c.typeName };
}

/** The content of `status-codes.json`: the normalized spec as plain data, for tools in any language. */
export function statusCodesData(model: Model): Record<string, Json> {
  return {
    $comment: GENERATED_NOTICE,
    version: model.version,
    classes: model.classes.map(classRecord),
    headers: model.headers.map(headerRecord),
    statuses: model.statuses.map((s) => statusRecord(s, model.flags)),
  };
}
