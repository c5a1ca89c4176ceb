import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { PUBLIC_PACKAGES, RELEASED_SPEC } from "../src/release.js";
import { targets } from "../src/targets/index.js";
import { gen, repoRoot, scratchCopyOfRepo } from "./support/run.js";

const run = promisify(execFile);

/** A scratch copy of the spec with the released baseline, edited by `edit`. */
async function editedCopy(edit: (codes: { get(i: number): any; items: any[] }, find: (code: number) => any) => void) {
  const root = await scratchCopyOfRepo();
  await cp(join(repoRoot, ".changeset"), join(root, ".changeset"), { recursive: true });
  for (const f of await readdir(join(root, ".changeset"))) if (f.startsWith("spec-")) await import("node:fs/promises").then((fs) => fs.rm(join(root, ".changeset", f)));
  // The baseline is the spec as it is now, so that a change pending in the repository does not count as the edit's.
  expect((await gen("--root", root, "--mark-released")).code).toBe(0);
  const path = join(root, "spec/status-codes.yaml");
  const doc = parseDocument(await readFile(path, "utf8"));
  const codes = doc.get("codes") as any;
  edit(codes, (code) => codes.items.find((item: any) => item.get("code") === code));
  await writeFile(path, doc.toString());
  return root;
}

const changesetsIn = async (root: string) => (await readdir(join(root, ".changeset"))).filter((f) => f.startsWith("spec-"));

describe("pnpm gen --changeset", () => {
  const cases: [name: string, edit: Parameters<typeof editedCopy>[0], bump: string, lines: string[]][] = [
    [
      "a code added",
      (codes) => codes.items.push(parseDocument("code: 597\nphrase: Upstream Sulking\nsummary: S.\ndescription: D.\nvendor: Example").contents),
      "minor",
      ["Added 597 Upstream Sulking (Example)."],
    ],
    [
      "a phrase changed, the old phrase, constant and name kept",
      (_, find) => {
        find(413).set("phrase", "Content Far Too Large");
        find(413).set("name", "ContentTooLarge");
        find(413).get("legacyKeys").add("CONTENT_TOO_LARGE");
        find(413).get("aliases").add("Content Too Large");
      },
      "minor",
      [
        "413 Content Far Too Large: constant CONTENT_FAR_TOO_LARGE added.",
        '413 Content Far Too Large: alias "Content Too Large" added.',
        '413 Content Far Too Large: phrase was "Content Too Large".',
      ],
    ],
    [
      "a phrase changed in case only (lookups ignore case)",
      (_, find) => find(413).set("phrase", "Content too Large"),
      "minor",
      ['413 Content too Large: phrase was "Content Too Large".'],
    ],
    [
      "a phrase changed with the constant and name kept but not the old phrase",
      (_, find) => {
        find(413).set("phrase", "Content Far Too Large");
        find(413).set("key", "CONTENT_TOO_LARGE");
        find(413).set("name", "ContentTooLarge");
      },
      "major",
      ['413 Content Far Too Large: phrase was "Content Too Large", which getStatusCode no longer accepts (add it to aliases to keep it working).'],
    ],
    ["a flag changed", (_, find) => find(500).delete("retryable"), "minor", ["500 Internal Server Error: no longer retryable."]],
    [
      "a code removed",
      (codes, find) => codes.items.splice(codes.items.indexOf(find(418)), 1),
      "major",
      ["Removed 418 I'm a teapot (constant IM_A_TEAPOT)."],
    ],
    [
      "a phrase changed without keeping the old constant",
      (_, find) => find(404).set("phrase", "Nothing Here"),
      "major",
      [
        "404 Nothing Here: constant NOT_FOUND removed.",
        "404 Nothing Here: constant NOTHING_HERE added.",
        "404 Nothing Here: response and type name NotFound renamed to NothingHere.",
        '404 Nothing Here: phrase was "Not Found", which getStatusCode no longer accepts (add it to aliases to keep it working).',
      ],
    ],
    ["a description edited", (_, find) => find(404).set("description", "A new explanation."), "patch", ["404 Not Found: description updated."]],
  ];

  it.each(cases)("%s", async (_, edit, bump, lines) => {
    const root = await editedCopy(edit);
    const plain = await gen("--root", root);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`since the last release (a ${bump} bump) that no changeset covers; run \`pnpm gen --changeset\``);
    for (const line of lines) expect(plain.stdout).toContain(line);
    expect(await changesetsIn(root)).toEqual([]);

    const { code, stdout } = await gen("--root", root, "--changeset");
    expect(code).toBe(0);
    const [file] = await changesetsIn(root);
    expect(stdout).toContain(`wrote .changeset/${file} (${bump} for all ${PUBLIC_PACKAGES.length} packages)`);
    const content = await readFile(join(root, ".changeset", file!), "utf8");
    expect(content).toBe(`---\n${PUBLIC_PACKAGES.map((p) => `"${p}": ${bump}`).join("\n")}\n---\n\nSpec changes:\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`);
    // Covered now: the note is gone, and a second --changeset keeps the one file.
    expect((await gen("--root", root)).stdout).not.toContain("no changeset covers");
    await gen("--root", root, "--changeset");
    expect(await changesetsIn(root)).toEqual([file]);
  });

  it("writes nothing, and removes its stale changeset, when the spec is back to the released one", async () => {
    const root = await editedCopy((_, find) => find(404).set("description", "Changed."));
    await gen("--root", root, "--changeset");
    expect(await changesetsIn(root)).toHaveLength(1);
    await cp(join(repoRoot, "spec/status-codes.yaml"), join(root, "spec/status-codes.yaml"));
    const { stdout } = await gen("--root", root, "--changeset");
    expect(stdout).toContain("the spec has not changed since the last release: no changeset needed");
    expect(await changesetsIn(root)).toEqual([]);
  });

  it("refuses to combine modes", async () => {
    const { code, stderr } = await gen("--check", "--changeset");
    expect(code).toBe(2);
    expect(stderr).toContain("--check and --changeset cannot be combined");
  });
});

