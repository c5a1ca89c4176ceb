import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { GeneratedFile, Model } from "../model.js";
import { GENERATED_NOTICE } from "./format.js";

const DIR = "packages/docs/generated";
const hbs = Handlebars.create();
const reference = hbs.compile(readFileSync(new URL("./docs.hbs", import.meta.url), "utf8"), {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
});

/** The Markdown reference of every code. */
export function docs(model: Model): GeneratedFile[] {
  return [{ path: `${DIR}/REFERENCE.md`, content: reference({ ...model, notice: GENERATED_NOTICE }) }];
}
