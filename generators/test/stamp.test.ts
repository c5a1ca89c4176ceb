import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { GEN_TASK, genInputs, inputsKey, outputsKey, pathOf, readStamp, readTree, SOURCES, STAMP, writeStamp } from "../src/stamp.mjs";
import { targets } from "../src/targets/index.js";
import { fixture, gen, linkDependencies, repoRoot } from "./support/run.js";

/**
 * The stamp lets a plain `pnpm gen` skip the pipeline when nothing changed. It must never skip a needed write:
 * every input and every output it covers changes its keys, and bin.mjs, run as `pnpm gen` runs it, rewrites after
 * each kind of change and never lets `--check` trust a stamp.
 */
const run = promisify(execFile);
const dirs = targets.map((t) => t.dir);

/**
 * A scratch repository: the inputs and the generator's sources copied, its dependencies linked, nothing generated. Its
 * spec is the minimal one: the stamp hashes files whatever they hold, and four codes render in a fraction of the time.
 */
async function scratchRepo(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "status-gen-stamp-"));
  for (const path of [...SOURCES, ...(await genInputs(repoRoot)), "turbo.json"]) {
    await cp(join(repoRoot, path), join(root, path), { recursive: true }).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
  }
  await cp(fixture("valid-minimal.yaml"), join(root, "spec/status-codes.yaml"));
  await linkDependencies(root, ["generators"]);
  return root;
}

