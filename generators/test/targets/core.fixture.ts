import { modelOf } from "../support/model.js";

/** Four codes covering every shape the core target emits: a legacy key, a deprecation, a vendor code with no class, hostile text. */
export const fixtureModel = modelOf([
  { code: 200, phrase: "OK", summary: "It worked.", description: "The request succeeded.", reference: { title: "RFC 9110, Section 15.3.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1" }, cacheable: true },
  { code: 305, phrase: "Use Proxy", summary: "Go through a proxy.", description: "Was never safe.", deprecated: "RFC 9110 deprecates it for security reasons." },
  {
    code: 413,
    phrase: "Content Too Large",
    summary: "The content is larger than the server accepts.",
    description: "A comment ends with */ in C, so this must not close the JSDoc.\n@param is not a tag here.",
    reference: { title: "RFC 9110, Section 15.5.14", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14" },
    aliases: ["Payload Too Large"],
    legacyKeys: ["PAYLOAD_TOO_LARGE"],
    retryable: true,
    headers: ["Retry-After"],
  },
  {
    code: 999,
    phrase: "Request Denied",
    vendor: "LinkedIn",
    summary: "LinkedIn refused the request.",
    description: "Sent to clients it takes for scrapers.",
    otherMeanings: [{ vendor: "Example", phrase: "Other", description: "Something else." }],
  },
]);
