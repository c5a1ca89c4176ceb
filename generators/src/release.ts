import { createHash } from "node:crypto";
import { headerData, type HeaderData, type Model, type OrganizationInfo, problemTypeData, type ProblemTypeData, statusData, type StatusData } from "./model.js";
import { FLAGS } from "./pipeline/normalize.js";
import { phraseLookupKey } from "./pipeline/naming.js";
import { problemTypeChanges } from "./release-problems.js";
import { oneLine } from "./targets/format.js";
import { targets } from "./targets/index.js";

/** The spec as last released: the model without its version, kept in `.changeset/released-spec.json`. */
export interface ReleasedSpec {
  statuses: readonly StatusData[];
  headers: readonly HeaderData[];
  /** The problem types; a release recorded before they existed has none. */
  problems?: readonly ProblemTypeData[];
}

export type Bump = "major" | "minor" | "patch";

/** One user-visible change to the spec, with the semver bump it implies. */
export interface SpecChange {
  bump: Bump;
  /** The line that the changeset, and so every package's changelog, gets. */
  text: string;
  /** For a major change: what in the spec keeps it minor, or that nothing does. Printed by `pnpm gen`, never released. */
  hint?: string;
}

/** The packages that are always released together (the changesets fixed group): one per target, in the organisation's scope. */
export function publicPackages(organization: OrganizationInfo): string[] {
  return targets.map((t) => `${organization.scope}/${t.package}`);
}
export const RELEASED_SPEC = ".changeset/released-spec.json";

/** The wording fields of a code: a change to them is a patch. */
const DOCS = ["summary", "description", "reference", "otherMeanings"] as const;

/** Records one change with its bump (and, for a major one, what would keep it minor). */
export type Add = (bump: Bump, text: string, hint?: string) => void;

/** The part of the model a release is compared on. */
export function releasedSpec(model: Model): ReleasedSpec {
  return { statuses: model.statuses.map(statusData), headers: model.headers.map(headerData), problems: model.problemTypes.map(problemTypeData) };
}

/**
 * What changed between two versions of the spec, and the bump each change implies. A change is major when something
 * a user refers to stops working: a code, a constant or PascalCase name, a phrase or alias that `getStatusCode`
 * accepted, a header, or a problem type as release-problems.ts says. Anything else that adds or changes behaviour is
 * minor; wording is a patch.
 */
export function specChanges(before: ReleasedSpec, after: ReleasedSpec): SpecChange[] {
  before = { ...before, statuses: before.statuses.map(withDefaults) };
  const changes: SpecChange[] = [];
  const add: Add = (bump, text, hint) => changes.push(hint === undefined ? { bump, text } : { bump, text, hint });
  const old = new Map(before.statuses.map((s) => [s.code, s]));
  const now = new Map(after.statuses.map((s) => [s.code, s]));
  const label = (s: StatusData) => `${s.code} ${oneLine(s.phrase)}`;

  for (const s of before.statuses) {
    if (!now.has(s.code)) add("major", `Removed ${label(s)} (constant ${s.key}).`, "To keep it minor, keep the code and mark it `deprecated: <why>`.");
  }
  for (const s of after.statuses) if (!old.has(s.code)) add("minor", `Added ${label(s)}${s.official ? "" : ` (${oneLine(s.vendor ?? "")})`}.`);
  for (const a of after.statuses) {
    const b = old.get(a.code);
    if (b) compareStatus(b, a, (bump, text, hint) => add(bump, `${label(a)}: ${text}${/[.!?]$/.test(text) ? "" : "."}`, hint));
  }
  const oldHeaders = new Map(before.headers.map((h) => [h.name, h]));
  const newHeaders = new Map(after.headers.map((h) => [h.name, h]));
  for (const h of before.headers) if (!newHeaders.has(h.name)) add("major", `Removed the header ${h.name}.`, `To keep it minor, keep ${h.name} in the top-level headers list.`);
  for (const h of after.headers) {
    const b = oldHeaders.get(h.name);
    if (!b) add("minor", `Added the header ${h.name}.`);
    else if (!same(b, h)) add("patch", `Header ${h.name}: documentation updated.`);
  }
  problemTypeChanges(before.problems ?? [], after.problems ?? [], add);
  return changes;
}

