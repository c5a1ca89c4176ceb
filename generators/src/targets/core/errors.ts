/** `status-core/errors`: one error class per 4xx and 5xx code, and the header options they take. */
import {
  type ClassDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  VariableDeclarationKind,
} from "ts-morph";
import type { HeaderField, HeaderInfo, Model, Status } from "../../model.js";
import { constStatement, type ModuleContent, objectLiteral, templateLines, unionStatement } from "../typescript.js";
import { doc, statusDoc } from "./jsdoc.js";
import { problemTypeStatements } from "./problem-types.js";

const listOf = (codes: readonly number[]) => (codes.length === 1 ? String(codes[0]) : `${codes.slice(0, -1).join(", ")} and ${codes.at(-1)}`);

/** Every option that sets a header field, for an error whose code is known only at run time. */
function headerOptionsInterface(model: Model): OptionalKind<InterfaceDeclarationStructure> {
  return {
    name: "HttpErrorHeaderOptions",
    isExported: true,
    docs: ["Options that set a response header field: one for every header the spec ties to an error code."],
    // Sorted by name; the core target's validate hook keeps their options apart.
    properties: model.headers.filter((h) => h.errorCodes.length > 0).map((header) => ({
      name: header.option,
      hasQuestionToken: true,
      type: `HeaderOptionValue<${JSON.stringify(header.name)}>`,
      docs: [doc(`Sets ${header.name} on ${listOf(header.errorCodes)} (the codes the spec lists it for): ${header.description}`, seeAlso(header))],
    })),
  };
}

const TYPE_PARAMETER = { name: "X", constraint: "ProblemExtensions", default: "{}" };

/** The options a class takes: `HttpErrorOptions`, or an interface that adds its header options. */
function optionsOf(s: Status): string {
  return `${s.optionsName ?? "HttpErrorOptions"}<X>`;
}

/** The JSDoc of a header option: what the header says, and whether the code requires it. */
function headerDoc({ info, required }: HeaderField) {
  const text = `${required ? "Required: the response must carry it. " : ""}Sets ${info.name}: ${info.description}`;
  return doc(text, seeAlso(info));
}

/** A `@see` tag for a header's reference; the organisation's own headers may have none. */
function seeAlso(header: HeaderInfo): [string, string][] {
  return header.reference ? [["see", `{@link ${header.reference.url} | ${header.reference.title}}`]] : [];
}

function optionsInterface(s: Status, name: string): OptionalKind<InterfaceDeclarationStructure> {
  return {
    name,
    isExported: true,
    typeParameters: [TYPE_PARAMETER],
    extends: ["HttpErrorOptions<X>"],
    docs: [`Options of \`${s.name}\`: the common ones and the header fields that go with ${s.code}.`],
    properties: s.headerFields.map((field) => ({
      name: field.info.option,
      hasQuestionToken: !field.required,
      type: `HeaderOptionValue<${JSON.stringify(field.info.name)}>`,
      docs: [headerDoc(field)],
    })),
  };
}

/** What setHeaderOptions makes of a header field when no option is given: `WWW-Authenticate` -> `wwwAuthenticate`. */
const runtimeOption = (field: string) => field.toLowerCase().replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/** A header field as setHeaderOptions takes it: the field, or `option=Field` where the option is not the field in camelCase. */
const fieldEntry = ({ info }: HeaderField) => (runtimeOption(info.name) === info.option ? info.name : `${info.option}=${info.name}`);

/** The call that sets a class's header fields from its options, for a class whose code has any. */
function headerStatement(s: Status): string[] {
  if (s.headers.length === 0) return [];
  return [`setHeaderOptions(this, options ?? detail, ${JSON.stringify(s.headerFields.map(fieldEntry))});`];
}

function errorClass(s: Status): ClassDeclarationStructure {
  const options = optionsOf(s);
  const optional: OptionalKind<ParameterDeclarationStructure>[] = [
    { name: "detail", hasQuestionToken: true, type: `string | Error | ${options}` },
    { name: "options", hasQuestionToken: true, type: options },
  ];
  // A code whose response must carry a header takes its options always: first, or after the detail.
  const overloads =
    s.requiredHeaders.length === 0
      ? []
      : [{ parameters: [{ name: "options", type: options }] }, { parameters: [{ name: "detail", type: "string | Error | undefined" }, { name: "options", type: options }] }];
  // A class that a problem type's class extends keeps its name and title as strings, which the subclass replaces.
  const field = (name: string, value: string | number, text: string) => ({
    name,
    isStatic: true,
    isReadonly: true,
    hasOverrideKeyword: name === "name",
    type: s.problemTypes.length > 0 && typeof value === "string" ? "string" : undefined,
    initializer: JSON.stringify(value),
    docs: [doc(text)],
  });
  // Each header option is kept on the error too (`error.retryAfter`), as given or as `fromResponse` read it back.
  const headerProperties = s.headerFields.map(({ info }) => ({
    name: info.option,
    hasDeclareKeyword: true,
    isReadonly: true,
    hasQuestionToken: true,
    type: `HeaderOptionValue<${JSON.stringify(info.name)}>`,
    docs: [doc(`The ${info.name} option, as given.`)],
  }));
  return {
    kind: StructureKind.Class,
    name: s.name,
    isExported: true,
    typeParameters: [TYPE_PARAMETER],
    extends: `HttpError<${s.code}, X>`,
    docs: [statusDoc(s)],
    properties: [
      field("name", s.name, "The class name, kept when a bundler renames the class."),
      field("status", s.code, `The status code of every ${s.name}.`),
      field("title", s.phrase, "The reason phrase, the problem's default title."),
      ...headerProperties,
    ],
    ctors: [{ overloads, parameters: optional, statements: [`super(${s.code}, detail, options);`, ...headerStatement(s)] }],
  };
}

