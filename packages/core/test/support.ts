import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package folder. */
export const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The JSON Schema package's folder, whose tarball the consumer project installs beside this one. */
export const jsonSchemaDir = fileURLToPath(new URL("../../json-schema", import.meta.url));

/** A package's name as its package.json gives it, so an adopted copy under another scope tests itself. */
const nameOf = (dir: string) => (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name;

/** The package's name. */
export const packageName = nameOf(packageDir);

/** The JSON Schema package's name. */
export const jsonSchemaName = nameOf(jsonSchemaDir);

/** The built output; the tests that use it say how to produce it instead of failing obscurely. */
export function distFile(name: string): string {
  const path = fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm --filter @org/status-core build\` first (turbo does it before test)`);
  return path;
}
