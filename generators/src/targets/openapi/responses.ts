import type { Model, Status } from "../../model.js";
import type { JsonObject } from "./json.js";

/** Whether a response for this code carries a problem details body: every error code (400 and up) that may have content. */
export function hasProblemBody(status: Status): boolean {
  return status.code >= 400 && !status.noContent;
}

/** One response component per code, keyed by the code's PascalCase name, in code order. */
export function responseComponents(model: Model): Record<string, JsonObject> {
  return Object.fromEntries(model.statuses.map((s) => [s.name, response(s, model.problemDetails.mediaType)]));
}

/** The response component of one code. */
export function response(status: Status, problemMediaType: string): JsonObject {
  return {
    description: responseDescription(status),
    ...(status.headers.length > 0 && { headers: Object.fromEntries(status.headers.map((n) => [n, { $ref: `#/components/headers/${n}` }])) }),
    ...(hasProblemBody(status) && { content: { [problemMediaType]: problemContent(status) } }),
    "x-status-code": status.code,
    ...(!status.official && { "x-unofficial": true, "x-vendor": status.vendor ?? "unknown" }),
    ...(status.deprecated !== undefined && { "x-deprecated": status.deprecated }),
  };
}

/** The problem details body of an error code, with an example whose status and title match the code. */
function problemContent(status: Status): JsonObject {
  return {
    schema: { $ref: "#/components/schemas/ProblemDetails" },
    example: { type: "about:blank", title: status.phrase, status: status.code },
  };
}

/** Markdown: the status line, the summary, then notes (deprecation, vendor, other meanings) and the reference. */
export function responseDescription(s: Status): string {
  const notes = [
    s.deprecated && `**Deprecated:** ${s.deprecated}`,
    !s.official && `**Unofficial:** used by ${s.vendor}; not registered with IANA.`,
    s.official && s.registry && s.registry !== "permanent" && `IANA registration: ${s.registry}.`,
    ...s.otherMeanings.map((o) => `Also used by ${o.vendor} as "${o.phrase}": ${o.description}`),
    s.reference && `See [${s.reference.title}](${s.reference.url}).`,
  ];
  return [`${s.code} ${s.phrase}`, s.summary, ...notes].filter((p): p is string => typeof p === "string" && p !== "").join("\n\n");
}
