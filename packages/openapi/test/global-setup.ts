/**
 * Packs this package and @org/status-core once per test run, each into a folder of its own outside the repository;
 * consumer.test.ts and frameworks.test.ts install the tarballs they need into scratch projects of their own
 * (`inject("tarballs")`), as a user would.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { CORE, exec, PKG } from "./helpers.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The absolute paths of the packed tarballs. */
    tarballs: { openapi: string; core: string };
  }
}

/** Pack a workspace package into `into`; resolves with the tarball's absolute path. */
async function pack(pkg: string, into: string): Promise<string> {
  mkdirSync(into);
  const packed = await exec("pnpm", ["pack", "--pack-destination", into], pkg);
  if (packed.code !== 0) throw new Error(`pnpm pack failed in ${pkg}\n${packed.output}`);
  const tarball = readdirSync(into).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack made no tarball in ${pkg}\n${packed.output}`);
  return join(into, tarball);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "status-openapi-tarballs-"));
  const [openapi, core] = await Promise.all([pack(PKG, join(dir, "openapi")), pack(CORE.dir, join(dir, "core"))]);
  project.provide("tarballs", { openapi, core });
  return () => rmSync(dir, { recursive: true, force: true });
}
