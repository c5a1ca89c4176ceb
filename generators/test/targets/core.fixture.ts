import type { Model, Status } from "../../src/model.js";
import { CLASSES } from "../../src/pipeline/normalize.js";

const base = {
  official: true,
  registry: "permanent",
  vendor: undefined,
  aliases: [],
  legacyKeys: [],
  deprecated: undefined,
  cacheable: false,
  noContent: false,
  noStore: false,
  retryable: false,
  redirect: false,
  headers: [],
  otherMeanings: [],
} as const satisfies Partial<Status>;

/** Four codes covering every shape the core target emits: a legacy key, a deprecation, a vendor code with no class, hostile text. */
export const fixtureModel: Model = {
  version: "1.2.3",
  headers: [],
  classes: CLASSES,
  statuses: [
    { ...base, code: 200, phrase: "OK", key: "OK", name: "Ok", class: "success", summary: "It worked.", description: "The request succeeded.", reference: { title: "RFC 9110, Section 15.3.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1" }, cacheable: true },
    { ...base, code: 305, phrase: "Use Proxy", key: "USE_PROXY", name: "UseProxy", class: "redirection", summary: "Go through a proxy.", description: "Was never safe.", reference: undefined, deprecated: "RFC 9110 deprecates it for security reasons." },
    {
      ...base,
      code: 413,
      phrase: "Content Too Large",
      key: "CONTENT_TOO_LARGE",
      name: "ContentTooLarge",
      class: "client-error",
      summary: "The content is larger than the server accepts.",
      description: "A comment ends with */ in C, so this must not close the JSDoc.\n@param is not a tag here.",
      reference: { title: "RFC 9110, Section 15.5.14", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14" },
      aliases: ["Payload Too Large"],
      legacyKeys: ["PAYLOAD_TOO_LARGE"],
      retryable: true,
      headers: ["Retry-After"],
    },
    {
      ...base,
      code: 999,
      phrase: "Request Denied",
      key: "REQUEST_DENIED",
      name: "RequestDenied",
      class: undefined,
      official: false,
      registry: undefined,
      vendor: "LinkedIn",
      summary: "LinkedIn refused the request.",
      description: "Sent to clients it takes for scrapers.",
      reference: undefined,
      otherMeanings: [{ vendor: "Example", phrase: "Other", description: "Something else." }],
    },
  ],
};
