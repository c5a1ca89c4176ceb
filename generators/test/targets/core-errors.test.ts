import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Project, SyntaxKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { core } from "../../src/targets/core.js";
import { ERROR_OPTIONS, headerOption } from "../../src/pipeline/naming.js";
import { modelOf } from "../support/model.js";
import { errorsModel } from "./core-errors.fixture.js";

const coreSrc = join(dirname(fileURLToPath(import.meta.url)), "../../../packages/core/src");
const model = errorsModel;
const files = core.generate(model);
const errors = files.find((f) => f.path === "errors.ts")!.content;

describe("core target: the table createHttpError makes classes from", () => {
  it("has a line per code from 400 (gaps skipped), header fields after CRs, and the names the runtime rule would miss", () => {
    const odd = modelOf([
      { code: 400, phrase: "Bad Request" },
      { code: 402, phrase: "I'm Odd", headers: ["Retry-After"] },
      { code: 429, phrase: "Too Many Requests", headers: ["Retry-After"] },
      { code: 503, phrase: "Unavailable", name: "ServiceGone" },
    ]);
    expect(core.generate(odd).find((f) => f.path === "error-table.ts")!.content).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /** A line per code from 400: the title of its class, then its header fields after CRs; an empty line for a code without a class, a line \`\\r<count>\` for a run of them. */
      export const ERROR_TITLES: string = \`Bad Request

      I'm Odd\\rRetry-After
      \\r26
      Too Many Requests\\rRetry-After
      \\r73
      Unavailable\`;

      /** Class names that do not follow from the title (its words capitalised and joined), by code. */
      export const ERROR_NAMES: { readonly [code: number]: string } = {
        402: "ImOdd",
        503: "ServiceGone",
      };
      "
    `);
  });
});

