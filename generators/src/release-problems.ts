import type { ProblemExtension, ProblemTypeData } from "./model.js";
import type { Add } from "./release.js";

/** The wording of a problem type: a change to it is a patch (RFC 9457 asks clients not to rely on the title). */
const DOCS = ["title", "summary", "description"] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What changed in the catalogue of problem types, matched by slug. A change is major when code written against the released
 * packages breaks: a type, its class, response or schema gone or renamed; its type URI or status changed (a client matches a
 * problem by both, and the class extends its status's class); an extension member gone, a new or newly required one (servers
 * that build the problem must now pass it: a required member is required by the class's constructor and by the schemas), one
 * no longer required (clients that read it get `undefined` in its type), or one whose schema changed. A new type or a new
 * optional member is minor; wording is a patch.
 */
export function problemTypeChanges(before: readonly ProblemTypeData[], after: readonly ProblemTypeData[], add: Add): void {
  const now = new Map(after.map((p) => [p.slug, p]));
  const old = new Map(before.map((p) => [p.slug, p]));
  for (const p of before) if (!now.has(p.slug)) add("major", `Removed the problem type ${p.slug} (${p.name}).`, `To keep it minor, keep ${p.slug} in problems.`);
  for (const p of after) if (!old.has(p.slug)) add("minor", `Added the problem type ${p.slug}, sent with ${p.status}.`);
  for (const a of after) {
    const b = old.get(a.slug);
    if (b) compareProblemType(b, a, (bump, text, hint) => add(bump, `Problem type ${a.slug}: ${text}.`, hint));
  }
}

function compareProblemType(b: ProblemTypeData, a: ProblemTypeData, add: Add) {
  if (a.uri !== b.uri) add("major", `type URI now ${a.uri} (was ${b.uri})`, "To keep it minor, keep the organisation's problemBase.");
  if (a.name !== b.name) add("major", `name ${b.name} renamed to ${a.name}`, "No spec change keeps this minor: problem types have no legacy names.");
  if (a.status !== b.status) add("major", `status now ${a.status} (was ${b.status})`, `To keep it minor, keep ${a.slug} at ${b.status} and add a new problem type for ${a.status}.`);
  const docs: string[] = DOCS.filter((field) => a[field] !== b[field]);
  const oldExtensions = new Map(b.extensions.map((e) => [e.name, e]));
  const newExtensions = new Map(a.extensions.map((e) => [e.name, e]));
  for (const e of b.extensions) {
    if (!newExtensions.has(e.name)) add("major", `extension ${e.name} removed`, `To keep it minor, keep ${e.name} in its extensions (its description can say it is no longer sent).`);
  }
  for (const e of a.extensions) {
    const was = oldExtensions.get(e.name);
    if (was === undefined) {
      if (e.required) add("major", `extension ${e.name} added, required`, `To keep it minor, add ${e.name} without required: true.`);
      else add("minor", `extension ${e.name} added (optional)`);
      continue;
    }
    compareExtension(was, e, add);
    if (was.description !== e.description) docs.push(`description of ${e.name}`);
  }
  if (docs.length > 0) add("patch", `${docs.join(", ")} updated`);
}

function compareExtension(b: ProblemExtension, a: ProblemExtension, add: Add) {
  if (a.required && !b.required) add("major", `extension ${a.name} now required`, `To keep it minor, leave ${a.name} optional.`);
  if (!a.required && b.required) add("major", `extension ${a.name} no longer required`, "No spec change keeps this minor: clients that read it may now find it missing.");
  if (!same(a.schema, b.schema)) add("major", `schema of extension ${a.name} changed`, `To keep it minor, add a member under a new name and keep ${a.name} as it is.`);
}
