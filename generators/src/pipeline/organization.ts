import { type OrganizationInfo, PACKAGE_NAMES } from "../model.js";
import type { SpecOrganization } from "./spec.js";

/** The placeholder identity: what a spec without an `organization:` block gets, and what `pnpm adopt` replaces. */
export const PLACEHOLDER: Required<Pick<SpecOrganization, "name" | "scope" | "repository" | "contact">> = {
  name: "Org",
  scope: "@org",
  repository: "https://github.com/org/status-codes",
  contact: { name: "HTTP status codes project", url: "https://github.com/org/status-codes/issues" },
};

/** A base URL as the organisation's block keeps it: ending in `/`. */
export const withSlash = (url: string): string => (url.endsWith("/") ? url : `${url}/`);

/** The organisation's identity with every default filled in and every derived name computed once. */
export function organizationOf(spec: SpecOrganization = PLACEHOLDER): OrganizationInfo {
  const repository = spec.repository.replace(/\/+$/, "");
  const contact = spec.contact ?? { url: `${repository}/issues` };
  const packages = Object.fromEntries(Object.entries(PACKAGE_NAMES).map(([k, name]) => [k, `${spec.scope}/${name}`]));
  return {
    name: spec.name,
    scope: spec.scope,
    repository,
    contact: { name: contact.name ?? spec.name, ...(contact.url && { url: contact.url }), ...(contact.email && { email: contact.email }) },
    problemBase: withSlash(spec.problemBase ?? `${repository}/problems/`),
    schemaBase: `${repository}/schemas/`,
    registry: spec.registry && withSlash(spec.registry),
    access: spec.access ?? "public",
    tokenSecret: spec.tokenSecret ?? "NPM_TOKEN",
    packages: packages as OrganizationInfo["packages"],
  };
}