describe("core target: error classes", () => {
  it("gives a class to every 4xx and 5xx code a server can send: not 2xx, not neverSent, not vendor codes above 599", () => {
    expect(model.errorStatuses.map((s) => s.code)).toEqual([401, 429, 510]);
  });

  it("takes the names of the options interfaces from normalize: one for a class with header fields, under each former name too", () => {
    expect(model.statuses.map((s) => [s.code, s.optionsName, s.legacyOptionsNames])).toEqual([
      [200, undefined, []],
      [401, "UnauthorizedOptions", []],
      [429, "TooManyRequestsOptions", ["SlowDownOptions"]],
      [499, undefined, []],
      [510, undefined, []],
      [783, undefined, []],
    ]);
  });

  it("knows the option names HttpErrorOptions takes, so that no header option repeats one", () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile("http-error.ts", readFileSync(join(coreSrc, "http-error.ts"), "utf8"));
    const options = source.getInterfaceOrThrow("HttpErrorOptions").getProperties().map((p) => p.getName());
    expect([...ERROR_OPTIONS].sort()).toEqual(options.sort());
  });

  it.each([
    ["Retry-After", "retryAfter"],
    ["WWW-Authenticate", "wwwAuthenticate"],
    ["Accept-Encoding", "acceptEncoding"],
    ["Content-MD5", "contentMd5"],
    ["Allow", "allow"],
    ["X-1st", "x1st"],
    ["Type", "typeHeader"],
    ["Headers", "headersHeader"],
  ])("the option for header %s is %s", (header, option) => {
    expect(headerOption(header)).toBe(option);
  });

  // The file itself is pnpm gen --check's to keep; these are what it must say, read back with ts-morph.
  const source = new Project({ useInMemoryFileSystem: true }).createSourceFile("errors.ts", errors);
  const staticOf = (name: string, field: string) => `${field} = ${source.getClassOrThrow(name).getStaticPropertyOrThrow(field).asKindOrThrow(SyntaxKind.PropertyDeclaration).getInitializerOrThrow().getText()};`;

  it("parses, and has a class per code that gets one, with its literal status, name and title", () => {
    expect(source.getProject().getProgram().getSyntacticDiagnostics(source).map((d) => d.getMessageText())).toEqual([]);
    expect(source.getClasses().map((c) => c.getName())).toEqual([...model.errorStatuses, ...model.problemTypes].map((s) => s.name));
    for (const s of model.errorStatuses) {
      const cls = source.getClassOrThrow(s.name);
      expect(cls.getExtends()?.getText()).toBe(`HttpError<${s.code}, X>`);
      expect(staticOf(s.name, "status")).toContain(`status = ${s.code};`);
      expect(staticOf(s.name, "name")).toContain(`name = ${JSON.stringify(s.name)};`);
      expect(staticOf(s.name, "title")).toContain(`title = ${JSON.stringify(s.phrase)};`);
    }
  });

  it("gives a problem type a class on its code's, with its type URI fixed and its extensions typed, a required one required", () => {
    const [p] = model.problemTypes;
    expect(p?.status.code).toBe(429);
    const cls = source.getClassOrThrow(p!.name);
    expect(cls.getExtends()?.getText()).toBe(`${p!.status.name}<${p!.extensionsName}>`);
    expect(staticOf(p!.name, "type")).toContain(`type = ${JSON.stringify(p!.uri)};`);
    expect(staticOf(p!.name, "title")).toContain(`title = ${JSON.stringify(p!.title)};`);
    expect(cls.getInstancePropertyOrThrow("type").asKindOrThrow(SyntaxKind.PropertyDeclaration).getTypeNode()?.getText()).toBe(JSON.stringify(p!.uri));
    const members = source.getInterfaceOrThrow(p!.extensionsName).getProperties().map((m) => [m.getName(), m.getTypeNode()?.getText(), m.hasQuestionToken()]);
    expect(members).toEqual([
      ["limit", "number", false],
      ["plans", "string[]", true],
    ]);
    // Its options are its code's, with the header options kept, but type fixed and the extensions required.
    expect(source.getTypeAliasOrThrow(p!.optionsName).getTypeNode()?.getText()).toBe(
      `Omit<${p!.status.optionsName}<${p!.extensionsName}>, "type" | "extensions"> & { extensions: ${p!.extensionsName} }`,
    );
  });

  it("gives a class with header fields its own options interface, a required field a required option, and sets the fields from the options", () => {
    expect(source.getInterfaces().map((i) => i.getName()).filter((n) => n.endsWith("Options") && n !== "HttpErrorHeaderOptions")).toEqual(["UnauthorizedOptions", "TooManyRequestsOptions"]);
    const option = (iface: string, name: string) => source.getInterfaceOrThrow(iface).getPropertyOrThrow(name);
    expect(option("UnauthorizedOptions", "wwwAuthenticate").hasQuestionToken()).toBe(false);
    expect(option("TooManyRequestsOptions", "retryAfter").hasQuestionToken()).toBe(true);
    // A required header field makes the options a required argument: the overloads leave no call without them.
    expect(source.getClassOrThrow("Unauthorized").getConstructors()[0]!.getOverloads().map((o) => o.getParameters().map((p) => p.getText()))).toEqual([
      ["options: UnauthorizedOptions<X>"],
      ["detail: string | Error | undefined", "options: UnauthorizedOptions<X>"],
    ]);
    expect(source.getClassOrThrow("TooManyRequests").getConstructors()[0]!.getBodyText()).toContain('setHeaderOptions(this, options ?? detail, ["Retry-After"]);');
    expect(source.getClassOrThrow("NotExtended").getConstructors()[0]!.getBodyText()).not.toContain("setHeaderOptions");
    expect(source.getInterfaceOrThrow("HttpErrorOptionsByCode").getProperties().map((p) => [p.getName(), p.getTypeNode()?.getText()])).toEqual([
      ["401", "UnauthorizedOptions<X>"],
      ["429", "TooManyRequestsOptions<X>"],
      ["510", "HttpErrorOptions<X>"],
    ]);
  });

  it("offers every header option of an error code for codes known only at run time, and no other", () => {
    expect(source.getInterfaceOrThrow("HttpErrorHeaderOptions").getProperties().map((p) => [p.getName(), p.hasQuestionToken()])).toEqual([
      ["retryAfter", true],
      ["wwwAuthenticate", true],
    ]);
  });

  it("keeps a former name as a deprecated constant, type and options type, and marks a deprecated code's class, with @deprecated tags", () => {
    const deprecation = (node: { getJsDocs(): { getTags(): { getText(): string }[] }[] }) => node.getJsDocs().flatMap((d) => d.getTags().map((t) => t.getText().trim()));
    expect(deprecation(source.getVariableStatementOrThrow("SlowDown"))).toEqual(["@deprecated Use TooManyRequests"]);
    expect(source.getTypeAliasOrThrow("SlowDown").getTypeNode()?.getText()).toBe("TooManyRequests<X>");
    expect(source.getTypeAliasOrThrow("SlowDownOptions").getTypeNode()?.getText()).toBe("TooManyRequestsOptions<X>");
    expect(deprecation(source.getTypeAliasOrThrow("SlowDownOptions"))).toEqual(["@deprecated Use TooManyRequests"]);
    expect(deprecation(source.getClassOrThrow("NotExtended"))).toEqual(["@deprecated Obsoleted by RFC 9110."]);
  });

  it("keeps the spec's text inside the class's JSDoc: a */ does not close it and an @ at a line's start is no tag", () => {
    const [jsDoc] = source.getClassOrThrow("TooManyRequests").getJsDocs();
    expect(jsDoc?.getDescription()).toContain("Ends a comment *\\/ here.");
    expect(jsDoc?.getTags()).toEqual([]);
  });

  it("types every other status from 400 to 599 as unclassed, a code that is only logged (499) among them", () => {
    const members = source.getTypeAliasOrThrow("UnclassedErrorStatus").getTypeNode()!.getText().split("|").map((m) => m.trim()).filter(Boolean).map(Number);
    const classed = model.errorStatuses.map((s) => s.code);
    expect(members).toEqual(Array.from({ length: 200 }, (_, i) => 400 + i).filter((c) => !classed.includes(c)));
    expect(members).toContain(499);
  });

  // That these classes type-check with the hand-written layer is checked in core.test.ts, in one program with the core fixture.
});
