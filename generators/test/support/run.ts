import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli.js";

export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Run the CLI in-process; returns its exit code and what it printed. */
export async function gen(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A scratch checkout: a spec, the version file, and (optionally) outputs generated from that spec. */
export async function scratchRoot(spec: string | Uint8Array, { generate = true } = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "status-gen-"));
  await mkdir(join(root, "spec"), { recursive: true });
  await mkdir(join(root, "packages/core"), { recursive: true });
  await writeFile(join(root, "packages/core/package.json"), `${JSON.stringify({ version: "1.2.3" })}\n`);
  await writeFile(join(root, "spec/status-codes.yaml"), spec);
  if (generate) {
    const result = await gen("--root", root);
    if (result.code !== 0) throw new Error(`scratch generation failed: ${result.stderr}`);
  }
  return root;
}

/** A copy of the real checkout's spec and version file, in a scratch folder. */
export async function scratchCopyOfRepo(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "status-gen-repo-"));
  await cp(join(repoRoot, "spec"), join(root, "spec"), { recursive: true });
  await mkdir(join(root, "packages/core"), { recursive: true });
  await cp(join(repoRoot, "packages/core/package.json"), join(root, "packages/core/package.json"));
  return root;
}

/** Every file under a folder with its bytes, to prove that nothing changed. */
export async function snapshotTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out.set(relative(root, full), (await readFile(full)).toString("base64"));
  }
  return out;
}

/**
 * Give a scratch copy of the repository this checkout's installed dependencies: each `DIR/node_modules` entry of
 * `dirs` ("" for the root) linked in, except pnpm's store and state files and the caches, which stay the copy's own
 * (so nothing the copy's runs write lands in this checkout).
 */
export async function linkDependencies(root: string, dirs: readonly string[]): Promise<void> {
  const own = new Set([".pnpm", ".cache", ".modules.yaml", ".pnpm-workspace-state-v1.json", ".vite", ".vite-temp"]);
  for (const dir of dirs) {
    const from = join(repoRoot, dir, "node_modules");
    await mkdir(join(root, dir, "node_modules"), { recursive: true });
    for (const entry of await readdir(from)) if (!own.has(entry)) await symlink(join(from, entry), join(root, dir, "node_modules", entry));
  }
}
