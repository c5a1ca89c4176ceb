import type { FlagInfo, HeaderData, HeaderInfo, Model, OrganizationInfo, ProblemDetailsInfo, ProblemTypeInfo, Reference, Status, StatusClassData, StatusClassInfo, StatusClassKey, VendorInfo } from "../model.js";
import { headerOption, headerSpellings, namesOf, problemName } from "./naming.js";
import { organizationOf } from "./organization.js";
import type { SpecCode, SpecFile, SpecProblem } from "./spec.js";

const cls = (key: StatusClassKey, range: string, min: number, title: string, name: string): StatusClassData => ({
  key, range, min, max: min + 99, title, name, typeName: `${name}StatusCode`,
});

/** Where the classes are defined. */
const CLASSES_REFERENCE: Reference = { title: "RFC 9110, Section 15", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15" };

/** The five classes, in order. @see https://www.rfc-editor.org/rfc/rfc9110#section-15 */
const CLASSES: readonly StatusClassData[] = [
  cls("informational", "1xx", 100, "Informational", "Informational"),
  cls("success", "2xx", 200, "Successful", "Success"),
  cls("redirection", "3xx", 300, "Redirection", "Redirection"),
  cls("client-error", "4xx", 400, "Client Error", "ClientError"),
  cls("server-error", "5xx", 500, "Server Error", "ServerError"),
];

/** Every flag of a code, described once: docs label it, core lists its codes, the schemas document it. */
export const FLAGS: readonly Omit<FlagInfo, "codes">[] = [
  {
    key: "cacheable",
    label: "Cacheable by default",
    doc: "Whether a response with this code is heuristically cacheable (RFC 9110, Section 15.1).",
    list: { constant: "CACHEABLE_CODES", doc: "Codes a cache may store without explicit freshness (RFC 9110, Section 15.1)." },
  },
  {
    key: "noContent",
    label: "Carries no content",
    doc: "Whether a response with this code never carries content.",
    list: { constant: "NO_CONTENT_CODES", doc: "Codes whose responses never carry content." },
  },
  {
    key: "noStore",
    label: "Must not be stored",
    doc: "Whether a cache must not store a response with this code.",
  },
  {
    key: "retryable",
    label: "Retryable",
    doc: "Whether the condition is transient and not the request's fault, so the same request repeated unchanged after a delay may succeed without anyone acting first.",
    list: { constant: "RETRYABLE_CODES", doc: "Codes after which a client may repeat the same request unchanged after a delay." },
  },
  {
    key: "redirect",
    label: "Redirect",
    doc: "Whether the code sends the client to another URI.",
    list: { constant: "REDIRECT_CODES", doc: "Codes that send the client to the `Location` header." },
  },
  {
    key: "neverSent",
    label: "Never sent to clients",
    doc: "Whether servers or proxies only log the code, so that no client ever receives a response with it.",
  },
];

/** RFC 9457 problem details, in this project's words, its example on the organisation's domain. @see https://www.rfc-editor.org/rfc/rfc9457#section-3 */
const problemDetailsOf = (organization: OrganizationInfo): ProblemDetailsInfo => ({
  title: "Problem details (RFC 9457)",
  description:
    "A machine-readable description of an error in an HTTP API response (media type application/problem+json). Every member is optional, and members other than the five standard ones are extensions that carry problem-specific data.",
  reference: { title: "RFC 9457, Section 3", url: "https://www.rfc-editor.org/rfc/rfc9457#section-3" },
  mediaType: "application/problem+json",
  members: [
    {
      name: "type",
      description:
        "A URI reference that names the problem type, resolved against the document's base URI. When it is absent the type is `about:blank`: a problem with no more meaning than its status code, whose `title` is then the code's reason phrase.",
      type: "string",
      format: "uri-reference",
      example: `${organization.problemBase}out-of-credit`,
    },
    {
      name: "title",
      description: "A short, human-readable summary of the problem type, the same for every occurrence of it (apart from localisation).",
      type: "string",
      example: "You do not have enough credit.",
    },
    {
      name: "status",
      description: "The HTTP status code the origin server sent for this occurrence, repeated here for convenience; it is advisory and should equal the response's status.",
      type: "integer",
      example: 403,
    },
    {
      name: "detail",
      description: "A human-readable explanation of this occurrence of the problem, meant to help the client correct it rather than to debug the server.",
      type: "string",
      example: "Your current balance is 30, but that costs 50.",
    },
    {
      name: "instance",
      description: "A URI reference that names this occurrence of the problem.",
      type: "string",
      format: "uri-reference",
      example: "/account/12345/transactions/abc",
    },
  ],
  example: {
    type: `${organization.problemBase}out-of-credit`,
    title: "You do not have enough credit.",
    status: 403,
    detail: "Your current balance is 30, but that costs 50.",
    instance: "/account/12345/transactions/abc",
    balance: 30,
  },
});

/** Derive everything once, sorted, so targets only format. */
export function normalize(spec: SpecFile, version: string): Model {
  // Validation accepts a header reference in any case; from here on it is spelled as the header list spells it.
  const { spelling } = headerSpellings(spec.headers.map((h) => h.name));
  const headerName = (name: string) => spelling.get(name.toLowerCase()) ?? name;
  const codes = spec.codes.map((c) => normalizeCode(c, headerName)).sort((a, b) => a.code - b.code);
  // A header's vendor only decides whether it may go without a reference (validation): it is not part of the model.
  const headers = headersOf(spec.headers.map(({ vendor: _, ...h }) => ({ ...h, reference: h.reference })), codes);
  const byName = new Map(headers.map((h) => [h.name, h]));
  const statuses: Status[] = codes.map((s) => ({ ...s, headerFields: s.headers.map((name) => ({ info: byName.get(name)!, required: s.requiredHeaders.includes(name) })), problemTypes: [] }));
  const where = (test: (s: Status) => boolean) => statuses.filter(test);
  const organization = organizationOf(spec.organization);
  const problemTypes = (spec.problems ?? []).map((p) => problemTypeOf(p, organization, statuses)).sort((a, b) => compare(a.slug, b.slug));
  for (const p of problemTypes) (p.status.problemTypes as ProblemTypeInfo[]).push(p);
  const vendors = vendorsOf(statuses);
  return {
    organization,
    version,
    statuses,
    headers,
    official: where((s) => s.official),
    unofficial: where((s) => !s.official),
    errorStatuses: where((s) => s.hasErrorClass),
    responseStatuses: where((s) => s.hasResponse),
    problemStatuses: where((s) => s.hasProblemBody),
    classes: CLASSES.map((c) => classInfo(c, where((s) => s.class === c.key))),
    classesReference: CLASSES_REFERENCE,
    flags: FLAGS.map((f) => ({ ...f, codes: where((s) => s[f.key]).map((s) => s.code) })),
    noReverseLookup: where((s) => !s.reverseLookup).map((s) => s.code),
    ownVendor: vendors.find((v) => v.name === organization.name),
    otherVendors: vendors.filter((v) => v.name !== organization.name),
    problemDetails: problemDetailsOf(organization),
    problemTypes,
  };
}

/** A problem type with its URI, name, status and extensions sorted by name (validation made sure its status exists). */
function problemTypeOf(p: SpecProblem, organization: OrganizationInfo, statuses: readonly Status[]): ProblemTypeInfo {
  const name = problemName(p);
  return {
    slug: p.type,
    uri: `${organization.problemBase}${p.type}`,
    name,
    optionsName: `${name}Options`,
    extensionsName: `${name}Extensions`,
    status: statuses.find((s) => s.code === p.status)!,
    title: p.title,
    summary: p.summary.trim(),
    description: p.description.trim(),
    extensions: Object.entries(p.extensions ?? {})
      .map(([name, e]) => ({ name, description: e.description.trim(), schema: e.schema, required: e.required ?? false }))
      .sort((a, b) => compare(a.name, b.name)),
  };
}

function classInfo(c: StatusClassData, statuses: Status[]): StatusClassInfo {
  return { ...c, rangeKey: c.range.toUpperCase(), hasProblemBody: c.min >= 400, statuses, official: statuses.filter((s) => s.official), unofficial: statuses.filter((s) => !s.official) };
}

/** The header fields sorted by name, each with its error option and the codes that list it. */
function headersOf(spec: readonly HeaderData[], statuses: readonly Omit<Status, "headerFields" | "problemTypes">[]): HeaderInfo[] {
  return spec
    .map((h) => {
      const listing = statuses.filter((s) => s.headers.includes(h.name));
      return { ...h, option: headerOption(h.name), codes: listing.map((s) => s.code), errorCodes: listing.filter((s) => s.hasErrorClass).map((s) => s.code) };
    })
    .sort((a, b) => compare(a.name, b.name));
}

function normalizeCode(c: SpecCode, headerName: (name: string) => string): Omit<Status, "headerFields" | "problemTypes"> {
  const { key, name } = namesOf(c);
  const required = (c.requiredHeaders ?? []).map(headerName);
  const classData = CLASSES.find((k) => c.code >= k.min && c.code <= k.max);
  const noContent = c.noContent ?? false;
  const neverSent = c.neverSent ?? false;
  const hasErrorClass = (classData?.key === "client-error" || classData?.key === "server-error") && !neverSent;
  // A class whose code has header fields takes an options interface of its own, under its name and each former one.
  const hasOptions = hasErrorClass && (c.headers ?? []).length + required.length > 0;
  const legacyNames = c.legacyNames ?? [];
  return {
    code: c.code,
    phrase: c.phrase,
    key,
    name,
    class: classData?.key,
    official: c.vendor === undefined,
    registry: c.registry,
    vendor: c.vendor,
    summary: c.summary.trim(),
    description: c.description.trim(),
    reference: c.reference,
    aliases: c.aliases ?? [],
    legacyKeys: c.legacyKeys ?? [],
    legacyNames,
    deprecated: c.deprecated,
    reverseLookup: c.reverseLookup ?? true,
    cacheable: c.cacheable ?? false,
    noContent,
    noStore: c.noStore ?? false,
    retryable: c.retryable ?? false,
    redirect: c.redirect ?? false,
    neverSent,
    headers: [...(c.headers ?? []).map(headerName), ...required].sort(compare),
    requiredHeaders: required.sort(compare),
    otherMeanings: c.otherMeanings ?? [],
    classInfo: classData,
    hasErrorClass,
    optionsName: hasOptions ? `${name}Options` : undefined,
    legacyOptionsNames: hasOptions ? legacyNames.map((old) => `${old}Options`) : [],
    hasResponse: classData !== undefined,
    hasProblemBody: classData !== undefined && c.code >= 400 && !noContent && !neverSent,
  };
}

/** The vendors of unofficial codes (the organisation too), by name regardless of case (ties broken by code points, so the order is total), their ids unique among them all. */
function vendorsOf(statuses: readonly Status[]): VendorInfo[] {
  const names = [...new Set(statuses.flatMap((s) => (s.vendor === undefined ? [] : [s.vendor])))];
  const byName = (a: string, b: string) => compare(a.toLowerCase(), b.toLowerCase()) || compare(a, b);
  const taken = new Set<string>();
  const idOf = (name: string) => {
    const base = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "vendor";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return taken.add(id), id;
  };
  return names.sort(byName).map((name) => ({ name, id: idOf(name), statuses: statuses.filter((s) => s.vendor === name) }));
}

/** Code-point order, independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
