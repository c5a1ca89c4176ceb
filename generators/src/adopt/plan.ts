/** `pnpm adopt`, the pure part: check the flags, write the `organization:` block, rewrite one file's text. */
import { stringify } from "yaml";
import type { OrganizationInfo } from "../model.js";
import { withSlash } from "../pipeline/organization.js";
import type { SpecOrganization } from "../pipeline/spec.js";

/** The flags of `pnpm adopt`, as given. */
export interface AdoptFlags {
  scope?: string;
  name?: string;
  repository?: string;
  contact?: string;
  "problem-base"?: string;
  registry?: string;
  access?: string;
  "token-secret"?: string;
}

/** A flag `pnpm adopt` refuses (exit code 2): the message names the flag and the fix. */
export class FlagError extends Error {
  override name = "FlagError";
}

const SCOPE = /^@[a-z0-9][a-z0-9._-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a string is an absolute http(s) URL with a host and no spaces. */
function isHttpUrl(text: string, https = false): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || (!https && url.protocol === "http:")) && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * The block the flags ask for, on top of the current organisation: a flag left out keeps the current value, except
 * that a new repository also moves the contact and problem base that were derived from the old one.
 * Every bad flag is reported at once, naming the flag and the fix.
 */
export function organizationFrom(flags: AdoptFlags, current: OrganizationInfo): SpecOrganization {
  const problems: string[] = [];
  const scope = flags.scope ?? current.scope;
  if (!SCOPE.test(scope)) problems.push(`--scope ${JSON.stringify(scope)} is not an npm scope (write @ and then lower-case letters, digits, '-', '.' or '_', e.g. --scope @acme)`);
  const name = (flags.name ?? current.name).trim();
  if (name === "" || /[\r\n]/.test(name)) problems.push(`--name ${JSON.stringify(flags.name)} must be one line of text (e.g. --name "Acme Corp")`);
  const repository = (flags.repository ?? current.repository).replace(/\.git$/, "").replace(/\/+$/, "");
  if (!isHttpUrl(repository, true) || new URL(repository).pathname.length < 2 || /[?#]/.test(repository)) {
    problems.push(`--repository ${JSON.stringify(flags.repository)} is not a repository URL (write https://host/owner/name, e.g. --repository https://github.com/acme/http-status)`);
  }
  // A value that is the default for the old or the new repository is left out, so that it follows the repository.
  const derived = (value: string, suffix: string) => ([current.repository, repository].some((r) => value === `${r}${suffix}`) ? undefined : value);
  const contact = contactFrom(flags.contact, current, derived, problems);
  const problemBase = flags["problem-base"] ?? derived(current.problemBase, "/problems/");
  if (problemBase !== undefined && !isHttpUrl(problemBase)) problems.push(`--problem-base ${JSON.stringify(problemBase)} is not an http or https URL (e.g. --problem-base https://api.acme.com/problems/)`);
  const registry = flags.registry;
  if (registry !== undefined && !isHttpUrl(registry)) problems.push(`--registry ${JSON.stringify(registry)} is not an http or https URL (e.g. --registry https://npm.pkg.github.com/)`);
  const access = flags.access ?? current.access;
  if (access !== "public" && access !== "restricted") problems.push(`--access ${JSON.stringify(access)} must be public or restricted`);
  const tokenSecret = flags["token-secret"] ?? current.tokenSecret;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenSecret)) problems.push(`--token-secret ${JSON.stringify(tokenSecret)} is not a secret name (letters, digits and _, e.g. --token-secret NPM_TOKEN)`);
  if (problems.length > 0) throw new FlagError(problems.join("\n"));
  return {
    name,
    scope,
    repository,
    ...(contact && { contact }),
    ...(problemBase !== undefined && { problemBase: withSlash(problemBase) }),
    ...(registry !== undefined ? { registry: withSlash(registry) } : current.registry && { registry: current.registry }),
    access: access as "public" | "restricted",
    ...(tokenSecret !== "NPM_TOKEN" && { tokenSecret }),
  };
}

function contactFrom(flag: string | undefined, current: OrganizationInfo, derived: (value: string, suffix: string) => string | undefined, problems: string[]): SpecOrganization["contact"] {
  if (flag !== undefined) {
    if (EMAIL.test(flag) && !flag.includes("/")) return { email: flag };
    if (isHttpUrl(flag)) return { url: flag };
    problems.push(`--contact ${JSON.stringify(flag)} is neither an http(s) URL nor an e-mail address (e.g. --contact https://acme.example/api-team or --contact api@acme.example)`);
    return undefined;
  }
  const url = current.contact.url && derived(current.contact.url, "/issues");
  if (url === undefined && current.contact.email === undefined) return undefined; // the new repository's issues
  return { ...(current.contact.name !== current.name && { name: current.contact.name }), ...(url && { url }), ...(current.contact.email && { email: current.contact.email }) };
}

/** The `organization:` block as YAML, with the comment that introduces it. */
export function organizationBlock(org: SpecOrganization): string {
  const comment = [
    "# Who the packages belong to: every output takes its package names, links and contact from here.",
    "# `pnpm adopt` rewrites this block and every hand-written use of the scope and repository (README, \"Make it yours\").",
    ...(org.registry ? [] : ["# registry: is left out so that `pnpm release` uses your npm configuration's registry (.npmrc, npm_config_registry)."]),
  ];
  return `${comment.join("\n")}\n${stringify({ organization: org }, { lineWidth: 0 })}`;
}

/**
 * The spec text with its `organization:` block (and the comment lines right above it) replaced by `block`, or the
 * block put before the first top-level field when there is none.
 */
export function withBlock(spec: string, block: string): string {
  const lines = spec.split("\n");
  let start = lines.findIndex((l) => /^organization:/.test(l));
  if (start === -1) {
    const first = lines.findIndex((l) => /^[^\s#]/.test(l));
    return [...lines.slice(0, first), ...block.trimEnd().split("\n"), "", ...lines.slice(first)].join("\n");
  }
  let end = start + 1;
  while (end < lines.length && (lines[end] === "" || /^[\s#]/.test(lines[end]!))) end++;
  while (end > start + 1 && lines[end - 1] === "") end--;
  // The block's own comment: the comment lines right above it, up to the blank line after the file's header.
  while (start > 0 && lines[start - 1]!.startsWith("#")) start--;
  return [...lines.slice(0, start), ...block.trimEnd().split("\n"), ...lines.slice(end)].join("\n");
}

/**
 * Rewrites of one file's text: the old scope (before a `/`, a quote or an escaped slash), the old problem base (type
 * URIs in examples and test documents) and the old repository URL. The problem base goes first: it often starts with
 * the repository URL.
 */
export function rewriter(from: OrganizationInfo, to: SpecOrganization): (text: string) => string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const rules: [RegExp, string][] = [];
  if (from.scope !== to.scope) rules.push([new RegExp(`(?<![\\w.@-])${escape(from.scope)}(?=/|\\\\/|["'\`])`, "g"), to.scope]);
  const problemBase = to.problemBase ?? `${to.repository}/problems/`;
  if (from.problemBase !== problemBase) rules.push([new RegExp(escape(from.problemBase), "g"), problemBase]);
  if (from.repository !== to.repository) rules.push([new RegExp(`${escape(from.repository)}(?![\\w-])`, "g"), to.repository]);
  return (text) => rules.reduce((t, [pattern, replacement]) => t.replace(pattern, () => replacement), text);
}
