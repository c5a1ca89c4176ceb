import { StructureKind, type TypeAliasDeclarationStructure, VariableDeclarationKind } from "ts-morph";
import type { Model, Status } from "../../model.js";
import { doc, legacyDoc, statusDoc } from "./jsdoc.js";
import { constStatement, data, type ModuleContent } from "../typescript.js";

/** Every key of `StatusCode` in code order, each legacy key right after the key that replaced it. */
function keyedCodes(model: Model): { key: string; status: Status; legacy: boolean }[] {
  return model.statuses.flatMap((status) => [
    { key: status.key, status, legacy: false },
    ...status.legacyKeys.map((key) => ({ key, status, legacy: true })),
  ]);
}

function union(statuses: readonly Status[]): string {
  return statuses.length === 0 ? "never" : statuses.map((s) => s.code).join(" | ");
}

/** The `@see` tag that links the classes' definition. */
function seeClasses(model: Model): [string, string] {
  return ["see", `{@link ${model.classesReference.url} | ${model.classesReference.title}}`];
}

/** `StatusCode` (the object and the union), its keys, and one union per class and per origin. */
export function generateStatusCode(model: Model): ModuleContent {
  const keyed = keyedCodes(model);
  return [
    {
      kind: StructureKind.Interface,
      name: "StatusCodeConstants",
      isExported: true,
      docs: ["The shape of `StatusCode`: one read-only constant per key, documented from the spec."],
      properties: keyed.map(({ key, status, legacy }) => ({
        name: key,
        isReadonly: true,
        type: String(status.code),
        docs: [legacy ? legacyDoc(status, key) : statusDoc(status)],
      })),
    },
    [
      { kind: StructureKind.TypeAlias, name: "StatusCode", isExported: true, docs: ["Every status code in the spec, official or not."], type: union(model.statuses) },
      { kind: StructureKind.TypeAlias, name: "StatusCodeKey", isExported: true, docs: ["A key of `StatusCode`, legacy keys included."], type: "keyof StatusCodeConstants" },
      ...model.classes.map((c): TypeAliasDeclarationStructure => ({
        kind: StructureKind.TypeAlias,
        name: c.typeName,
        isExported: true,
        docs: [doc(`Every ${c.range} (${c.title}) code in the spec.`, [seeClasses(model)])],
        type: union(c.statuses),
      })),
      { kind: StructureKind.TypeAlias, name: "OfficialStatusCode", isExported: true, docs: ["Every code registered with IANA."], type: union(model.official) },
      { kind: StructureKind.TypeAlias, name: "UnofficialStatusCode", isExported: true, docs: ["Every vendor code in the spec that IANA does not register."], type: union(model.unofficial) },
    ],
    constStatement("Every status code in the spec, ascending.", "STATUS_CODES", "readonly StatusCode[]", data(model.statuses.map((s) => s.code))),
  ];
}

/** One `export const` per key, so that bundlers can inline a single constant (the `/codes` entry). */
export function generateCodes(model: Model): ModuleContent {
  return [
    keyedCodes(model).map(({ key, status, legacy }) => ({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [legacy ? legacyDoc(status, key) : statusDoc(status)],
      declarations: [{ name: key, initializer: String(status.code) }],
    })),
  ];
}

/** The class keys, as a type and as a tuple indexed by the first digit minus one. */
export function generateClasses(model: Model): ModuleContent {
  return [
    {
      kind: StructureKind.TypeAlias,
      name: "StatusClass",
      isExported: true,
      docs: [doc("The class of a code by its first digit.", [seeClasses(model)])],
      type: model.classes.map((c) => JSON.stringify(c.key)).join(" | "),
    },
    constStatement("The classes in order: index 0 is 1xx, index 4 is 5xx.", "STATUS_CLASSES", "readonly StatusClass[]", data(model.classes.map((c) => c.key))),
  ];
}