/** `pnpm gen [args]` in the scratch repository: what the root package.json's gen script runs. */
async function pnpmGen(root: string, ...args: string[]) {
  return run(process.execPath, [join(root, "generators/src/bin.mjs"), ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const edit = (path: string, from: string | RegExp, to: string) => async (root: string) => {
  const text = await readFile(join(root, path), "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: ${String(from)} not found`);
  await writeFile(join(root, path), next);
};
const description = edit("spec/status-codes.yaml", "The server has nothing at the target URI.", "The server has nothing at all at the target URI.");
const REFERENCE = "packages/docs/generated/REFERENCE.md";

describe("the stamp's keys", () => {
  let base: string;
  beforeAll(async () => {
    base = await scratchRepo();
    expect((await gen("--root", base)).code).toBe(0);
  });
  const keys = async (root: string) => ({ inputs: await inputsKey(root, await readTree(root, SOURCES)), outputs: await outputsKey(root, dirs) });

  const changes: [string, (root: string) => Promise<unknown>, "inputs" | "outputs"][] = [
    ["a description in the spec", description, "inputs"],
    ["a generator source", edit("generators/src/targets/format.ts", "Do not edit by hand.", "Never edit by hand."), "inputs"],
    ["a template", edit("generators/src/targets/docs/page.hbs", /\n$/, "\n\n"), "inputs"],
    ["the version", edit("packages/core/package.json", /"version": "[^"]+"/, '"version": "9.9.9"'), "inputs"],
    ["a new changeset", (r) => writeFile(join(r, ".changeset/other.md"), '---\n"@org/status-docs": patch\n---\n\nWording.\n'), "inputs"],
    ["the released spec", (r) => appendFile(join(r, ".changeset/released-spec.json"), " "), "inputs"],
    ["the lockfile", (r) => appendFile(join(r, "pnpm-lock.yaml"), "\n"), "inputs"],
    ["the installed dependencies", (r) => appendFile(join(r, "node_modules/.pnpm/lock.yaml"), "\n"), "inputs"],
    ["turbo's global dependency", (r) => appendFile(join(r, "tsconfig.base.json"), "\n"), "inputs"],
    ["a file added to the gen task's inputs in turbo.json", async (r) => {
      await writeFile(join(r, "NOTES.md"), "notes\n");
      await edit("turbo.json", '"pnpm-lock.yaml",', '"pnpm-lock.yaml", "NOTES.md",')(r);
    }, "inputs"],
    ["a deleted output file", (r) => rm(join(r, "packages/docs/generated/codes/404.md")), "outputs"],
    ["an altered output file", (r) => appendFile(join(r, REFERENCE), "x"), "outputs"],
    ["a stray file in an output folder", (r) => writeFile(join(r, "packages/openapi/generated/extra.yaml"), ""), "outputs"],
    ["a staged copy left beside an output folder", (r) => mkdir(join(r, "packages/docs/.generated.staging-1")), "outputs"],
    ["a journal of an interrupted write", (r) => writeFile(join(r, ".gen-journal.json"), "{}"), "outputs"],
  ];

  it.each(changes)("change with %s", async (_, change, which) => {
    const root = await mkdtemp(join(tmpdir(), "status-gen-keys-"));
    await cp(base, root, { recursive: true, verbatimSymlinks: true });
    const before = await keys(root);
    expect(await keys(root)).toEqual(before);
    await change(root);
    const after = await keys(root);
    expect(after[which]).not.toBe(before[which]);
  });
});

describe("turbo.json's gen task, the one list of what `pnpm gen` reads and writes", () => {
  const task = JSON.parse(readFileSync(join(repoRoot, "turbo.json"), "utf8")).tasks[GEN_TASK] as { inputs: string[]; outputs: string[] };

  it("names the sources the bundle is built from among its inputs", () => {
    const inputs = task.inputs.map(pathOf);
    for (const source of SOURCES) expect(inputs.some((i) => source === i || source.startsWith(`${i}/`)), source).toBe(true);
  });

  it("names every input in a form the stamp reads, and the stamp hashes them all but the outputs", async () => {
    const outputs = task.outputs.map(pathOf);
    const inputs = await genInputs(repoRoot);
    for (const input of task.inputs.map(pathOf)) expect(inputs.includes(input) || outputs.includes(input) || input === "generators/src", input).toBe(true);
    expect(inputs).toEqual(expect.arrayContaining(["spec", ".changeset", "packages/core/package.json", "pnpm-lock.yaml", "node_modules/.pnpm/lock.yaml"]));
    expect(() => pathOf("generators/src/**/*.ts")).toThrow(/neither "dir\/\*\*" nor a file path/);
  });
});

describe("pnpm gen with the stamp", () => {
  it("prints the stamped report when nothing changed, rewrites after every kind of change, and --check ignores it", async () => {
    const root = await scratchRepo();
    const first = await pnpmGen(root);
    expect(first.code).toBe(0);
    const timing = /done in \d+\.\d+s\n$/;
    expect(first.stdout).toMatch(/packages\/docs\/generated +\d+ written, 0 removed, 0 unchanged/);
    // The stamp holds what a run that writes nothing prints (--root: a full run, which never reads the stamp),
    // and the next run prints it. The full run is the CLI that bin.mjs runs, here in-process: the same code (the
    // scratch copy's generator sources are this checkout's until they are edited below), run from this process's
    // folder, so the spec's path it prints is made relative to the scratch root, where `pnpm gen` runs.
    const fromHere = `${relative(process.cwd(), root)}/`;
    const fullRun = async () => (await gen("--root", root)).stdout.replace(timing, "").replace(fromHere, "");
    const stamp = (await readStamp(join(root, STAMP)))!;
    expect(stamp.report).toBe(await fullRun());
    const second = await pnpmGen(root);
    expect(second.stdout).toMatch(timing);
    expect(second.stdout.replace(timing, "")).toBe(stamp.report);

    // A stamp whose keys match is trusted: a marked report shows it was used instead of the pipeline.
    await writeStamp(join(root, STAMP), { ...stamp, report: `${stamp.report}(from the stamp)\n` });
    expect((await pnpmGen(root)).stdout).toMatch(/\(from the stamp\)\ndone in \d+\.\d+s\n$/);

    await description(root);
    const edited = await pnpmGen(root);
    expect(edited.stdout).not.toContain("from the stamp");
    expect(edited.stdout).toMatch(/packages\/docs\/generated +2 written/);
    expect(await readFile(join(root, REFERENCE), "utf8")).toContain("The server has nothing at all at the target URI.");
    expect((await readStamp(join(root, STAMP)))!.report).toBe(await fullRun());

    // A generator source (built anew, never the old bundle) and a template (read from this checkout).
    await edit("generators/src/targets/format.ts", "Do not edit by hand.", "Never edit by hand.")(root);
    await edit("generators/src/targets/docs/page.hbs", /\n$/, "\nEdited template.\n")(root);
    expect((await pnpmGen(root)).code).toBe(0);
    expect(await readFile(join(root, REFERENCE), "utf8")).toContain("Never edit by hand.");
    expect(await readFile(join(root, "packages/docs/generated/codes/404.md"), "utf8")).toMatch(/Edited template\.\n$/);

    const page = join(root, "packages/docs/generated/codes/404.md");
    const content = await readFile(page, "utf8");
    await rm(page);
    await appendFile(join(root, REFERENCE), "stray edit\n");
    expect((await pnpmGen(root)).stdout).toMatch(/packages\/docs\/generated +2 written/);
    expect(await readFile(page, "utf8")).toBe(content);
    expect(await readFile(join(root, REFERENCE), "utf8")).not.toContain("stray edit");

    // --check never trusts a stamp, not even one that lies about an altered output.
    await appendFile(join(root, REFERENCE), "stray edit\n");
    const current = (await readStamp(join(root, STAMP)))!;
    await writeStamp(join(root, STAMP), { ...current, outputs: await outputsKey(root, dirs) });
    expect((await pnpmGen(root)).stdout).not.toContain("written"); // the plain run believes this lying stamp
    const check = await pnpmGen(root, "--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`changed  ${REFERENCE}`);
  });
});