function compareStatus(b: StatusData, a: StatusData, add: Add) {
  compareNames("constant", "legacyKeys", [b.key, b.legacyKeys], [a.key, a.legacyKeys], add);
  compareNames("PascalCase name", "legacyNames", [b.name, b.legacyNames], [a.name, a.legacyNames], add);
  comparePhrases(b, a, add);
  for (const flag of FLAGS) {
    if (a[flag.key] !== b[flag.key]) add("minor", `${a[flag.key] ? "now" : "no longer"} ${flag.label.toLowerCase()}`);
  }
  if (!same(a.headers, b.headers)) add("minor", `headers now ${a.headers.join(", ") || "none"} (were ${b.headers.join(", ") || "none"})`);
  if (!same(a.requiredHeaders, b.requiredHeaders)) add("minor", `required headers now ${a.requiredHeaders.join(", ") || "none"} (were ${b.requiredHeaders.join(", ") || "none"})`);
  if (a.registry !== b.registry) add("minor", `registry status ${b.registry ?? "none"} -> ${a.registry ?? "none"}`);
  if (a.vendor !== b.vendor) add("minor", `vendor ${oneLine(b.vendor ?? "none (official)")} -> ${oneLine(a.vendor ?? "none (official)")}`);
  if ((a.deprecated === undefined) !== (b.deprecated === undefined)) add("minor", a.deprecated ? `deprecated: ${oneLine(a.deprecated)}` : "no longer deprecated");
  const docs: string[] = DOCS.filter((field) => !same(a[field], b[field]));
  if (a.deprecated !== undefined && b.deprecated !== undefined && a.deprecated !== b.deprecated) docs.push("deprecation reason");
  if (docs.length > 0) add("patch", `${docs.join(", ")} updated`);
}

/**
 * A constant key or a PascalCase name, with its legacy list. Every old one that is neither current nor legacy any more is
 * gone (major); a rename that keeps the old one as legacy, or a new legacy one, is minor.
 */
function compareNames(kind: string, field: string, [bCurrent, bLegacy]: [string, readonly string[]], [aCurrent, aLegacy]: [string, readonly string[]], add: Add) {
  const before = [bCurrent, ...bLegacy];
  const after = [aCurrent, ...aLegacy];
  if (aCurrent !== bCurrent) {
    if (after.includes(bCurrent)) add("minor", `${kind} ${bCurrent} renamed to ${aCurrent}, the old one kept as a deprecated alias`);
    else add("major", `${kind} ${bCurrent} renamed to ${aCurrent}`, `To keep it minor, list ${bCurrent} in ${field}.`);
  }
  for (const name of bLegacy.filter((n) => !after.includes(n))) add("major", `deprecated ${kind} ${name} removed`, `To keep it minor, keep ${name} in ${field}.`);
  for (const name of aLegacy.filter((n) => !before.includes(n))) add("minor", `deprecated ${kind} ${name} added`);
}

/** The phrase and aliases, compared the way `getStatusCode` matches them; `reverseLookup` decides whether it does at all. */
function comparePhrases(b: StatusData, a: StatusData, add: Add) {
  const accepted = new Set(a.reverseLookup ? [a.phrase, ...a.aliases].map(phraseLookupKey) : []);
  // Only a code that stays in reverse lookups can lose one phrase; turning them off is its own change.
  const lost = (text: string) => b.reverseLookup && a.reverseLookup && !accepted.has(phraseLookupKey(text));
  if (a.phrase !== b.phrase) {
    if (lost(b.phrase)) add("major", `phrase was "${oneLine(b.phrase)}", which getStatusCode no longer accepts`, `To keep it minor, list "${oneLine(b.phrase)}" in aliases.`);
    else add("minor", `phrase was "${oneLine(b.phrase)}"`);
  }
  for (const alias of b.aliases.filter((x) => !a.aliases.includes(x))) {
    if (lost(alias)) add("major", `alias "${oneLine(alias)}" removed`, `To keep it minor, keep "${oneLine(alias)}" in aliases.`);
    else add("minor", `alias "${oneLine(alias)}" removed${a.reverseLookup && b.reverseLookup ? " (getStatusCode still accepts it)" : ""}`);
  }
  for (const alias of a.aliases.filter((x) => !b.aliases.includes(x))) add("minor", `alias "${oneLine(alias)}" added`);
  if (a.reverseLookup !== b.reverseLookup) {
    if (a.reverseLookup) add("minor", "getStatusCode now finds it by its phrase and aliases");
    else add("major", "getStatusCode no longer finds it by its phrase and aliases", "No spec change keeps this minor.");
  }
}

