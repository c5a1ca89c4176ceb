import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { HeaderInfo, Model, Status, StatusClassKey, Target } from "../model.js";
import { cellCode, createSlugger, hasAnchor, heading, href, inline, paragraph } from "./docs/markdown.js";
import { GENERATED_NOTICE, oneLine } from "./format.js";
import { statusCodeDefRef } from "./json-schema/dialect.js";
import { responseRef } from "./openapi/refs.js";

/** What each class means, in a sentence, for the top of its part. */
const CLASS_INTROS: Record<StatusClassKey, string> = {
  informational: "Interim responses: the request was received and is being handled, and a final response follows.",
  success: "The request was received, understood and accepted.",
  redirection: "The client has to take a further step, usually another request, to complete the request.",
  "client-error": "The request is wrong or cannot be served as sent; the client should change it before retrying.",
  "server-error": "The request looked valid but the server, or one behind it, failed to fulfil it.",
};

// Escaping lives in these helpers; the templates call nothing else (knownHelpersOnly).
const helpers = {
  heading: (text: string) => heading(text),
  cell: (text: string) => inline(text),
  cellCode: (text: string) => cellCode(text),
  href: (url: string) => href(url),
  para: (text: string, lead: unknown) => paragraph(text, typeof lead === "string" ? lead : ""),
};
const OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])) };
const hbs = Handlebars.create();
const compile = (file: string) => hbs.compile(readFileSync(new URL(file, import.meta.url), "utf8"), OPTIONS);
hbs.registerHelper(helpers);
hbs.registerPartial("code", compile("./docs/code.hbs"));
const referenceTemplate = compile("./docs/reference.hbs");
const page = compile("./docs/page.hbs");

type Anchors = { code: Map<number, string>; header: Map<string, string>; vendor: Map<string, string>; class: Map<string, string> };

/** @org/status-docs: REFERENCE.md with every code, and one page per code under codes/. */
export const docs: Target = {
  name: "docs",
  package: "@org/status-docs",
  packageDir: "packages/docs",
  dir: "packages/docs/generated",
  generate: reference,
};

function reference(model: Model) {
  const { anchors, parts } = layout(model);
  const view = (s: Status, isPage: boolean) => codeView(model, s, anchors, isPage);
  const classes = model.classes.map((c) => ({
    ...c,
    anchor: anchors.class.get(c.key)!,
    intro: CLASS_INTROS[c.key],
    codes: model.statuses.filter((s) => s.official && s.class === c.key).map((s) => view(s, false)),
    unofficial: model.statuses.filter((s) => !s.official && s.class === c.key).map((s) => ({ code: s.code, anchor: anchors.code.get(s.code)! })),
  }));
  const vendors = model.vendors.map((v) => ({
    name: v.name,
    anchor: anchors.vendor.get(v.name),
    codes: model.statuses.filter((s) => s.vendor === v.name).map((s) => view(s, false)),
  }));
  const headers = model.headers.map((h) => headerView(model, h, anchors));
  const index = model.statuses.map((s) => view(s, false));
  const common = { notice: GENERATED_NOTICE, version: model.version };
  return [
    { path: "REFERENCE.md", content: tidy(referenceTemplate({ ...common, ...parts, index, classes, vendors, headers })) },
    ...model.statuses.map((s) => ({ path: `codes/${s.code}.md`, content: tidy(page({ ...common, ...view(s, true) })) })),
  ];
}

/** Every heading of REFERENCE.md in document order, so each anchor is what GitHub gives it (repeats get `-1`). */
function layout(model: Model) {
  const slug = createSlugger();
  const anchors: Anchors = { code: new Map(), header: new Map(), vendor: new Map(), class: new Map() };
  const codeHeading = (s: Status) => anchors.code.set(s.code, slug(`${s.code} ${oneLine(s.phrase)}`));
  const parts = { titleAnchor: slug(`HTTP status codes reference (v${model.version})`), indexAnchor: slug("Index") };
  for (const c of model.classes) {
    anchors.class.set(c.key, slug(`${c.range} ${oneLine(c.title)}`));
    model.statuses.filter((s) => s.official && s.class === c.key).forEach(codeHeading);
  }
  const unofficialAnchor = slug("Unofficial codes");
  for (const vendor of model.vendors) {
    const anchor = slug(oneLine(vendor.name));
    if (hasAnchor(oneLine(vendor.name))) anchors.vendor.set(vendor.name, anchor);
    model.statuses.filter((s) => s.vendor === vendor.name).forEach(codeHeading);
  }
  const headersAnchor = slug("Headers");
  for (const h of model.headers) anchors.header.set(h.name, slug(oneLine(h.name)));
  return { anchors, parts: { ...parts, unofficialAnchor, headersAnchor } };
}

/** One code's section: the same data in REFERENCE.md and on its own page, where links point back into REFERENCE.md. */
function codeView(model: Model, s: Status, anchors: Anchors, isPage: boolean) {
  const cls = model.classes.find((c) => c.key === s.class);
  const base = isPage ? "../REFERENCE.md" : "";
  return {
    ...s,
    isPage,
    base,
    hashes: isPage ? "#" : s.official ? "###" : "####",
    anchor: anchors.code.get(s.code)!,
    page: `codes/${s.code}.md`,
    class: cls && { range: cls.range, title: cls.title, anchor: anchors.class.get(cls.key)! },
    vendorAnchor: s.vendor === undefined ? undefined : anchors.vendor.get(s.vendor),
    flags: model.flags.map((flag) => ({ label: flag.label, value: s[flag.key] })),
    headers: s.headers.map((name) => {
      const info = model.headers.find((h) => h.name === name);
      return { name, anchor: anchors.header.get(name), reference: info?.reference, required: s.requiredHeaders.includes(name) };
    }),
    usage: {
      constant: `StatusCode.${s.key}`,
      legacy: s.legacyKeys.map((k) => `StatusCode.${k}`),
      openapi: cls ? responseRef(s.name) : undefined,
      schema: cls ? statusCodeDefRef(cls.typeName) : undefined,
    },
  };
}

/** One header field's entry, with the codes that go with it. */
function headerView(model: Model, h: HeaderInfo, anchors: Anchors) {
  return {
    ...h,
    anchor: anchors.header.get(h.name)!,
    example: h.example === undefined ? undefined : `${h.name}: ${h.example}`,
    codes: model.statuses.filter((s) => s.headers.includes(h.name)).map((s) => ({ code: s.code, anchor: anchors.code.get(s.code)! })),
  };
}

/** LF only, no run of blank lines, exactly one trailing newline, whatever the templates' block tags left. */
function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
