/** `status-core/errors`: one error class per 4xx and 5xx code, and the header options they take. */
import {
  type ClassDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type SourceFile,
  StructureKind,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  VariableDeclarationKind,
} from "ts-morph";
import type { HeaderField, HeaderInfo, Model, Status } from "../../model.js";
import { addConst } from "../typescript.js";
import { doc, statusDoc } from "./jsdoc.js";

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
  return s.headers.length === 0 ? "HttpErrorOptions<X>" : `${s.name}Options<X>`;
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

function optionsInterface(s: Status): OptionalKind<InterfaceDeclarationStructure> {
  return {
    name: `${s.name}Options`,
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

/** The call that sets a class's header fields from its options, for a class whose code has any. */
function headerStatement(s: Status): string[] {
  if (s.headers.length === 0) return [];
  const fields = s.headerFields.map(({ info }) => `${info.option}: ${JSON.stringify(info.name)}`).join(", ");
  return [`setHeaderOptions(this, detail, options, { ${fields} });`];
}

function errorClass(s: Status): ClassDeclarationStructure {
  const options = optionsOf(s);
  const optional: OptionalKind<ParameterDeclarationStructure>[] = [
    { name: "detail", hasQuestionToken: true, type: `string | ${options}` },
    { name: "options", hasQuestionToken: true, type: options },
  ];
  // A code whose response must carry a header takes its options always: first, or after the detail.
  const overloads =
    s.requiredHeaders.length === 0
      ? []
      : [{ parameters: [{ name: "options", type: options }] }, { parameters: [{ name: "detail", type: "string | undefined" }, { name: "options", type: options }] }];
  const field = (name: string, value: string | number, text: string) => ({
    name,
    isStatic: true,
    isReadonly: true,
    hasOverrideKeyword: name === "name",
    initializer: JSON.stringify(value),
    docs: [doc(text)],
  });
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
    ],
    ctors: [{ overloads, parameters: optional, statements: [`super(${s.code}, detail, options);`, ...headerStatement(s)] }],
  };
}

/** A former name of a class: a deprecated constant and type (and options type) that point at the current ones. */
function legacyAliases(s: Status): (VariableStatementStructure | TypeAliasDeclarationStructure)[] {
  return s.legacyNames.flatMap((old) => {
    const deprecated = doc(`${s.code} ${s.phrase}, under its former name ${old}.`, [["deprecated", `Use ${s.name}`]]);
    return [
      { kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, docs: [deprecated], declarations: [{ name: old, initializer: s.name }] } satisfies VariableStatementStructure,
      { kind: StructureKind.TypeAlias, isExported: true, docs: [deprecated], name: old, typeParameters: [TYPE_PARAMETER], type: `${s.name}<X>` } satisfies TypeAliasDeclarationStructure,
      ...(s.headers.length === 0 ? [] : [{ kind: StructureKind.TypeAlias, isExported: true, docs: [deprecated], name: `${old}Options`, typeParameters: [TYPE_PARAMETER], type: `${s.name}Options<X>` } satisfies TypeAliasDeclarationStructure]),
    ];
  });
}

/** Every error class with its options and former names, then the tables `createHttpError` reads. */
export function generateErrors(file: SourceFile, model: Model): void {
  const statuses = model.errorStatuses;
  // One call for all statements: adding them one by one re-parses the file each time (quadratic).
  file.addStatements([
    { kind: StructureKind.Interface, ...headerOptionsInterface(model) },
    ...statuses.flatMap((s) => [...(s.headers.length === 0 ? [] : [{ kind: StructureKind.Interface, ...optionsInterface(s) } as const]), errorClass(s), ...legacyAliases(s)]),
  ]);
  file.addInterfaces([
    {
      name: "HttpErrorsByCode",
      isExported: true,
      typeParameters: [TYPE_PARAMETER],
      docs: ["The error class of each code, as `createHttpError` returns it."],
      properties: statuses.map((s) => ({ name: String(s.code), isReadonly: true, type: `${s.name}<X>` })),
    },
    {
      name: "HttpErrorOptionsByCode",
      isExported: true,
      typeParameters: [TYPE_PARAMETER],
      docs: ["The options each code's class takes, as `createHttpError` takes them."],
      properties: statuses.map((s) => ({ name: String(s.code), isReadonly: true, type: optionsOf(s) })),
    },
  ]);
  addConst(
    file,
    "The error class of every code that has one, by code (`createHttpError` reads it).",
    "HTTP_ERRORS",
    "{ readonly [C in keyof HttpErrorsByCode]: new (detail: never, options: never) => HttpErrorsByCode[C] }",
    (writer) => {
      writer.write("{").indent(() => statuses.forEach((s) => writer.writeLine(`${s.code}: ${s.name},`)));
      writer.write("}");
    },
  );
  file.insertImportDeclaration(0, { moduleSpecifier: "../http-error.js", namedImports: ["HttpError", "setHeaderOptions", "type HeaderOptionValue", "type HttpErrorOptions", "type ProblemExtensions"] });
}
