import { StructureKind } from "ts-morph";
import type { Model, Status } from "../../model.js";
import { doc } from "./jsdoc.js";
import { arrayLiteral, constStatement, data, type ModuleContent, objectLiteral } from "../typescript.js";

/** Reason phrases by code: an interface for `ReasonPhrase<C>` and the table itself. */
export function generatePhrases(model: Model): ModuleContent {
  const steps = model.statuses.map((s, i) => s.code - (model.statuses[i - 1]?.code ?? 0));
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./status-code.js", namedImports: ["StatusCode"] },
    {
      kind: StructureKind.Interface,
      name: "ReasonPhrases",
      isExported: true,
      docs: ["The reason phrase of every code, as literal types."],
      properties: model.statuses.map((s) => ({
        name: String(s.code),
        isReadonly: true,
        type: JSON.stringify(s.phrase),
        docs: [doc(`${s.code} ${s.phrase}: ${s.summary}`)],
      })),
    },
    constStatement("Every reason phrase, in code order.", "PHRASE_LIST", "readonly string[]", arrayLiteral(model.statuses.map((s) => s.phrase))),
    constStatement("The codes of `PHRASE_LIST`, each as its distance from the one before (smaller in a bundle than the codes).", "PHRASE_CODE_STEPS", "readonly number[]", data(steps)),
    constStatement(
      "Former and variant phrases that `getStatusCode` also accepts, with their codes.",
      "PHRASE_ALIASES",
      "readonly (readonly [string, StatusCode])[]",
      arrayLiteral(model.statuses.flatMap((s) => (s.reverseLookup ? s.aliases.map((alias) => [alias, s.code]) : []))),
    ),
    constStatement(
      "Codes whose phrase `getStatusCode` does not accept (a vendor phrase that repeats another code's).",
      "NO_REVERSE_LOOKUP",
      "readonly StatusCode[]",
      data(model.noReverseLookup),
    ),
  ];
}

/** One list of codes per flag of the spec, so that each predicate pulls only its own list. */
export function generateFlags(model: Model): ModuleContent {
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./status-code.js", namedImports: ["StatusCode"] },
    ...model.flags.flatMap(({ codes, list }) => (list ? [constStatement(list.doc, list.constant, "readonly StatusCode[]", data(codes))] : [])),
  ];
}

/** The whole record of every code, in code order, in the field order of `StatusInfo`. */
export function generateStatuses(model: Model): ModuleContent {
  const record = (s: Status) =>
    objectLiteral([
      ["code", s.code], ["phrase", s.phrase], ["key", s.key], ["name", s.name], ["class", s.class],
      ["official", s.official], ["registry", s.registry], ["vendor", s.vendor],
      ["summary", s.summary], ["description", s.description], ["reference", s.reference],
      ["aliases", s.aliases], ["legacyKeys", s.legacyKeys], ["legacyNames", s.legacyNames], ["deprecated", s.deprecated], ["reverseLookup", s.reverseLookup],
      ...model.flags.map((flag) => [flag.key, s[flag.key]] as const),
      ["headers", s.headers], ["requiredHeaders", s.requiredHeaders], ["otherMeanings", s.otherMeanings],
    ]);
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "../types.js", namedImports: ["StatusInfo"] },
    constStatement("The spec's record of every code, ascending (frozen by the public layer).", "STATUS_DATA", "readonly StatusInfo[]", arrayLiteral(model.statuses, record)),
  ];
}
