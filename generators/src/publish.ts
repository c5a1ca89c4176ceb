#!/usr/bin/env node
/**
 * `pnpm release`'s publish step: every package to the organisation's registry, each at most once.
 *
 * - Registry: the spec's `organization.registry`, else the npm configuration's (`.npmrc`, `npm_config_registry`).
 * - Access: the spec's `organization.access` (public or restricted).
 * - Provenance only where it can work: the public npm registry, from GitHub Actions with an OIDC token. Elsewhere it
 *   publishes without it and says so; it never fails for that alone.
 * - A version the registry already has is skipped, so a second run publishes nothing and exits 0. A package that fails
 *   is named, the others are still published, and the exit code is 1: the next run publishes what is left.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel } from "./pipeline/build.js";
import { targets } from "./targets/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PUBLIC_NPM = "registry.npmjs.org";

type Outcome = "published" | "skipped" | "failed";

/** What a command printed and how it ended. */
function pnpm(args: string[], cwd = root) {
  const result = spawnSync("pnpm", args, { cwd, encoding: "utf8", env: { ...process.env, CI: "" } });
  return { ok: result.status === 0, out: `${result.stdout}${result.stderr}`.trim() };
}

/** The registry to publish to: the spec's, else the one pnpm's npm configuration names. */
function registryOf(fromSpec: string | undefined): string {
  const configured = fromSpec ?? pnpm(["config", "get", "registry"]).out.split("\n").at(-1)!;
  return configured.endsWith("/") ? configured : `${configured}/`;
}

/** Whether provenance can be attached here, and if not, why not. */
function provenance(registry: string, access: string): { on: boolean; why: string } {
  if (new URL(registry).host !== PUBLIC_NPM) return { on: false, why: `provenance off: ${registry} is not the public npm registry` };
  if (access !== "public") return { on: false, why: "provenance off: only public packages carry it" };
  if (process.env.GITHUB_ACTIONS !== "true" || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return { on: false, why: "provenance off: it needs GitHub Actions with `permissions: id-token: write`" };
  }
  return { on: true, why: "provenance on (GitHub Actions, public npm registry)" };
}

/** Whether the registry already has this version; an error other than "not found" is a failure to report. */
function published(name: string, version: string, registry: string): boolean | string {
  const view = pnpm(["view", `${name}@${version}`, "version", "--registry", registry]);
  if (view.ok) return view.out.split("\n").includes(version);
  return /E404|404 Not Found|not found|is not in this registry/i.test(view.out) ? false : view.out;
}

function publishOne(dir: string, registry: string, access: string, withProvenance: boolean): { name: string; outcome: Outcome; detail: string } {
  const { name, version } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as { name: string; version: string };
  const known = published(name, version, registry);
  if (typeof known === "string") return { name: `${name}@${version}`, outcome: "failed", detail: known };
  if (known) return { name: `${name}@${version}`, outcome: "skipped", detail: "already in the registry" };
  const args = ["publish", "--no-git-checks", "--access", access, "--registry", registry, ...(withProvenance ? ["--provenance"] : [])];
  const result = pnpm(args, join(root, dir));
  return { name: `${name}@${version}`, outcome: result.ok ? "published" : "failed", detail: result.ok ? "" : result.out };
}

function main(): number {
  const { organization } = buildModel(readFileSync(join(root, "spec/status-codes.yaml")), "0.0.0");
  const registry = registryOf(organization.registry);
  const { on, why } = provenance(registry, organization.access);
  process.stdout.write(`publishing to ${registry} (access ${organization.access}; ${why})\n`);
  const results = targets.map((t) => publishOne(t.packageDir, registry, organization.access, on));
  for (const r of results) process.stdout.write(`  ${r.outcome.padEnd(9)} ${r.name}${r.outcome === "skipped" ? ` (${r.detail})` : ""}\n`);
  const failed = results.filter((r) => r.outcome === "failed");
  for (const f of failed) process.stderr.write(`\n${f.name} failed to publish:\n${f.detail}\n`);
  if (failed.length > 0) process.stderr.write(`\n${failed.length} package(s) not published; fix the cause and run \`pnpm release\` again to publish them.\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
