import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { targets } from "../src/targets/index.js";
import { repoRoot } from "./support/run.js";

/**
 * What `pnpm pack` puts in each target's tarball: what a user needs, and nothing else (no tests, sources or configs).
 * Core's tarball holds its build (dist/), which its prepack makes: publish.test.ts packs core from a checkout with
 * nothing built and lists that tarball, so this file needs no build and `pnpm test` need not wait for one.
 */
const run = promisify(execFile);
const model = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "0.0.0");
const common = ["LICENSE", "README.md", "package.json"];

/** By target name, core aside: a target without a row here fails below. */
const expected: Record<string, string[]> = {
  openapi: [
    ...common,
    ...["fastify.cjs", "types.d.ts"],
    ...["index.cjs", "index.d.cts", "index.d.ts", "index.js", "names.d.ts", "openapi-3.0.json", "openapi-3.0.yaml", "openapi.json", "openapi.yaml", "responses.d.ts", "responses.json", "rules.json", "spectral.yaml"].map((f) => `generated/${f}`),
    ...["check.js", "redocly.js", "spectral/status.js"].map((f) => `lint/${f}`),
  ],
  "json-schema": [
    ...common,
    ...["", "draft-07/"].flatMap((d) => [
      ...["index.cjs", "index.d.cts", "index.d.ts", "index.js", "problem-details.schema.json", "schemas.d.cts", "status-code.schema.json", "status-info.schema.json"],
      ...model.problemTypes.map((p) => `problem-types/${p.slug}.schema.json`),
    ].map((f) => `generated/${d}${f}`)),
    "generated/status-codes.json",
  ],
  docs: [...common, "generated/REFERENCE.md", ...model.statuses.map((s) => `generated/codes/${s.code}.md`), ...model.problemTypes.map((p) => `generated/problems/${p.slug}.md`)],
};

describe("pnpm pack --dry-run", () => {
  const packed = targets.filter((t) => t.name !== "core");

  it("has the published files of every target but core (publish.test.ts), and of nothing else", () => {
    expect(Object.keys(expected).sort()).toEqual(packed.map((t) => t.name).sort());
  });

  it.each(packed.map((t) => [t.package, t] as const))("%s contains exactly its published files", async (_, target) => {
    const { stdout } = await run("pnpm", ["pack", "--dry-run", "--json"], { cwd: join(repoRoot, target.packageDir) });
    const packed = (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    expect(packed.sort()).toEqual([...(expected[target.name] ?? [])].sort());
  });
});
