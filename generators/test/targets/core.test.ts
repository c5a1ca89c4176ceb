import { Node, Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { core } from "../../src/targets/core.js";
import { GLOBALS_USED } from "../../src/targets/core/names.js";
import { safeDocText } from "../../src/targets/core/jsdoc.js";
import { GENERATED_NOTICE } from "../../src/targets/format.js";
import { compileCores } from "../support/typescript.js";
import { errorsModel } from "./core-errors.fixture.js";
import { fixtureModel } from "./core.fixture.js";

const files = core.generate(fixtureModel);
const text = (name: string) => files.find((f) => f.path === name)?.content;

describe("core target", () => {
  it("emits one module per table, each with the notice", () => {
    expect(files.map((f) => f.path)).toEqual(["classes.ts", "codes.ts", "error-table.ts", "errors.ts", "flags.ts", "phrases.ts", "problem-types.ts", "status-code.ts", "statuses.ts"]);
    for (const f of files) expect(f.content.startsWith(`// ${GENERATED_NOTICE}\n`)).toBe(true);
  });

  it("never emits an enum, and never lets spec text close a comment", () => {
    for (const f of files) {
      expect(f.content).not.toMatch(/\benum\b/);
      // In comment lines, the only `*/` is the one that closes the comment, at the end of its line.
      const commentLines = f.content.split("\n").filter((l) => /^\s*(\/\*\*|\*)/.test(l) && l.includes("*/"));
      for (const line of commentLines) expect(line).toMatch(/^\s*(\/\*\*.*)?\*\/$/);
    }
    const project = new Project({ useInMemoryFileSystem: true });
    const member = project.createSourceFile("s.ts", text("status-code.ts")).getInterfaceOrThrow("StatusCodeConstants").getPropertyOrThrow("CONTENT_TOO_LARGE");
    const [jsDoc] = member.getJsDocs();
    expect(jsDoc?.getDescription()).toContain("A comment ends with *\\/ in C, so this must not close the JSDoc.");
    expect(jsDoc?.getTags().map((t) => t.getTagName())).toEqual(["see"]);
  });

  it.each([
    ["ends a comment */ here", "ends a comment *\\/ here"],
    ["@param at the start of a line", "\\@param at the start of a line"],
    ["mail me@example.com", "mail me@example.com"],
    ["a\r\nb", "a\nb"],
  ])("safeDocText(%j) is %j", (given, want) => {
    expect(safeDocText(given)).toBe(want);
  });

  it("writes StatusCode with full JSDoc, deprecated legacy keys and literal unions", () => {
    expect(text("status-code.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /** The shape of \`StatusCode\`: one read-only constant per key, documented from the spec. */
      export interface StatusCodeConstants {
        /**
         * 200 OK: It worked.
         *
         * The request succeeded.
         *
         * IANA registry: permanent.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1 | RFC 9110, Section 15.3.1}
         */
        readonly OK: 200;
        /**
         * 305 Use Proxy: Go through a proxy.
         *
         * Was never safe.
         *
         * IANA registry: permanent.
         * @deprecated RFC 9110 deprecates it for security reasons.
         */
        readonly USE_PROXY: 305;
        /**
         * 413 Content Too Large: The content is larger than the server accepts.
         *
         * A comment ends with *\\/ in C, so this must not close the JSDoc.
         * \\@param is not a tag here.
         *
         * IANA registry: permanent.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110, Section 15.5.14}
         */
        readonly CONTENT_TOO_LARGE: 413;
        /**
         * 413 Content Too Large, under its former constant name PAYLOAD_TOO_LARGE.
         * @deprecated Use StatusCode.CONTENT_TOO_LARGE
         */
        readonly PAYLOAD_TOO_LARGE: 413;
        /**
         * 999 Request Denied: LinkedIn refused the request.
         *
         * Sent to clients it takes for scrapers.
         *
         * Unofficial: used by LinkedIn. Example uses 999 for "Other".
         */
        readonly REQUEST_DENIED: 999;
      }

      /** Every status code in the spec, official or not. */
      export type StatusCode = 200 | 305 | 413 | 999;
      /** A key of \`StatusCode\`, legacy keys included. */
      export type StatusCodeKey = keyof StatusCodeConstants;
      /**
       * Every 1xx (Informational) code in the spec.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type InformationalStatusCode = never;
      /**
       * Every 2xx (Successful) code in the spec.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type SuccessStatusCode = 200;
      /**
       * Every 3xx (Redirection) code in the spec.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type RedirectionStatusCode = 305;
      /**
       * Every 4xx (Client Error) code in the spec.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type ClientErrorStatusCode = 413;
      /**
       * Every 5xx (Server Error) code in the spec.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type ServerErrorStatusCode = never;
      /** Every code registered with IANA. */
      export type OfficialStatusCode = 200 | 305 | 413;
      /** Every vendor code in the spec that IANA does not register. */
      export type UnofficialStatusCode = 999;

      /** Every status code in the spec, ascending. */
      export const STATUS_CODES: readonly StatusCode[] = [200, 305, 413, 999];
      "
    `);
  });

  it("writes the phrase tables", () => {
    expect(text("phrases.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import type { StatusCode } from "./status-code.js";

      /** The reason phrase of every code, as literal types. */
      export interface ReasonPhrases {
        /** 200 OK: It worked. */
        readonly 200: "OK";
        /** 305 Use Proxy: Go through a proxy. */
        readonly 305: "Use Proxy";
        /** 413 Content Too Large: The content is larger than the server accepts. */
        readonly 413: "Content Too Large";
        /** 999 Request Denied: LinkedIn refused the request. */
        readonly 999: "Request Denied";
      }

      /** Every reason phrase, in code order. */
      export const PHRASE_LIST: readonly string[] = [
        "OK",
        "Use Proxy",
        "Content Too Large",
        "Request Denied",
      ];

      /** The codes of \`PHRASE_LIST\`, each as its distance from the one before (smaller in a bundle than the codes). */
      export const PHRASE_CODE_STEPS: readonly number[] = [200, 105, 108, 586];

      /** Former and variant phrases that \`getStatusCode\` also accepts, with their codes. */
      export const PHRASE_ALIASES: readonly (readonly [string, StatusCode])[] = [
        ["Payload Too Large", 413],
      ];

      /** Codes whose phrase \`getStatusCode\` does not accept (a vendor phrase that repeats another code's). */
      export const NO_REVERSE_LOOKUP: readonly StatusCode[] = [];
      "
    `);
  });

  it("writes one list per flag and the classes", () => {
    expect(text("flags.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import type { StatusCode } from "./status-code.js";

      /** Codes a cache may store without explicit freshness (RFC 9110, Section 15.1). */
      export const CACHEABLE_CODES: readonly StatusCode[] = [200];

      /** Codes whose responses never carry content. */
      export const NO_CONTENT_CODES: readonly StatusCode[] = [];

      /** Codes after which a client may repeat the same request unchanged after a delay. */
      export const RETRYABLE_CODES: readonly StatusCode[] = [413];

      /** Codes that send the client to the \`Location\` header. */
      export const REDIRECT_CODES: readonly StatusCode[] = [];
      "
    `);
    expect(text("classes.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /**
       * The class of a code by its first digit.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
       */
      export type StatusClass = "informational" | "success" | "redirection" | "client-error" | "server-error";

      /** The classes in order: index 0 is 1xx, index 4 is 5xx. */
      export const STATUS_CLASSES: readonly StatusClass[] = ["informational", "success", "redirection", "client-error", "server-error"];
      "
    `);
  });

  it("writes one named constant per key", () => {
    expect(text("codes.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /**
       * 200 OK: It worked.
       *
       * The request succeeded.
       *
       * IANA registry: permanent.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1 | RFC 9110, Section 15.3.1}
       */
      export const OK = 200;
      /**
       * 305 Use Proxy: Go through a proxy.
       *
       * Was never safe.
       *
       * IANA registry: permanent.
       * @deprecated RFC 9110 deprecates it for security reasons.
       */
      export const USE_PROXY = 305;
      /**
       * 413 Content Too Large: The content is larger than the server accepts.
       *
       * A comment ends with *\\/ in C, so this must not close the JSDoc.
       * \\@param is not a tag here.
       *
       * IANA registry: permanent.
       * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110, Section 15.5.14}
       */
      export const CONTENT_TOO_LARGE = 413;
      /**
       * 413 Content Too Large, under its former constant name PAYLOAD_TOO_LARGE.
       * @deprecated Use StatusCode.CONTENT_TOO_LARGE
       */
      export const PAYLOAD_TOO_LARGE = 413;
      /**
       * 999 Request Denied: LinkedIn refused the request.
       *
       * Sent to clients it takes for scrapers.
       *
       * Unofficial: used by LinkedIn. Example uses 999 for "Other".
       */
      export const REQUEST_DENIED = 999;
      "
    `);
  });

  it("writes every field of every record, undefined included", () => {
    expect(text("statuses.ts")).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import type { StatusInfo } from "../types.js";

      /** The spec's record of every code, ascending (frozen by the public layer). */
      export const STATUS_DATA: readonly StatusInfo[] = [
        {
          code: 200,
          phrase: "OK",
          key: "OK",
          name: "Ok",
          class: "success",
          official: true,
          registry: "permanent",
          vendor: undefined,
          summary: "It worked.",
          description: "The request succeeded.",
          reference: { title: "RFC 9110, Section 15.3.1", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1" },
          aliases: [],
          legacyKeys: [],
          legacyNames: [],
          deprecated: undefined,
          reverseLookup: true,
          cacheable: true,
          noContent: false,
          noStore: false,
          retryable: false,
          redirect: false,
          neverSent: false,
          headers: [],
          requiredHeaders: [],
          otherMeanings: [],
        },
        {
          code: 305,
          phrase: "Use Proxy",
          key: "USE_PROXY",
          name: "UseProxy",
          class: "redirection",
          official: true,
          registry: "permanent",
          vendor: undefined,
          summary: "Go through a proxy.",
          description: "Was never safe.",
          reference: undefined,
          aliases: [],
          legacyKeys: [],
          legacyNames: [],
          deprecated: "RFC 9110 deprecates it for security reasons.",
          reverseLookup: true,
          cacheable: false,
          noContent: false,
          noStore: false,
          retryable: false,
          redirect: false,
          neverSent: false,
          headers: [],
          requiredHeaders: [],
          otherMeanings: [],
        },
        {
          code: 413,
          phrase: "Content Too Large",
          key: "CONTENT_TOO_LARGE",
          name: "ContentTooLarge",
          class: "client-error",
          official: true,
          registry: "permanent",
          vendor: undefined,
          summary: "The content is larger than the server accepts.",
          description: "A comment ends with */ in C, so this must not close the JSDoc.\\n@param is not a tag here.",
          reference: { title: "RFC 9110, Section 15.5.14", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14" },
          aliases: ["Payload Too Large"],
          legacyKeys: ["PAYLOAD_TOO_LARGE"],
          legacyNames: [],
          deprecated: undefined,
          reverseLookup: true,
          cacheable: false,
          noContent: false,
          noStore: false,
          retryable: true,
          redirect: false,
          neverSent: false,
          headers: ["Retry-After"],
          requiredHeaders: [],
          otherMeanings: [],
        },
        {
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
          aliases: [],
          legacyKeys: [],
          legacyNames: [],
          deprecated: undefined,
          reverseLookup: true,
          cacheable: false,
          noContent: false,
          noStore: false,
          retryable: false,
          redirect: false,
          neverSent: false,
          headers: [],
          requiredHeaders: [],
          otherMeanings: [{ vendor: "Example", phrase: "Other", description: "Something else." }],
        },
      ];
      "
    `);
  });

  it("type-checks with the hand-written layer of @org/status-core, with this fixture's model (a spec without problem types) and core-errors.test's, in one program", () => {
    // The first copy is also what an organisation without problem types gets (the real spec's codes would add only time).
    expect(fixtureModel.problemTypes).toEqual([]);
    const { diagnostics, project } = compileCores([
      {
        generated: files,
        files: {
          "src/use.ts": [
            'import { StatusCode, getReasonPhrase, type ReasonPhrase } from "./index.js";',
            "const large: 413 = StatusCode.PAYLOAD_TOO_LARGE;",
            'const phrase: "Content Too Large" = getReasonPhrase(413);',
            'const ok: ReasonPhrase<200> = "OK";',
            "// @ts-expect-error: the literal type of 999's phrase is not 200's",
            "const mismatch: ReasonPhrase<200> = getReasonPhrase(999);",
            "export { large, phrase, ok, mismatch };",
          ].join("\n"),
        },
      },
      {
        generated: core.generate(errorsModel),
        files: {
          "src/use.ts": [
            'import { createHttpError, HttpError, RateLimited, SlowDown, TooManyRequests, Unauthorized, type RateLimitedExtensions, type SlowDownOptions } from "./errors.js";',
            "const old: TooManyRequests = new SlowDown({ retryAfter: 5 });",
            "const options: SlowDownOptions = { retryAfter: new Date(0) };",
            "const created: TooManyRequests<{ limit: number }> = createHttpError(429, { extensions: { limit: 10 } });",
            "const status: 401 = new Unauthorized({ wwwAuthenticate: 'Bearer' }).status;",
            "// @ts-expect-error: a 401 must carry WWW-Authenticate",
            "new Unauthorized();",
            "// @ts-expect-error: and so must createHttpError(401)",
            "createHttpError(401);",
            "const logged: HttpError<499> = createHttpError(499);",
            "// A problem type's class: its code's class with its type URI, literal status and typed extensions, the required ones required.",
            "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
            "const limited = new RateLimited({ retryAfter: 5, extensions: { limit: 10 } });",
            "const base: TooManyRequests<RateLimitedExtensions> = limited;",
            "const exact: [Equal<typeof limited.status, 429>, Equal<typeof limited.type, typeof RateLimited.type>, Equal<typeof limited.extensions.limit, number>, Equal<ReturnType<typeof limited.toProblem>['plans'], string[] | undefined>] = [true, true, true, true];",
            "// @ts-expect-error: limit is a required extension",
            "new RateLimited({ extensions: {} });",
            "// @ts-expect-error: the options, with limit, are required",
            "new RateLimited('Slow down.');",
            "// @ts-expect-error: the class fixes its type",
            "new RateLimited({ type: 'about:blank', extensions: { limit: 1 } });",
            "// @ts-expect-error: limit is an integer",
            "new RateLimited({ extensions: { limit: '10' } });",
            "export { old, options, created, status, logged, base, exact };",
          ].join("\n"),
        },
      },
    ]);
    expect(diagnostics).toEqual([]);
    // Editors strike a former name through because its JSDoc carries @deprecated as a tag, not as text.
    const errors = project.getSourceFileOrThrow("/c1/src/generated/errors.ts");
    const statement = errors.getVariableStatementOrThrow("SlowDown");
    expect(statement.getJsDocs()[0]?.getTags().map((t) => t.getText().trim())).toEqual(["@deprecated Use TooManyRequests"]);
    // The built-ins the errors module refers to (with a problem type, every shape) are the ones the core target's name rule keeps free
    // (a member of one, `hasInstance` in `Symbol.hasInstance`, is not a name the module could hide).
    const globals = new Set<string>();
    errors.forEachDescendant((node) => {
      const member = Node.isPropertyAccessExpression(node.getParent()) && node.getParent()?.getLastChild() === node;
      const declarations = Node.isIdentifier(node) && !member ? (node.getSymbol()?.getDeclarations() ?? []) : [];
      if (declarations.length > 0 && declarations.every((d) => d.getSourceFile().isInNodeModules())) globals.add(node.getText());
    });
    expect([...globals].sort()).toEqual([...GLOBALS_USED].sort());
  });
});
