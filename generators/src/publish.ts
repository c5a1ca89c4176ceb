#!/usr/bin/env node
/**
 * `pnpm release`'s publish step: every package to the organisation's registry, each at most once.
 *
 * - Registry: the spec's `organization.registry`, else the npm configuration's (`.npmrc`, `npm_config_registry`).
 * - Access: the spec's `organization.access` (public or restricted).
 * - Provenance only where it can work: the public npm registry, from GitHub Actions with an OIDC token. Elsewhere it
 *   publishes without it and says so; it never fails for that alone.
 * - `--github-output` prints the registry and the token secret's name instead, for the release workflow.
 * - A version the registry already has is skipped, so a second run publishes nothing and exits 0. A package that fails
 *   is named, the others are still published, and the exit code is 1: the next run publishes what is left.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel } from "./pipeline/build.js";
import { withSlash } from "./pipeline/organization.js";
import { targets } from "./targets/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PUBLIC_NPM = "registry.npmjs.org";

type Outcome = "published" | "skipped" | "failed";

/** What a pnpm command printed and whether it succeeded. */
function pnpm(args: string[], cwd = root): Promise<{ ok: boolean; out: string }> {
  return new Promise((done) => {
    execFile("pnpm", args, { cwd, env: { ...process.env, CI: "" }, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      done({ ok: !error, out: `${stdout}${stderr}`.trim() }),
    );
  });
}

/** The registry to publish to: the spec's, else the one pnpm's npm configuration names. */
async function registryOf(fromSpec: string | undefined): Promise<string> {
  const configured = fromSpec ?? (await pnpm(["config", "get", "registry"])).out.split("\n").at(-1)!;
  return withSlash(configured);
}

/** Whether provenance can be attached here, and if not, why not. */
export function provenance(registry: string, access: string, env: NodeJS.ProcessEnv): { on: boolean; why: string } {
  if (new URL(registry).host !== PUBLIC_NPM) return { on: false, why: `provenance off: ${registry} is not the public npm registry` };
  if (access !== "public") return { on: false, why: "provenance off: only public packages carry it" };
  if (env.GITHUB_ACTIONS !== "true" || !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return { on: false, why: "provenance off: it needs GitHub Actions with `permissions: id-token: write`" };
  }
  return { on: true, why: "provenance on (GitHub Actions, public npm registry)" };
}

/** Whether the registry already has this version; an error other than "not found" is a failure to report. */
async function published(name: string, version: string, registry: string): Promise<boolean | string> {
  const view = await pnpm(["view", `${name}@${version}`, "version", "--registry", registry]);
  if (view.ok) return view.out.split("\n").includes(version);
  return /E404|404 Not Found|not found|is not in this registry/i.test(view.out) ? false : view.out;
}

/** Publish one package folder unless the registry has its version; `known` is what the registry said about it. */
async function publishOne(dir: string, known: boolean | string, registry: string, access: string, withProvenance: boolean): Promise<{ name: string; outcome: Outcome; detail: string }> {
  const { name, version } = manifest(dir);
  if (typeof known === "string") return { name: `${name}@${version}`, outcome: "failed", detail: known };
  if (known) return { name: `${name}@${version}`, outcome: "skipped", detail: "already in the registry" };
  const args = ["publish", "--no-git-checks", "--access", access, "--registry", registry, ...(withProvenance ? ["--provenance"] : [])];
  const result = await pnpm(args, join(root, dir));
  return { name: `${name}@${version}`, outcome: result.ok ? "published" : "failed", detail: result.ok ? "" : result.out };
}

function manifest(dir: string): { name: string; version: string } {
  return JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")) as { name: string; version: string };
}

async function main(argv: string[]): Promise<number> {
  const { organization } = buildModel(readFileSync(join(root, "spec/status-codes.yaml")), "0.0.0");
  const registry = await registryOf(organization.registry);
  if (argv[0] === "--github-output") {
    // For the release workflow's $GITHUB_OUTPUT: where to authenticate, and with which secret.
    process.stdout.write(`registry=${registry}\ntoken_secret=${organization.tokenSecret}\n`);
    return 0;
  }
  const { on, why } = provenance(registry, organization.access, process.env);
  process.stdout.write(`publishing to ${registry} (access ${organization.access}; ${why})\n`);
  // Asking the registry is slow and independent per package: all at once. Publishing goes one by one, in target order.
  const known = await Promise.all(targets.map(({ packageDir }) => {
    const { name, version } = manifest(packageDir);
    return published(name, version, registry);
  }));
  const results = [];
  for (const [i, { packageDir }] of targets.entries()) results.push(await publishOne(packageDir, known[i]!, registry, organization.access, on));
  for (const r of results) process.stdout.write(`  ${r.outcome.padEnd(9)} ${r.name}${r.outcome === "skipped" ? ` (${r.detail})` : ""}\n`);
  const failed = results.filter((r) => r.outcome === "failed");
  for (const f of failed) process.stderr.write(`\n${f.name} failed to publish:\n${f.detail}\n`);
  if (failed.length > 0) process.stderr.write(`\n${failed.length} package(s) not published; fix the cause and run \`pnpm release\` again to publish them.\n`);
  return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
