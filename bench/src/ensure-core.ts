/** Builds @org/status-core when its dist is missing or older than its sources, so the bench never measures stale code. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { rootDir } from "./util.js";

const coreDir = join(rootDir, "packages/core");
const OUTPUTS = ["index.js", "index.cjs", "index.d.ts", "codes.js", "codes.cjs", "errors.js", "errors.cjs"].map((f) => join(coreDir, "dist", f));

function newestIn(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestIn(join(path, entry))));
}

/** Why a build is needed, or undefined when dist is fresh. */
export function coreBuildReason(): string | undefined {
  const missing = OUTPUTS.filter((f) => !existsSync(f));
  if (missing.length > 0) return `missing ${missing.map((f) => f.slice(coreDir.length + 1)).join(", ")}`;
  const sources = Math.max(...["src", "package.json", "tsup.config.ts"].map((p) => newestIn(join(coreDir, p))));
  const built = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  return sources > built ? "its sources are newer than dist" : undefined;
}

export function ensureCoreBuilt(): void {
  const reason = coreBuildReason();
  if (!reason) return;
  process.stderr.write(`building @org/status-core (${reason})\n`);
  execFileSync("pnpm", ["--filter", "@org/status-core", "run", "build"], { cwd: rootDir, stdio: ["ignore", "ignore", "inherit"] });
}
