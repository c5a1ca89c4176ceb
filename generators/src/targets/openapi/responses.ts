import type { HeaderInfo, Model, Status } from "../../model.js";
import type { JsonObject } from "./json.js";
import { PROBLEM_REF } from "./refs.js";

/**
 * One response component per code that can be a response key, keyed by the code's PascalCase name, in code order; each former
 * name (`legacyNames`) follows its code as a deprecated alias that `$ref`s the current one.
 */
export function responseComponents(model: Model): Record<string, JsonObject> {
  return Object.fromEntries(
    model.responseStatuses.flatMap((s) => {
      const current = response(s, model, PROBLEM_REF);
      return [[s.name, current], ...s.legacyNames.map((old) => [old, legacyAlias(s, old, current)] as const)];
    }),
  );
}

/**
 * The same responses with nothing to resolve, for frameworks that build their document in code: `problemSchema` (the
 * ProblemDetails schema itself) written into each error response instead of the reference; current names only.
 */
export function selfContainedResponses(model: Model, problemSchema: JsonObject): Record<string, JsonObject> {
  return Object.fromEntries(model.responseStatuses.map((s) => [s.name, response(s, model, problemSchema)]));
}

/** The response of one code; its problem body's schema is `problemSchema` with `status` pinned to the code. */
function response(status: Status, model: Model, problemSchema: JsonObject): JsonObject {
  const headers = status.headerFields;
  return {
    description: responseDescription(status),
    ...(headers.length > 0 && { headers: Object.fromEntries(headers.map((f) => [f.info.name, header(f.info, f.required)])) }),
    ...(status.hasProblemBody && { content: { [model.problemDetails.mediaType]: problemContent(status, problemSchema) } }),
    "x-status-code": status.code,
    ...(!status.official && { "x-unofficial": true, "x-vendor": status.vendor ?? "unknown" }),
    ...(status.deprecated !== undefined && { "x-deprecated": status.deprecated }),
  };
}

/**
 * A header of one response, written out rather than `$ref`ed: a Reference Object cannot say `required`, and tools read a `$ref`ed
 * header as they please (openapi-typescript types every one as present). `components/headers` still holds each field for your own responses.
 */
export function header(h: HeaderInfo, required: boolean): JsonObject {
  return {
    description: headerDescription(h),
    ...(required && { required: true }),
    schema: { type: "string" },
    ...(h.example !== undefined && { example: h.example }),
  };
}

/** A header field's description: what it says, and where it is defined. */
export function headerDescription(h: HeaderInfo): string {
  return h.reference ? `${h.description}\n\nSee [${h.reference.title}](${h.reference.url}).` : h.description;
}

/**
 * The problem details body of an error code: `ProblemDetails` with `status` pinned to the code (so mocks and code generators
 * keep to it), and an example whose status and title match the code.
 */
function problemContent(status: Status, problemSchema: JsonObject): JsonObject {
  return {
    schema: { allOf: [problemSchema, { properties: { status: { const: status.code } } }] },
    example: { type: "about:blank", title: status.phrase, status: status.code },
  };
}

/** A former name of a response: a `$ref` to the current one, whose description (3.1 lets a reference override it) says it is deprecated. */
function legacyAlias(status: Status, old: string, current: JsonObject): JsonObject {
  const note = `**Deprecated name:** \`${old}\` is the former name of this response; refer to \`${status.name}\` instead.`;
  return { $ref: `#/components/responses/${status.name}`, description: `${current.description as string}\n\n${note}` };
}

/** Markdown: the status line, the summary, then notes (never sent, deprecation, vendor, other meanings) and the reference. */
export function responseDescription(s: Status): string {
  const notes = [
    s.neverSent && "**Never sent:** servers and proxies only write this code to their logs; no client ever receives a response with it, so the response has no content.",
    s.deprecated && `**Deprecated:** ${s.deprecated}`,
    !s.official && `**Unofficial:** used by ${s.vendor}; not registered with IANA.`,
    s.official && s.registry && s.registry !== "permanent" && `IANA registration: ${s.registry}.`,
    ...s.otherMeanings.map((o) => `Also used by ${o.vendor} as "${o.phrase}": ${o.description}`),
    s.reference && `See [${s.reference.title}](${s.reference.url}).`,
  ];
  return [`${s.code} ${s.phrase}`, s.summary, ...notes].filter((p): p is string => typeof p === "string" && p !== "").join("\n\n");
}
