import { type HeaderInfo, type Model, PACKAGE_NAMES, type ProblemTypeInfo, type Status, type StatusClassInfo, type StatusClassKey, type Target } from "../model.js";
import { constantRef } from "./core/refs.js";
import { cellCode, createSlugger, hasAnchor, heading, href, inline, paragraph } from "./docs/markdown.js";
import { environment, type HELPERS, template } from "./docs/templates.js";
import { GENERATED_NOTICE, oneLine } from "./format.js";
import { statusCodeDefRef } from "./json-schema/dialect.js";
import { problemTypeFile } from "./json-schema/problem-type.js";
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
} satisfies Record<(typeof HELPERS)[number], (...args: never[]) => string>;
const hbs = environment();
hbs.registerHelper(helpers);
hbs.registerPartial("code", template(hbs, "code.hbs"));
hbs.registerPartial("problem", template(hbs, "problem.hbs"));
const referenceTemplate = template(hbs, "reference.hbs");
const page = template(hbs, "page.hbs");
const problemPage = template(hbs, "problem-page.hbs");

/** The fixed headings of REFERENCE.md: the template writes these texts, and their anchors are made from them. */
const headingsOf = (model: Model) => ({ title: `HTTP status codes reference (v${model.version})`, index: "Index", unofficial: "Unofficial codes", headers: "Headers", problemTypes: "Problem types" });
/** The heading of a class's part, and of a code's section, as written (the template escapes them). */
const classHeading = (c: StatusClassInfo) => `${c.range} ${c.title}`;
const codeHeading = (s: Status) => `${s.code} ${s.phrase}`;

type Anchors = { code: Map<number, string>; header: Map<string, string>; vendor: Map<string, string>; class: Map<string, string>; problem: Map<string, string> };

/** Where a code's page is, under the docs' folder. */
const codePagePath = (s: Status) => `codes/${s.code}.md`;
/** Where a problem type's page is, under the docs' folder: its slug, so that the folder published at the problem base serves each type URI. */
const problemPagePath = (p: ProblemTypeInfo) => `problems/${p.slug}.md`;

/** status-docs: REFERENCE.md with every code and problem type, one page per code under codes/ and one per problem type under problems/. */
export const docs: Target = {
  name: "docs",
  package: PACKAGE_NAMES.docs,
  packageDir: "packages/docs",
  dir: "packages/docs/generated",
  generate: reference,
};

function reference(model: Model) {
  const { anchors, parts } = layout(model);
  const view = (s: Status, isPage: boolean) => codeView(model, s, anchors, isPage);
  const classes = model.classes.map((c) => ({
    ...c,
    headingText: classHeading(c),
    anchor: anchors.class.get(c.key)!,
    intro: CLASS_INTROS[c.key],
    codes: c.official.map((s) => view(s, false)),
    unofficial: c.unofficial.map((s) => ({ code: s.code, anchor: anchors.code.get(s.code)! })),
  }));
  const vendors = model.otherVendors.map((v) => ({
    name: v.name,
    anchor: anchors.vendor.get(v.name),
    codes: v.statuses.map((s) => view(s, false)),
  }));
  const own = model.ownVendor && { title: ownTitle(model), anchor: parts.ownAnchor, codes: model.ownVendor.statuses.map((s) => view(s, false)) };
  const headers = model.headers.map((h) => headerView(h, anchors));
  const index = model.statuses.map((s) => view(s, false));
  const common = { notice: GENERATED_NOTICE, version: model.version, headings: headingsOf(model), packages: model.organization.packages };
  const problems = model.problemTypes.map((p) => problemView(model, p, anchors, false));
  return [
    { path: "REFERENCE.md", content: tidy(referenceTemplate({ ...common, ...parts, index, classes, own, vendors, headers, problems })) },
    ...model.statuses.map((s) => ({ path: codePagePath(s), content: tidy(page({ ...common, ...view(s, true) })) })),
    ...model.problemTypes.map((p) => ({ path: problemPagePath(p), content: tidy(problemPage({ ...common, organization: model.organization.name, ...problemView(model, p, anchors, true) })) })),
  ];
}