/** A former name of a class: a deprecated constant and type (and options type) that point at the current ones. */
function legacyAliases(s: Status): (VariableStatementStructure | TypeAliasDeclarationStructure)[] {
  return s.legacyNames.flatMap((old, i) => {
    const deprecated = doc(`${s.code} ${s.phrase}, under its former name ${old}.`, [["deprecated", `Use ${s.name}`]]);
    return [
      { kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, docs: [deprecated], declarations: [{ name: old, initializer: s.name }] } satisfies VariableStatementStructure,
      { kind: StructureKind.TypeAlias, isExported: true, docs: [deprecated], name: old, typeParameters: [TYPE_PARAMETER], type: `${s.name}<X>` } satisfies TypeAliasDeclarationStructure,
      ...(s.optionsName === undefined ? [] : [{ kind: StructureKind.TypeAlias, isExported: true, docs: [deprecated], name: s.legacyOptionsNames[i]!, typeParameters: [TYPE_PARAMETER], type: `${s.optionsName}<X>` } satisfies TypeAliasDeclarationStructure]),
    ];
  });
}

/** Every error class with its options and former names, and the types `createHttpError` returns and takes. */
export function generateErrors(model: Model): ModuleContent {
  const statuses = model.errorStatuses;
  const classed = new Set(statuses.map((s) => s.code));
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../http-error.js", namedImports: ["HttpError", "setHeaderOptions", "type HeaderOptionValue", "type HttpErrorOptions", "type ProblemExtensions"] },
    ...(model.problemTypes.length > 0 ? [{ kind: StructureKind.ImportDeclaration as const, moduleSpecifier: "../problem-type.js", namedImports: ["isOfProblemType", "withProblemType"] }] : []),
    [
      { kind: StructureKind.Interface, ...headerOptionsInterface(model) },
      ...statuses.flatMap((s) => [...(s.optionsName === undefined ? [] : [{ kind: StructureKind.Interface, ...optionsInterface(s, s.optionsName) } as const]), errorClass(s), ...legacyAliases(s)]),
      ...problemTypeStatements(model),
    ],
    {
      kind: StructureKind.Interface,
      name: "HttpErrorsByCode",
      isExported: true,
      typeParameters: [TYPE_PARAMETER],
      docs: ["The error class of each code, as `createHttpError` returns it."],
      properties: statuses.map((s) => ({ name: String(s.code), isReadonly: true, type: `${s.name}<X>` })),
    },
    {
      kind: StructureKind.Interface,
      name: "HttpErrorOptionsByCode",
      isExported: true,
      typeParameters: [TYPE_PARAMETER],
      docs: ["The options each code's class takes, as `createHttpError` takes them."],
      properties: statuses.map((s) => ({ name: String(s.code), isReadonly: true, type: optionsOf(s) })),
    },
    unionStatement(
      "Every integer from 400 to 599 without a class here: what a plain `HttpError` from `createHttpError` or `fromResponse` can have as its status, so that a `switch` on `status` narrows.",
      "UnclassedErrorStatus",
      Array.from({ length: 200 }, (_, i) => 400 + i).filter((code) => !classed.has(code)),
    ),
  ];
}

/** What the runtime makes of a title when no name is given: its words capitalised and joined, `Not Found` -> `NotFound`. */
const runtimeName = (title: string) => title.replace(/\W*(\w?)(\w*)/g, (_, first: string, rest: string) => first.toUpperCase() + rest.toLowerCase());

/** A code's line of `ERROR_TITLES`: its title, then its header fields. */
function titleLine(s: Status): string {
  return [s.phrase, ...s.headerFields.map(fieldEntry)].join("\r");
}

/**
 * What `createHttpError` needs to make a code's class when it is first asked for, instead of keeping every class in the
 * bundle: a line per code from 400 with its title and header fields (codes without a class skipped), and the names
 * that the title does not give. The runtime's rules (above) are mirrored in create-http-error.ts and http-error.ts; a
 * phrase holds no line break (validation), so CR and LF can separate.
 */
export function generateErrorTable(model: Model): ModuleContent {
  const statuses = model.errorStatuses;
  // One code without a class is an empty line; a run of several is one line `\r<count>` (a title holds no CR).
  const lines = statuses.flatMap((s, i) => {
    const gap = s.code - (statuses[i - 1]?.code ?? 399) - 1;
    return [...(gap === 0 ? [] : gap === 1 ? [""] : [`\r${gap}`]), titleLine(s)];
  });
  return [
    constStatement("A line per code from 400: the title of its class, then its header fields after CRs; an empty line for a code without a class, a line `\\r<count>` for a run of them.", "ERROR_TITLES", "string", templateLines(lines)),
    constStatement(
      "Class names that do not follow from the title (its words capitalised and joined), by code.",
      "ERROR_NAMES",
      "{ readonly [code: number]: string }",
      objectLiteral(statuses.filter((s) => runtimeName(s.phrase) !== s.name).map((s) => [String(s.code), s.name])),
    ),
  ];
}
