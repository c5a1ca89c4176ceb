/** The organisation's problem types in `status-core/errors`: a class per type that extends its status code's class. */
import { type ClassDeclarationStructure, type InterfaceDeclarationStructure, StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import type { Model, ProblemTypeInfo } from "../../model.js";
import { constStatement, type ModuleContent } from "../typescript.js";
import { doc } from "./jsdoc.js";

type Schema = Readonly<Record<string, unknown>>;

/**
 * The TypeScript type of the values a JSON Schema accepts, for the keywords an extension's schema usually holds
 * (`type`, `items`, `properties`, `required`, `enum`, `const`); anything else is `unknown`, which is never wrong.
 */
export function schemaType(schema: Schema): string {
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  if (types.length === 0) return "unknown";
  return types.map((t) => typeOf(t, schema)).join(" | ");
}

function typeOf(type: string, schema: Schema): string {
  switch (type) {
    case "integer":
    case "number":
      return "number";
    case "string":
    case "boolean":
    case "null":
      return type;
    case "array": {
      const items = typeof schema.items === "object" && schema.items !== null ? schemaType(schema.items as Schema) : "unknown";
      return `${/^\w+$/.test(items) ? items : `(${items})`}[]`;
    }
    case "object": {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      const members = properties.map(([name, s]) => `${JSON.stringify(name)}${required.has(name) ? "" : "?"}: ${typeof s === "object" ? schemaType(s) : "unknown"}`);
      return `{ ${[...members, ...(schema.additionalProperties === false ? [] : ["[member: string]: unknown"])].join("; ")} }`;
    }
    default:
      return "unknown";
  }
}

/** The options type of the status code's class, for this problem's extensions. */
const baseOptions = (p: ProblemTypeInfo) => `${p.status.optionsName ?? "HttpErrorOptions"}<${p.extensionsName}>`;
const needsExtensions = (p: ProblemTypeInfo) => p.extensions.some((e) => e.required);

function extensionsInterface(p: ProblemTypeInfo): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: p.extensionsName,
    isExported: true,
    docs: [doc(`The extension members of a \`${p.name}\` problem.`)],
    properties: p.extensions.map((e) => ({ name: e.name, hasQuestionToken: !e.required, type: schemaType(e.schema), docs: [doc(e.description)] })),
  };
}

function optionsType(p: ProblemTypeInfo): TypeAliasDeclarationStructure {
  const extensions = `{ extensions${needsExtensions(p) ? "" : "?"}: ${p.extensionsName} }`;
  return {
    kind: StructureKind.TypeAlias,
    name: p.optionsName,
    isExported: true,
    docs: [doc(`Options of \`${p.name}\`: those of \`${p.status.name}\` but \`type\`, which the class fixes${needsExtensions(p) ? ", with its required extension members" : ""}.`)],
    type: `Omit<${baseOptions(p)}, "type" | "extensions"> & ${extensions}`,
  };
}

function problemClass(p: ProblemTypeInfo): ClassDeclarationStructure {
  const options = p.optionsName;
  const field = (name: string, value: string | number, text: string, type?: string) => ({ name, isStatic: true, isReadonly: true, hasOverrideKeyword: name !== "type", type, initializer: JSON.stringify(value), docs: [doc(text)] });
  // Options are required when an extension is: first, or after the detail.
  const overloads = needsExtensions(p) ? [{ parameters: [{ name: "options", type: options }] }, { parameters: [{ name: "detail", type: "string | Error | undefined" }, { name: "options", type: options }] }] : [];
  return {
    kind: StructureKind.Class,
    name: p.name,
    isExported: true,
    extends: `${p.status.name}<${p.extensionsName}>`,
    docs: [doc(`${p.title}: ${p.summary}\n\n${p.description}`, [["see", `{@link ${p.uri} | ${p.slug}}`]])],
    properties: [
      field("name", p.name, "The class name, kept when a bundler renames the class.", "string"),
      field("status", p.status.code, `The status code of every ${p.name}.`),
      field("title", p.title, "The problem type's title.", "string"),
      field("type", p.uri, "The problem type's URI."),
      { name: "type", hasDeclareKeyword: true, isReadonly: true, type: JSON.stringify(p.uri), docs: [doc("The problem type's URI.")] },
    ],
    // The type default and the type check live here (problem-type.ts), not in HttpError, which every error bundles.
    ctors: [{ overloads, parameters: [{ name: "detail", hasQuestionToken: true, type: `string | Error | ${options}` }, { name: "options", hasQuestionToken: true, type: options }], statements: ["super(...withProblemType(new.target.type, detail, options));"] }],
    methods: [
      {
        name: "[Symbol.hasInstance]",
        isStatic: true,
        hasOverrideKeyword: true,
        parameters: [{ name: "value", type: "unknown" }],
        returnType: "boolean",
        statements: ["return isOfProblemType(this, value);"],
        docs: [doc("`instanceof` across copies of the package, as for its status code's class, and for the problem type's URI.", [["internal", "Left out of the published types, as HttpError's."]])],
      },
    ],
  };
}

/** Each problem type's extensions, options and class; after every status code's class, which they extend. */
export function problemTypeStatements(model: Model): (InterfaceDeclarationStructure | TypeAliasDeclarationStructure | ClassDeclarationStructure)[] {
  return model.problemTypes.flatMap((p) => [extensionsInterface(p), optionsType(p), problemClass(p)]);
}

/** `problem-types.ts`: the class of each problem type by its URI, for `fromProblem`. */
export function generateProblemTypes(model: Model): ModuleContent {
  const classes = model.problemTypes.map((p) => p.name);
  return [
    ...(classes.length > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./errors.js", namedImports: classes } as const] : []),
    constStatement(
      "The error class of each of the organisation's problem types, by type URI.",
      "PROBLEM_TYPE_CLASSES",
      `{ readonly [type: string]: ${classes.length === 0 ? "never" : classes.map((c) => `typeof ${c}`).join(" | ")} }`,
      `{\n${model.problemTypes.map((p) => `  ${JSON.stringify(p.uri)}: ${p.name},\n`).join("")}}`,
    ),
  ];
}
