/**
 * `pnpm typecheck` is one tsc program over the repository (the root tsconfig.json), while each workspace package keeps a
 * tsconfig.json of its own for editors and tools. The root one must take in every file a package's takes in, with the
 * package's compiler options, or a file an editor checks would escape the check that `pnpm test` runs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ts } from "ts-morph";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/run.js";

/** The files and options a tsconfig.json gives, as tsc reads it. */
function program(dir: string) {
  const path = join(dir, "tsconfig.json");
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dir, undefined, path);
  return { files: parsed.fileNames, options: parsed.options };
}

/** The workspace's package folders, as pnpm-workspace.yaml lists them (a trailing `/*` is every folder in it). */
const workspace = (parse(readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8")) as { packages: string[] }).packages.flatMap((glob) =>
  glob.endsWith("/*")
    ? readdirSync(join(repoRoot, glob.slice(0, -2)), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${glob.slice(0, -2)}/${e.name}`)
    : [glob],
);
const packages = workspace.filter((dir) => existsSync(join(repoRoot, dir, "tsconfig.json")));

describe("the root tsconfig.json, the one program of `pnpm typecheck`", () => {
  const root = program(repoRoot);

  it("is checked against every workspace package that has a tsconfig.json", () => {
    expect(packages).toEqual(expect.arrayContaining(["generators", "packages/core", "packages/openapi"]));
  });

  it.each(packages)("takes in every file of %s/tsconfig.json, with its compiler options", (dir) => {
    const own = program(join(repoRoot, dir));
    expect(own.files.length, dir).toBeGreaterThan(0);
    expect(own.files.filter((f) => !root.files.includes(f)), `add ${dir}'s "include" entries to the root tsconfig.json`).toEqual([]);
    const { configFilePath: _path, ...options } = own.options;
    expect(root.options).toMatchObject(options);
  });
});
