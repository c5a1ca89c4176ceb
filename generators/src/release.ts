import { createHash } from "node:crypto";
import type { HeaderInfo, Model, Status } from "./model.js";
import { FLAGS } from "./pipeline/normalize.js";
import { phraseLookupKey } from "./pipeline/naming.js";
import { UsageError } from "./pipeline/problems.js";
import { targets } from "./targets/index.js";

/** The spec as last released: the model without its version, kept in `.changeset/released-spec.json`. */
export interface ReleasedSpec {
  statuses: readonly Status[];
  headers: readonly HeaderInfo[];
}

export type Bump = "major" | "minor" | "patch";

/** One user-visible change to the spec, with the semver bump it implies. */
export interface SpecChange {
  bump: Bump;
  text: string;
}

/** The packages that are always released together (the changesets fixed group): one per target. */
export const PUBLIC_PACKAGES: readonly string[] = targets.map((t) => t.package);
export const RELEASED_SPEC = ".changeset/released-spec.json";

const DOCS = ["summary", "description", "reference", "otherMeanings"] as const;

/** The part of the model a release is compared on. */
export function releasedSpec(model: Model): ReleasedSpec {
  return { statuses: model.statuses, headers: model.headers };
}

/**
 * What changed between two versions of the spec. A removed or renamed code, constant, response name
 * or alias, or a phrase that lookups no longer accept, breaks users (major); a new code or a changed phrase
 * (the old one kept as an alias), flag or header is a feature (minor); wording and references are a fix (patch).
 */
export function specChanges(before: ReleasedSpec, after: ReleasedSpec): SpecChange[] {
  before = { ...before, statuses: before.statuses.map(withDefaults) };
  const changes: SpecChange[] = [];
  const add = (bump: Bump, text: string) => changes.push({ bump, text });
  const old = new Map(before.statuses.map((s) => [s.code, s]));
  const now = new Map(after.statuses.map((s) => [s.code, s]));
  const label = (s: Status) => `${s.code} ${s.phrase}`;

  for (const s of before.statuses) if (!now.has(s.code)) add("major", `Removed ${label(s)} (constant ${s.key}).`);
  for (const s of after.statuses) if (!old.has(s.code)) add("minor", `Added ${label(s)}${s.official ? "" : ` (${s.vendor})`}.`);
  for (const a of after.statuses) {
    const b = old.get(a.code);
    if (b) compareStatus(b, a, (bump, text) => add(bump, `${label(a)}: ${text}.`));
  }
  const oldHeaders = new Map(before.headers.map((h) => [h.name, h]));
  const newHeaders = new Map(after.headers.map((h) => [h.name, h]));
  for (const h of before.headers) if (!newHeaders.has(h.name)) add("major", `Removed the header ${h.name}.`);
  for (const h of after.headers) {
    const b = oldHeaders.get(h.name);
    if (!b) add("minor", `Added the header ${h.name}.`);
    else if (!same(b, h)) add("patch", `Header ${h.name}: documentation updated.`);
  }
  return changes;
}