/** Every heading of REFERENCE.md in document order, so each anchor is what GitHub gives it (repeats get `-1`). */
function layout(model: Model) {
  const slug = createSlugger();
  const anchors: Anchors = { code: new Map(), header: new Map(), vendor: new Map(), class: new Map(), problem: new Map() };
  const headings = headingsOf(model);
  const code = (s: Status) => anchors.code.set(s.code, slug(oneLine(codeHeading(s))));
  const parts = { titleAnchor: slug(headings.title), indexAnchor: slug(headings.index) };
  for (const c of model.classes) {
    anchors.class.set(c.key, slug(oneLine(classHeading(c))));
    c.official.forEach(code);
  }
  const ownVendor = model.ownVendor;
  const ownAnchor = ownVendor && slug(ownTitle(model));
  if (ownVendor) {
    anchors.vendor.set(ownVendor.name, ownAnchor!);
    ownVendor.statuses.forEach(code);
  }
  const unofficialAnchor = slug(headings.unofficial);
  for (const vendor of model.otherVendors) {
    const anchor = slug(oneLine(vendor.name));
    if (hasAnchor(oneLine(vendor.name))) anchors.vendor.set(vendor.name, anchor);
    vendor.statuses.forEach(code);
  }
  const headersAnchor = slug(headings.headers);
  for (const h of model.headers) anchors.header.set(h.name, slug(oneLine(h.name)));
  const problemTypesAnchor = slug(headings.problemTypes);
  for (const p of model.problemTypes) anchors.problem.set(p.slug, slug(oneLine(p.title)));
  return { anchors, parts: { ...parts, ownAnchor, unofficialAnchor, headersAnchor, problemTypesAnchor } };
}

/** The heading of the organisation's own codes, which come right after the official ones. */
function ownTitle(model: Model): string {
  return `${oneLine(model.organization.name)}'s own codes`;
}

/** One code's section: the same data in REFERENCE.md and on its own page, where links point back into REFERENCE.md. */
function codeView(model: Model, s: Status, anchors: Anchors, isPage: boolean) {
  const cls = s.classInfo;
  const base = isPage ? "../REFERENCE.md" : "";
  return {
    ...s,
    headingText: codeHeading(s),
    isPage,
    base,
    hashes: isPage ? "#" : s.official || s.vendor === model.ownVendor?.name ? "###" : "####",
    anchor: anchors.code.get(s.code)!,
    page: codePagePath(s),
    class: cls && { range: cls.range, title: cls.title, anchor: anchors.class.get(cls.key)! },
    vendorAnchor: s.vendor === undefined ? undefined : anchors.vendor.get(s.vendor),
    flags: model.flags.map((flag) => ({ label: flag.label, value: s[flag.key] })),
    headers: s.headerFields.map(({ info, required }) => ({ name: info.name, anchor: anchors.header.get(info.name), reference: info.reference, required })),
    usage: {
      constant: constantRef(s.key),
      legacy: s.legacyKeys.map(constantRef),
      openapi: s.hasResponse ? responseRef(model, s.name) : undefined,
      schema: cls ? statusCodeDefRef(model, cls.typeName) : undefined,
    },
  };
}

/** One problem type's section: the same data in REFERENCE.md and on its own page. */
function problemView(model: Model, p: ProblemTypeInfo, anchors: Anchors, isPage: boolean) {
  return {
    ...p,
    isPage,
    hashes: isPage ? "#" : "###",
    anchor: anchors.problem.get(p.slug)!,
    page: problemPagePath(p),
    statusLink: isPage ? `../codes/${p.status.code}.md` : `#${anchors.code.get(p.status.code)!}`,
    extensions: p.extensions.map((e) => ({ ...e, schemaText: JSON.stringify(e.schema) })),
    usage: {
      core: `import { ${p.name} } from "${model.organization.packages.core}/errors"`,
      openapi: responseRef(model, p.name),
      schema: `${model.organization.packages.jsonSchema}/generated/${problemTypeFile(p)}`,
    },
  };
}

/** One header field's entry, with the codes that go with it. */
function headerView(h: HeaderInfo, anchors: Anchors) {
  return {
    ...h,
    anchor: anchors.header.get(h.name)!,
    example: h.example === undefined ? undefined : `${h.name}: ${h.example}`,
    codes: h.codes.map((code) => ({ code, anchor: anchors.code.get(code)! })),
  };
}

/** LF only, no run of blank lines, exactly one trailing newline, whatever the templates' block tags left. */
function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