describe("pnpm version-packages in a scratch clone", () => {
  it("releases every package at one version, with changelogs, and outputs that show it", async () => {
    const root = await mkdtemp(join(tmpdir(), "status-release-"));
    const skip = /(^|\/)(node_modules|dist|\.turbo|\.git)(\/|$)/;
    await cp(repoRoot, root, { recursive: true, filter: (src) => !skip.test(src.slice(repoRoot.length)) });
    const env = { ...process.env, CI: "true", TURBO_TELEMETRY_DISABLED: "1" };
    await run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], { cwd: root, env });
    const versionOf = async (pkg: string) => JSON.parse(await readFile(join(root, "packages", pkg, "package.json"), "utf8")).version as string;
    const before = await versionOf("core");
    const [major, minor] = before.split(".").map(Number);
    const next = `${major}.${minor! + 1}.0`;

    await writeFile(join(root, ".changeset/docs-wording.md"), `---\n"@org/status-docs": minor\n---\n\nClearer wording in the reference.\n`);
    // A spec change too, covered by the assistant's changeset: version-packages must record it as released.
    const specPath = join(root, "spec/status-codes.yaml");
    const doc = parseDocument(await readFile(specPath, "utf8"));
    (doc.get("codes") as any).items.push(parseDocument("code: 597\nphrase: Upstream Sulking\nsummary: S.\ndescription: D.\nvendor: Example").contents);
    await writeFile(specPath, doc.toString());
    await run("pnpm", ["gen", "--changeset"], { cwd: root, env });
    await run("pnpm", ["version-packages"], { cwd: root, env });

    for (const { packageDir } of targets) {
      const pkg = packageDir.replace("packages/", "");
      expect(await versionOf(pkg), pkg).toBe(next);
      const changelog = await readFile(join(root, packageDir, "CHANGELOG.md"), "utf8");
      expect(changelog, pkg).toContain(`## ${next}`);
    }
    expect(await readFile(join(root, "packages/docs/CHANGELOG.md"), "utf8")).toContain("Clearer wording in the reference.");
    expect(await readFile(join(root, "packages/openapi/generated/openapi.yaml"), "utf8")).toMatch(new RegExp(`^  version: ${next.replace(/\./g, "\\.")}$`, "m"));
    expect(await readFile(join(root, "packages/core/CHANGELOG.md"), "utf8")).toContain("Added 597 Upstream Sulking (Example).");
    expect((await readFile(join(root, "packages/docs/generated/REFERENCE.md"), "utf8")).split("\n").find((line) => line.startsWith("# "))).toContain(`(v${next})`);
    expect((await readdir(join(root, ".changeset"))).filter((f) => f.endsWith(".md"))).toEqual(["README.md"]);
    const released = JSON.parse(await readFile(join(root, RELEASED_SPEC), "utf8")) as { statuses: { code: number }[] };
    expect(released.statuses.map((s) => s.code)).toContain(597);
    const check = await run("pnpm", ["gen", "--check"], { cwd: root, env });
    expect(check.stdout).toContain("generated files match the spec");
    expect((await run("pnpm", ["gen"], { cwd: root, env })).stdout).not.toContain("no changeset covers");
  }, 180_000);
});
