import { type SourceFile, VariableDeclarationKind } from "ts-morph";
import type { Model, Status } from "../../model.js";
import { doc, legacyDoc, statusDoc } from "./jsdoc.js";
import { addConst, data } from "../typescript.js";

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
export function generateStatusCode(file: SourceFile, model: Model): void {
  const keyed = keyedCodes(model);
  file.addInterface({
    name: "StatusCodeConstants",
    isExported: true,
    docs: ["The shape of `StatusCode`: one read-only constant per key, documented from the spec."],
    properties: keyed.map(({ key, status, legacy }) => ({
      name: key,
      isReadonly: true,
      type: String(status.code),
      docs: [legacy ? legacyDoc(status, key) : statusDoc(status)],
    })),
  });

  file.addTypeAliases([
    { name: "StatusCode", isExported: true, docs: ["Every status code in the spec, official or not."], type: union(model.statuses) },
    { name: "StatusCodeKey", isExported: true, docs: ["A key of `StatusCode`, legacy keys included."], type: "keyof StatusCodeConstants" },
    ...model.classes.map((c) => ({
      name: c.typeName,
      isExported: true,
      docs: [doc(`Every ${c.range} (${c.title}) code in the spec.`, [seeClasses(model)])],
      type: union(c.statuses),
    })),
    { name: "OfficialStatusCode", isExported: true, docs: ["Every code registered with IANA."], type: union(model.official) },
    { name: "UnofficialStatusCode", isExported: true, docs: ["Every vendor code in the spec that IANA does not register."], type: union(model.unofficial) },
  ]);
  addConst(file, "Every status code in the spec, ascending.", "STATUS_CODES", "readonly StatusCode[]", data(model.statuses.map((s) => s.code)));
}

/** One `export const` per key, so that bundlers can inline a single constant (the `/codes` entry). */
export function generateCodes(file: SourceFile, model: Model): void {
  // One call for all statements: adding them one by one re-parses the file each time (quadratic).
  file.addVariableStatements(
    keyedCodes(model).map(({ key, status, legacy }) => ({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [legacy ? legacyDoc(status, key) : statusDoc(status)],
      declarations: [{ name: key, initializer: String(status.code) }],
    })),
  );
}

/** The class keys, as a type and as a tuple indexed by the first digit minus one. */
export function generateClasses(file: SourceFile, model: Model): void {
  file.addTypeAlias({
    name: "StatusClass",
    isExported: true,
    docs: [doc("The class of a code by its first digit.", [seeClasses(model)])],
    type: model.classes.map((c) => JSON.stringify(c.key)).join(" | "),
  });
  addConst(file, "The classes in order: index 0 is 1xx, index 4 is 5xx.", "STATUS_CLASSES", "readonly StatusClass[]", data(model.classes.map((c) => c.key)));
}
