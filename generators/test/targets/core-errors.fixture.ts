import { HEADERS, modelOf } from "../support/model.js";

const reference = { title: "RFC 9110, Section 11.6.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1" };

/**
 * One code of each shape the errors module treats differently, codes that get no class, and a problem type on a code
 * with header options, with a required and an optional extension member.
 */
export const errorsModel = modelOf(
  [
    { code: 200, phrase: "OK" },
    { code: 401, phrase: "Unauthorized", summary: "Credentials missing.", requiredHeaders: ["WWW-Authenticate"] },
    {
      code: 429,
      phrase: "Too Many Requests",
      summary: "Slow down.",
      description: "Ends a comment */ here.\n@param is not a tag.",
      headers: ["Retry-After"],
      legacyNames: ["SlowDown"],
      retryable: true,
    },
    { code: 499, phrase: "Client Closed Request", vendor: "nginx", neverSent: true },
    { code: 510, phrase: "Not Extended", summary: "Extensions needed.", deprecated: "Obsoleted by RFC 9110." },
    { code: 783, phrase: "Unexpected Token", vendor: "Shopify" },
  ],
  {
    headers: [...HEADERS, { name: "WWW-Authenticate", description: "How to authenticate.", reference }],
    problems: [
      {
        type: "rate-limited",
        status: 429,
        title: "You sent too many requests",
        summary: "The plan's request rate was exceeded.",
        description: "Wait for the time Retry-After gives.",
        extensions: {
          limit: { description: "Requests allowed per minute.", schema: { type: "integer" }, required: true },
          plans: { description: "Plans with a higher limit.", schema: { type: "array", items: { type: "string" } } },
        },
      },
    ],
  },
);