function compareStatus(b: Status, a: Status, add: (bump: Bump, text: string) => void) {
  const removed = (from: readonly string[], to: readonly string[]) => from.filter((x) => !to.includes(x));
  for (const key of removed([b.key, ...b.legacyKeys], [a.key, ...a.legacyKeys])) add("major", `constant ${key} removed`);
  for (const key of removed([a.key, ...a.legacyKeys], [b.key, ...b.legacyKeys])) add("minor", `constant ${key} added`);
  if (a.name !== b.name) add("major", `response and type name ${b.name} renamed to ${a.name}`);
  for (const name of removed(b.legacyNames, a.legacyNames)) add("major", `legacy name ${name} removed`);
  for (const name of removed(a.legacyNames, b.legacyNames)) add("minor", `legacy name ${name} added`);
  for (const alias of removed(b.aliases, a.aliases)) add("major", `alias "${alias}" removed`);
  for (const alias of removed(a.aliases, b.aliases)) add("minor", `alias "${alias}" added`);
  if (a.phrase !== b.phrase) {
    // The old phrase still works if the current phrase or an alias matches it the way getStatusCode compares.
    const old = phraseLookupKey(b.phrase);
    if ([a.phrase, ...a.aliases].some((text) => phraseLookupKey(text) === old)) add("minor", `phrase was "${b.phrase}"`);
    else add("major", `phrase was "${b.phrase}", which getStatusCode no longer accepts (add it to aliases to keep it working)`);
  }
  for (const flag of FLAGS) {
    if (a[flag.key] !== b[flag.key]) add("minor", `${a[flag.key] ? "now" : "no longer"} ${flag.label.toLowerCase()}`);
  }
  if (!same(a.headers, b.headers)) add("minor", `headers now ${a.headers.join(", ") || "none"} (were ${b.headers.join(", ") || "none"})`);
  if (!same(a.requiredHeaders, b.requiredHeaders)) add("minor", `required headers now ${a.requiredHeaders.join(", ") || "none"} (were ${b.requiredHeaders.join(", ") || "none"})`);
  if (a.reverseLookup !== b.reverseLookup) {
    if (a.reverseLookup) add("minor", "getStatusCode now finds it by its phrase");
    else add("major", "getStatusCode no longer finds it by its phrase and aliases");
  }
  if (a.registry !== b.registry) add("minor", `registry status ${b.registry ?? "none"} -> ${a.registry ?? "none"}`);
  if (a.vendor !== b.vendor) add("minor", `vendor ${b.vendor ?? "none (official)"} -> ${a.vendor ?? "none (official)"}`);
  if (a.deprecated !== b.deprecated) add("minor", a.deprecated ? `deprecated: ${a.deprecated}` : "no longer deprecated");
  const docs = DOCS.filter((field) => !same(a[field], b[field]));
  if (docs.length > 0) add("patch", `${docs.join(", ")} updated`);
}

/** The fields added to the model since the first release, at the values an older record means. */
const ADDED_SINCE = { legacyNames: [], reverseLookup: true, neverSent: false, requiredHeaders: [] } satisfies Partial<Status>;

/** A status as an older release recorded it, with the fields added since at their defaults. */
function withDefaults(s: Status): Status {
  return { ...ADDED_SINCE, ...s };
}

/** The highest bump among the changes. */
export function bumpOf(changes: readonly SpecChange[]): Bump | undefined {
  return (["major", "minor", "patch"] as const).find((bump) => changes.some((c) => c.bump === bump));
}

/** The changeset that covers exactly these changes; its name carries their hash, so a later edit shows as uncovered. */
export function changesetFor(changes: readonly SpecChange[]): { name: string; content: string } {
  const bump = bumpOf(changes) ?? "patch";
  const body = changes.map((c) => `- ${c.text}`).join("\n");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  const front = PUBLIC_PACKAGES.map((p) => `"${p}": ${bump}`).join("\n");
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

/**
 * Compare the spec with the one last released (`undefined` when none is recorded) and decide: with `writeChangeset`,
 * write the changeset that covers the difference (and remove our stale ones); without, say what no changeset covers.
 * `changesets` are the file names in `.changeset/`.
 */
export function planRelease(released: ReleasedSpec | undefined, model: Model, changesets: readonly string[], writeChangeset: boolean): ReleasePlan {
  if (released === undefined) {
    if (writeChangeset) throw new UsageError(`no released spec at ${RELEASED_SPEC} to compare with (run \`pnpm gen --mark-released\` once to record the current spec)`);
    return { remove: [], message: "" };
  }
  const changes = specChanges(released, releasedSpec(model));
  const ours = changesets.filter((f) => /^spec-[0-9a-f]+\.md$/.test(f));
  const wanted = changes.length > 0 ? changesetFor(changes) : undefined;
  if (!writeChangeset) {
    if (!wanted || ours.includes(wanted.name)) return { remove: [], message: "" };
    const count = `${changes.length} change${changes.length === 1 ? "" : "s"}`;
    return { remove: [], message: `note: the spec has ${count} since the last release (a ${bumpOf(changes)} bump) that no changeset covers; run \`pnpm gen --changeset\`\n${changeLines(changes)}` };
  }
  const remove = ours.filter((f) => f !== wanted?.name);
  if (!wanted) return { remove, message: "the spec has not changed since the last release: no changeset needed\n" };
  return { write: wanted, remove, message: `wrote .changeset/${wanted.name} (${bumpOf(changes)} for all ${PUBLIC_PACKAGES.length} packages):\n${changeLines(changes)}` };
}

function changeLines(changes: readonly SpecChange[]): string {
  return changes.map((c) => `  ${c.bump.padEnd(5)}  ${c.text}\n`).join("");
}
