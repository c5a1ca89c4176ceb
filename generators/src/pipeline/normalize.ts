import type { Model, Status, StatusClassInfo, StatusClassKey } from "../model.js";
import { keyFromPhrase, nameFromKey } from "./naming.js";
import type { SpecCode, SpecFile } from "./spec.js";

/** The five classes, in order. */
export const CLASSES: readonly StatusClassInfo[] = [
  { key: "informational", range: "1xx", min: 100, max: 199, title: "Informational", name: "Informational" },
  { key: "success", range: "2xx", min: 200, max: 299, title: "Successful", name: "Success" },
  { key: "redirection", range: "3xx", min: 300, max: 399, title: "Redirection", name: "Redirection" },
  { key: "client-error", range: "4xx", min: 400, max: 499, title: "Client Error", name: "ClientError" },
  { key: "server-error", range: "5xx", min: 500, max: 599, title: "Server Error", name: "ServerError" },
];

/** Class of a code by its range, or `undefined` outside 100-599. */
export function classOf(code: number): StatusClassKey | undefined {
  return CLASSES.find((c) => code >= c.min && code <= c.max)?.key;
}

/** Derive everything once, sorted, so targets only format. */
export function normalize(spec: SpecFile, version: string): Model {
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    version,
    statuses: spec.codes.map(normalizeCode).sort((a, b) => a.code - b.code),
    headers: spec.headers.map((h) => ({ ...h })).sort(byName),
    classes: CLASSES,
  };
}

function normalizeCode(c: SpecCode): Status {
  const key = c.key ?? keyFromPhrase(c.phrase);
  return {
    code: c.code,
    phrase: c.phrase,
    key,
    name: c.name ?? nameFromKey(key),
    class: classOf(c.code),
    official: c.vendor === undefined,
    registry: c.registry,
    vendor: c.vendor,
    summary: c.summary.trim(),
    description: c.description.trim(),
    reference: c.reference,
    aliases: c.aliases ?? [],
    legacyKeys: c.legacyKeys ?? [],
    deprecated: c.deprecated,
    cacheable: c.cacheable ?? false,
    noContent: c.noContent ?? false,
    noStore: c.noStore ?? false,
    retryable: c.retryable ?? false,
    redirect: c.redirect ?? false,
    headers: [...(c.headers ?? [])].sort(),
    otherMeanings: c.otherMeanings ?? [],
  };
}
