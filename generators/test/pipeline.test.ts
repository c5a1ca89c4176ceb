import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { render } from "../src/pipeline/render.js";
import { targets } from "../src/targets/index.js";
import { fixture, gen, repoRoot, scratchCopyOfRepo, scratchRoot, snapshotTree } from "./support/run.js";

const specBytes = await readFile(join(repoRoot, "spec/status-codes.yaml"));
const minimal = await readFile(fixture("valid-minimal.yaml"), "utf8");
const version = JSON.parse(await readFile(join(repoRoot, "packages/core/package.json"), "utf8")).version as string;

/** The spec with its code entries in a different order (a seeded shuffle, so a failure can be replayed). */
function shuffled(seed: number): Buffer {
  const doc = parse(specBytes.toString("utf8"));
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = doc.codes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [doc.codes[i], doc.codes[j]] = [doc.codes[j], doc.codes[i]];
  }
  doc.headers.reverse();
  return Buffer.from(stringify(doc));
}

describe("determinism", () => {
  const reference = render(buildModel(specBytes, version));

  it("renders the same bytes twice", () => {
    expect(render(buildModel(specBytes, version))).toEqual(reference);
  });

  it.each([1, 2, 3])("renders the same bytes with the entries shuffled (seed %i)", (seed) => {
    const files = render(buildModel(shuffled(seed), version));
    expect(files.map((f) => f.path)).toEqual(reference.map((f) => f.path));
    for (const [i, file] of files.entries()) expect(file.content, file.path).toBe(reference[i]!.content);
  });

  // A process of its own: Node.js reads the time zone and the locale when it starts. It runs `pnpm gen` as users do
  // (bin.mjs and its cached bundle); this process's render is the other side of the comparison.
  it("writes the same bytes under another time zone and locale", async () => {
    const env = { TZ: "Pacific/Chatham", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" };
    const here = Intl.DateTimeFormat().resolvedOptions();
    expect([here.timeZone, here.locale], "this process must not already run in the child's zone and locale").not.toEqual(["Pacific/Chatham", "tr-TR"]);
    const root = await scratchCopyOfRepo();
    const bin = join(repoRoot, "generators/src/bin.mjs");
    await promisify(execFile)(process.execPath, [bin, "--root", root], { cwd: root, env: { ...process.env, ...env } });
    const written = await snapshotTree(root);
    for (const file of reference) expect(written.get(file.path), file.path).toBe(Buffer.from(file.content).toString("base64"));
    expect([...written.keys()].filter((path) => !path.startsWith("spec/") && path !== "packages/core/package.json")).toHaveLength(reference.length);
  });
});

// That the committed files match the spec is `pnpm gen --check`'s job, the first step of `pnpm test` (and of CI): these
// tests show that the check and the writes do what they say, on the minimal spec.
describe("drift", () => {
  it("--check names a changed file and an orphan, exits 1 and writes nothing", async () => {
    const root = await scratchRoot(minimal);
    await writeFile(join(root, "packages/docs/generated/stray.md"), "# not generated\n");
    await writeFile(join(root, "spec/status-codes.yaml"), minimal.replace("phrase: Not Found", "phrase: Not Here"));
    const before = await snapshotTree(root);
    const { code, stderr } = await gen("--root", root, "--check");
    expect(code).toBe(1);
    expect(stderr).toContain("orphan   packages/docs/generated/stray.md");
    expect(stderr).toMatch(/changed {2}packages\/core\/src\/generated\/\S+/);
    expect(stderr).toContain("run `pnpm gen` and commit the result");
    expect(await snapshotTree(root)).toEqual(before);
  });

  it("a second run writes nothing and says so", async () => {
    const root = await scratchRoot(minimal);
    const { code, stdout } = await gen("--root", root);
    expect(code).toBe(0);
    expect(stdout.match(/unchanged \(\d+ files\)/g)).toHaveLength(targets.length);
  });
});

describe("usage", () => {
  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--spec"], /argument missing/],
    [["--spec", "/nonexistent/spec.yaml"], /cannot read the spec .*nonexistent\/spec\.yaml: ENOENT/],
  ])("%j exits 2 with a hint", async (argv, message) => {
    const { code, stderr } = await gen(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("pnpm gen --help");
  });

  it("--help explains --check and the exit codes", async () => {
    const { code, stdout } = await gen("--help");
    expect(code).toBe(0);
    expect(stdout).toContain("--check");
    expect(stdout).toContain("Exit codes: 0 success, 1 invalid spec");
  });
});

describe("a write that cannot happen", () => {
  it("says what failed, exits 1, and leaves every other output as it was", async () => {
    const root = await scratchRoot(minimal);
    await rm(join(root, "packages/docs/generated"), { recursive: true });
    await writeFile(join(root, "packages/docs/generated"), "a file where a folder should be\n");
    await writeFile(join(root, "spec/status-codes.yaml"), minimal.replace("phrase: Not Found", "phrase: Not Here"));
    const before = await snapshotTree(root);
    const { code, stderr } = await gen("--root", root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pnpm gen failed: .*packages\/docs\/generated.* \(ENOTDIR: check that the folder exists and is writable\)\nThe previous outputs are unchanged\.\n$/);
    expect(await snapshotTree(root)).toEqual(before);
  });
});
