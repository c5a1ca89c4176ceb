import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { AHEAD } from "../src/stamp.mjs";
import { fixture, repoRoot } from "./support/run.js";

/**
 * The bundle that `pnpm gen` runs holds, in place of each AHEAD module, the text its `precompiled()` returns. That text
 * must export what the module exports and do the same: these tests load both and compare them.
 */
const scratch = join(repoRoot, `generators/node_modules/.cache/status-gen-test-${process.pid}`);
await mkdir(scratch, { recursive: true });
afterAll(() => rm(scratch, { recursive: true, force: true }));

type Module = Record<string, unknown> & { precompiled(read?: (url: URL) => string): string };
const sourceOf = (path: string) => import(pathToFileURL(join(repoRoot, path)).href) as Promise<Module>;

/** The precompiled text as a module beside the generator's dependencies, with `require` as the bundle's banner gives it. */
async function compiledOf(path: string): Promise<Record<string, unknown>> {
  const file = join(scratch, `${path.replace(/\W/g, "_")}.mjs`);
  const banner = `import { createRequire } from "node:module";\nconst require = createRequire(${JSON.stringify(pathToFileURL(join(repoRoot, path)).href)});\n`;
  await writeFile(file, banner + (await sourceOf(path)).precompiled());
  return import(pathToFileURL(file).href) as Promise<Record<string, unknown>>;
}

describe("modules precompiled into the bundle", () => {
  it.each(AHEAD)("%s: the precompiled text exports what the module does", async (path) => {
    const source = await sourceOf(path);
    const compiled = await compiledOf(path);
    for (const [name, value] of Object.entries(source)) if (name !== "precompiled") expect(typeof compiled[name], name).toBe(typeof value);
  });

  it("the spec schema's standalone check finds exactly the errors of the one compiled from source, on every fixture", async () => {
    const path = "generators/src/pipeline/spec-schema.ts";
    expect(AHEAD).toContain(path);
    type Check = ((data: unknown) => boolean) & { errors?: unknown[] | null };
    const source = (await sourceOf(path)).checkSpec as Check;
    const compiled = (await compiledOf(path)).checkSpec as Check;
    const invalid = (await readdir(fixture("invalid"))).map((name) => fixture(`invalid/${name}`));
    let failing = 0;
    for (const file of [join(repoRoot, "spec/status-codes.yaml"), fixture("valid-minimal.yaml"), ...invalid]) {
      let data: unknown;
      try {
        data = parse(await readFile(file, "utf8"), { logLevel: "silent" });
      } catch {
        continue; // a YAML slip: the schema never sees it
      }
      const valid = source(data);
      expect(compiled(data), file).toBe(valid);
      expect(compiled.errors, file).toEqual(source.errors);
      if (!valid) failing++;
    }
    expect(failing).toBeGreaterThan(20);
  });

  it("the docs render the same bytes from the precompiled templates", async () => {
    const path = "generators/src/targets/docs/templates.ts";
    expect(AHEAD).toContain(path);
    const model = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "1.2.3");
    const fromSource = (await import("../src/targets/docs.js")).docs.generate(model);
    const compiled = await compiledOf(path);
    const template = vi.fn(compiled.template as (...args: unknown[]) => unknown);
    vi.resetModules();
    vi.doMock("../src/targets/docs/templates.js", () => ({ ...compiled, template }));
    try {
      const fromCompiled = (await import("../src/targets/docs.js")).docs.generate(model);
      expect(template).toHaveBeenCalled();
      expect(fromCompiled.map((f) => f.path)).toEqual(fromSource.map((f) => f.path));
      for (const [i, file] of fromCompiled.entries()) expect(file.content, file.path).toBe(fromSource[i]!.content);
    } finally {
      vi.doUnmock("../src/targets/docs/templates.js");
    }
  });
});
