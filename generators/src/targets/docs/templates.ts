import { readFileSync } from "node:fs";
import Handlebars from "handlebars";

/**
 * The docs' Handlebars templates, the files beside this module, compiled with `strict`, `noEscape` and
 * `knownHelpersOnly`. Run from source (tests, tsx), each is read and compiled here. `pnpm gen` runs a bundle (bin.mjs)
 * that holds what `precompiled()` returns in place of this module: every template precompiled when the bundle was built
 * from these very sources, on Handlebars' runtime alone, so that a run neither loads the compiler nor compiles.
 */
export const TEMPLATES = ["code.hbs", "page.hbs", "problem-page.hbs", "problem.hbs", "reference.hbs"] as const;
export type TemplateFile = (typeof TEMPLATES)[number];

/** The only helpers the templates may call; docs.ts registers one of each, which does the escaping. */
export const HELPERS = ["heading", "cell", "cellCode", "href", "para"] as const;

const OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])) };

/** A template's text, by its file's URL. */
type Read = (url: URL) => string;
const fromDisk: Read = (url) => readFileSync(url, "utf8");
const urlOf = (file: TemplateFile) => new URL(`./${file}`, import.meta.url);

/** An isolated Handlebars environment for the docs to register their helpers and partials on. */
export function environment(): typeof Handlebars {
  return Handlebars.create();
}

/** A template beside this module, compiled for `hbs`, an environment from `environment()`. */
export function template(hbs: typeof Handlebars, file: TemplateFile): HandlebarsTemplateDelegate {
  return hbs.compile(fromDisk(urlOf(file)), OPTIONS);
}

/** The text of a module that exports the same with every template precompiled; `read` gives a template's text. */
export function precompiled(read: Read = fromDisk): string {
  return [
    'import Handlebars from "handlebars/runtime.js";',
    `export const TEMPLATES = ${JSON.stringify(TEMPLATES)};`,
    `export const HELPERS = ${JSON.stringify(HELPERS)};`,
    "const SPECS = {",
    ...TEMPLATES.map((file) => `${JSON.stringify(file)}: ${Handlebars.precompile(read(urlOf(file)), OPTIONS)},`),
    "};",
    "export function environment() {",
    "  return Handlebars.create();",
    "}",
    "export function template(hbs, file) {",
    "  return hbs.template(SPECS[file]);",
    "}",
    "",
  ].join("\n");
}
