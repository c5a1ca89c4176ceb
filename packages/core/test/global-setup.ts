/**
 * Packs the package once per test run and installs the tarball in a scratch project outside the repository, as a user
 * would; consumer.test.ts and frameworks.test.ts share it (`inject("consumerProject")`). The JSON Schema package's
 * tarball goes into the same install (it has no build step and no dependencies), so that frameworks.test.ts checks a
 * problem on the wire against the schema users get. The frameworks the README's recipes use are this package's pinned
 * devDependencies, linked in (their own dependencies resolve from their real paths).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { distFile, jsonSchemaDir, packageDir } from "./support.js";

declare module "vitest" {
  export interface ProvidedContext {
    consumerProject: string;
  }
}

const FRAMEWORKS = ["express", "koa", "fastify", "hono", "@hono/node-server", "@nestjs/core", "@nestjs/common", "@nestjs/platform-express", "reflect-metadata", "rxjs"];

export default function setup(project: TestProject): () => void {
  distFile("errors.js");
  const dir = mkdtempSync(join(tmpdir(), "status-core-consumer-"));
  for (const pkg of [packageDir, jsonSchemaDir]) execFileSync("pnpm", ["pack", "--pack-destination", dir], { cwd: pkg, stdio: "pipe" });
  const tarballs = readdirSync(dir).filter((f) => f.endsWith(".tgz"));
  if (tarballs.length !== 2) throw new Error(`pnpm pack produced ${tarballs.join(", ") || "no tarball"}, not one per package`);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // npm installs them as a user's would; no registry is needed, neither package has dependencies.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs.map((t) => `./${t}`)], { cwd: dir, stdio: "pipe" });
  for (const name of FRAMEWORKS) {
    const link = join(dir, "node_modules", name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(packageDir, "node_modules", name)), link, "dir");
  }
  project.provide("consumerProject", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