/** The fields added to the model since the first release, at the values an older record means. */
const ADDED_SINCE = { legacyNames: [], reverseLookup: true, neverSent: false, requiredHeaders: [] } satisfies Partial<StatusData>;

/** A status as an older release recorded it, with the fields added since at their defaults. */
function withDefaults(s: StatusData): StatusData {
  return { ...ADDED_SINCE, ...s };
}

/** The highest bump among the changes. */
export function bumpOf(changes: readonly SpecChange[]): Bump | undefined {
  return (["major", "minor", "patch"] as const).find((bump) => changes.some((c) => c.bump === bump));
}

/** The changeset that covers exactly these changes; its name carries their hash, so a later edit shows as uncovered. */
export function changesetFor(changes: readonly SpecChange[], packages: readonly string[]): { name: string; content: string } {
  const bump = bumpOf(changes) ?? "patch";
  const body = changes.map((c) => `- ${c.text}`).join("\n");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const front = packages.map((p) => `"${p}": ${bump}`).join("\n");
  return { name: `spec-${hash}.md`, content: `---\n${front}\n---\n\nSpec changes:\n\n${body}\n` };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What `pnpm gen` does about releases: a changeset to write, stale ones to remove, and what to print. */
export interface ReleasePlan {
  write?: { name: string; content: string };
  remove: string[];
  message: string;
}

/** Whether a file in `.changeset/` is one that `pnpm gen --changeset` writes. */
export const isSpecChangeset = (file: string) => /^spec-[0-9a-f]+\.md$/.test(file);

/**
 * Compare the spec with the one last released (`undefined` when none is recorded) and decide: with `writeChangeset`,
 * write the changeset that covers the difference (and remove our stale ones); without, say what no changeset covers.
 * `pending` holds the spec changesets in `.changeset/` (see `isSpecChangeset`), by file name, with their content: one
 * covers the spec only if it is exactly the changeset that `--changeset` would write now (same changes, same bump).
 */
export function planRelease(released: ReleasedSpec | undefined, model: Model, pending: ReadonlyMap<string, string>, writeChangeset: boolean): ReleasePlan {
  // Without a released spec there is nothing to compare with (the CLI refuses --changeset then).
  if (released === undefined) return { remove: [], message: "" };
  const changes = specChanges(released, releasedSpec(model));
  const ours = [...pending.keys()];
  const packages = publicPackages(model.organization);
  const wanted = changes.length > 0 ? changesetFor(changes, packages) : undefined;
  if (!writeChangeset) {
    if (!wanted || pending.get(wanted.name) === wanted.content) return { remove: [], message: "" };
    const count = `${changes.length} change${changes.length === 1 ? "" : "s"}`;
    return { remove: [], message: `note: the spec has ${count} since the last release (a ${bumpOf(changes)} bump) that no changeset covers; run \`pnpm gen --changeset\`\n${changeLines(changes)}` };
  }
  const remove = ours.filter((f) => f !== wanted?.name);
  if (!wanted) return { remove, message: "the spec has not changed since the last release: no changeset needed\n" };
  return { write: wanted, remove, message: `wrote .changeset/${wanted.name} (${bumpOf(changes)} for all ${packages.length} packages):\n${changeLines(changes)}` };
}

function changeLines(changes: readonly SpecChange[]): string {
  return changes.map((c) => `  ${c.bump.padEnd(5)}  ${c.text}${c.hint ? ` ${c.hint}` : ""}\n`).join("");
}
