import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { RELEASED_SPEC, releasedSpec, specChanges, type SpecChange } from "../src/release.js";
import { targets } from "../src/targets/index.js";
import { fixture, gen, linkDependencies, repoRoot, scratchRoot } from "./support/run.js";
import { type Entry, HEADERS, modelOf } from "./support/model.js";
import type { SpecProblem } from "../src/pipeline/spec.js";

const run = promisify(execFile);

/** The packages a spec changeset names: the changesets fixed group. */
const PUBLIC_PACKAGES: string[] = JSON.parse(await readFile(join(repoRoot, ".changeset/config.json"), "utf8")).fixed[0];
const KEEP = "To keep it minor,";
const ACME = { name: "Acme", scope: "@acme", repository: "https://github.com/acme/http", problemBase: "https://api.acme.test/problems/" };
const row = ([bump, text, hint]: [SpecChange["bump"], string, string?]): SpecChange => (hint === undefined ? { bump, text } : { bump, text, hint });
/**
 * The flows below run on the minimal spec (200, 404, 413 and nginx's 499): what they check is the release logic and the
 * order of the release steps, which a spec of four codes shows as well as the real one, in a fraction of the rendering.
 */
const SPEC = await readFile(fixture("valid-minimal.yaml"));

describe("what a spec change implies", () => {
  const changesOf = (before: Entry[], after: Entry[], headers = { before: HEADERS, after: HEADERS }) =>
    specChanges(releasedSpec(modelOf(before, { headers: headers.before })), releasedSpec(modelOf(after, { headers: headers.after })));
  const notFound: Entry = { code: 404, phrase: "Not Found" };
  const tooLarge: Entry = { code: 413, phrase: "Content Too Large", aliases: ["Payload Too Large"], legacyKeys: ["PAYLOAD_TOO_LARGE"], legacyNames: ["PayloadTooLarge"] };
  const sulking: Entry = { code: 597, phrase: "Upstream Sulking", vendor: "Example" };

  const cases: [name: string, before: Entry[], after: Entry[], want: [SpecChange["bump"], string, string?][]][] = [
    ["a code added", [notFound], [notFound, sulking], [["minor", "Added 597 Upstream Sulking (Example)."]]],
    [
      "a code removed",
      [notFound, sulking],
      [notFound],
      [["major", "Removed 597 Upstream Sulking (constant UPSTREAM_SULKING).", `${KEEP} keep the code and mark it \`deprecated: <why>\`.`]],
    ],
    [
      "a new phrase that keeps nothing of the old one",
      [notFound],
      [{ code: 404, phrase: "Nothing Here" }],
      [
        ["major", "404 Nothing Here: constant NOT_FOUND renamed to NOTHING_HERE.", `${KEEP} list NOT_FOUND in legacyKeys.`],
        ["major", "404 Nothing Here: PascalCase name NotFound renamed to NothingHere.", `${KEEP} list NotFound in legacyNames.`],
        ["major", '404 Nothing Here: phrase was "Not Found", which getStatusCode no longer accepts.', `${KEEP} list "Not Found" in aliases.`],
      ],
    ],
    [
      "a new phrase with the old constant, name and phrase kept as legacy",
      [notFound],
      [{ code: 404, phrase: "Nothing Here", legacyKeys: ["NOT_FOUND"], legacyNames: ["NotFound"], aliases: ["Not Found"] }],
      [
        ["minor", "404 Nothing Here: constant NOT_FOUND renamed to NOTHING_HERE, the old one kept as a deprecated alias."],
        ["minor", "404 Nothing Here: PascalCase name NotFound renamed to NothingHere, the old one kept as a deprecated alias."],
        ["minor", '404 Nothing Here: phrase was "Not Found".'],
        ["minor", '404 Nothing Here: alias "Not Found" added.'],
      ],
    ],
    [
      "a new phrase with the key and name pinned and the old phrase an alias",
      [notFound],
      [{ code: 404, phrase: "Nothing Here", key: "NOT_FOUND", name: "NotFound", aliases: ["Not Found"] }],
      [
        ["minor", '404 Nothing Here: phrase was "Not Found".'],
        ["minor", '404 Nothing Here: alias "Not Found" added.'],
      ],
    ],
    ["a phrase changed in case only (lookups ignore case)", [notFound], [{ code: 404, phrase: "Not found" }], [["minor", '404 Not found: phrase was "Not Found".']]],
    [
      "legacy constants, names and aliases dropped",
      [tooLarge],
      [{ code: 413, phrase: "Content Too Large" }],
      [
        ["major", "413 Content Too Large: deprecated constant PAYLOAD_TOO_LARGE removed.", `${KEEP} keep PAYLOAD_TOO_LARGE in legacyKeys.`],
        ["major", "413 Content Too Large: deprecated PascalCase name PayloadTooLarge removed.", `${KEEP} keep PayloadTooLarge in legacyNames.`],
        ["major", '413 Content Too Large: alias "Payload Too Large" removed.', `${KEEP} keep "Payload Too Large" in aliases.`],
      ],
    ],
    [
      "legacy constants, names and aliases added",
      [{ code: 413, phrase: "Content Too Large" }],
      [tooLarge],
      [
        ["minor", "413 Content Too Large: deprecated constant PAYLOAD_TOO_LARGE added."],
        ["minor", "413 Content Too Large: deprecated PascalCase name PayloadTooLarge added."],
        ["minor", '413 Content Too Large: alias "Payload Too Large" added.'],
      ],
    ],
    [
      "an alias that becomes the phrase (lookups still accept it)",
      [tooLarge],
      [{ ...tooLarge, phrase: "Payload Too Large", key: "CONTENT_TOO_LARGE", name: "ContentTooLarge", aliases: ["Content Too Large"] }],
      [
        ["minor", '413 Payload Too Large: phrase was "Content Too Large".'],
        ["minor", '413 Payload Too Large: alias "Payload Too Large" removed (getStatusCode still accepts it).'],
        ["minor", '413 Payload Too Large: alias "Content Too Large" added.'],
      ],
    ],
    [
      "reverse lookups turned off",
      [sulking],
      [{ ...sulking, reverseLookup: false }],
      [["major", "597 Upstream Sulking: getStatusCode no longer finds it by its phrase and aliases.", "No spec change keeps this minor."]],
    ],
    [
      "a new phrase and alias for a code that reverse lookups never saw",
      [{ ...sulking, reverseLookup: false, aliases: ["Sulking"] }],
      [{ ...sulking, phrase: "Upstream Moping", key: "UPSTREAM_SULKING", name: "UpstreamSulking", reverseLookup: false }],
      [
        ["minor", '597 Upstream Moping: phrase was "Upstream Sulking".'],
        ["minor", '597 Upstream Moping: alias "Sulking" removed.'],
      ],
    ],
    ["reverse lookups turned on", [{ ...sulking, reverseLookup: false }], [sulking], [["minor", "597 Upstream Sulking: getStatusCode now finds it by its phrase and aliases."]]],
    [
      "flags, headers and required headers",
      [notFound],
      [{ ...notFound, cacheable: true, headers: ["Location"], requiredHeaders: ["Retry-After"] }],
      [
        ["minor", "404 Not Found: now cacheable by default."],
        ["minor", "404 Not Found: headers now Location, Retry-After (were none)."],
        ["minor", "404 Not Found: required headers now Retry-After (were none)."],
      ],
    ],
    ["deprecated", [notFound], [{ ...notFound, deprecated: "Say 410 Gone.\nIt is clearer." }], [["minor", "404 Not Found: deprecated: Say 410 Gone. It is clearer."]]],
    ["a deprecation reworded", [{ ...notFound, deprecated: "Old." }], [{ ...notFound, deprecated: "New." }], [["patch", "404 Not Found: deprecation reason updated."]]],
    ["no longer deprecated", [{ ...notFound, deprecated: "Old." }], [notFound], [["minor", "404 Not Found: no longer deprecated."]]],
    ["wording", [notFound], [{ ...notFound, summary: "Gone missing.", description: "Nothing there." }], [["patch", "404 Not Found: summary, description updated."]]],
  ];

  it.each(cases)("%s", (_, before, after, want) => {
    expect(changesOf(before, after)).toEqual(want.map(row));
  });

  it("a header removed from the list, added, or documented differently", () => {
    const [location, retryAfter] = HEADERS as [(typeof HEADERS)[number], (typeof HEADERS)[number]];
    expect(changesOf([notFound], [notFound], { before: HEADERS, after: [{ ...location, description: "Elsewhere." }] })).toEqual([
      row(["major", "Removed the header Retry-After.", `${KEEP} keep Retry-After in the top-level headers list.`]),
      row(["patch", "Header Location: documentation updated."]),
    ]);
    expect(changesOf([notFound], [notFound], { before: [location], after: HEADERS })).toEqual([row(["minor", `Added the header ${retryAfter.name}.`])]);
  });

  it("reads a release recorded before legacyNames, reverseLookup, neverSent and requiredHeaders existed as their defaults", () => {
    const now = releasedSpec(modelOf([notFound]));
    const older = { ...now, statuses: now.statuses.map(({ legacyNames, reverseLookup, neverSent, requiredHeaders, ...rest }) => rest) };
    expect(specChanges(older as never, now)).toEqual([]);
  });
});

describe("what a change to a problem type implies", () => {
  const codes: Entry[] = [
    { code: 403, phrase: "Forbidden" },
    { code: 409, phrase: "Conflict" },
  ];
  const changesOf = (before: SpecProblem[], after: SpecProblem[], organization = { before: ACME, after: ACME }) =>
    specChanges(releasedSpec(modelOf(codes, { problems: before, organization: organization.before })), releasedSpec(modelOf(codes, { problems: after, organization: organization.after })));
  const balance = { description: "The balance, in cents.", schema: { type: "integer" } };
  const credit: SpecProblem = { type: "out-of-credit", status: 403, title: "Not enough credit", summary: "Too poor.", description: "Top up.", extensions: { balance } };
  const withExtensions = (extensions: SpecProblem["extensions"]): SpecProblem => ({ ...credit, extensions });
  const prefix = "Problem type out-of-credit:";

  const cases: [name: string, before: SpecProblem[], after: SpecProblem[], want: [SpecChange["bump"], string, string?][]][] = [
    ["a type added", [], [credit], [["minor", "Added the problem type out-of-credit, sent with 403."]]],
    ["a type removed", [credit], [], [["major", "Removed the problem type out-of-credit (OutOfCredit).", `${KEEP} keep out-of-credit in problems.`]]],
    ["its status changed", [credit], [{ ...credit, status: 409 }], [["major", `${prefix} status now 409 (was 403).`, `${KEEP} keep out-of-credit at 403 and add a new problem type for 409.`]]],
    ["its name changed", [credit], [{ ...credit, name: "NoCredit" }], [["major", `${prefix} name OutOfCredit renamed to NoCredit.`, "No spec change keeps this minor: problem types have no legacy names."]]],
    ["an optional extension added", [credit], [withExtensions({ balance, accounts: { description: "Others.", schema: { type: "array" } } })], [["minor", `${prefix} extension accounts added (optional).`]]],
    [
      "a required extension added",
      [credit],
      [withExtensions({ balance, currency: { description: "ISO 4217.", schema: { type: "string" }, required: true } })],
      [["major", `${prefix} extension currency added, required.`, `${KEEP} add currency without required: true.`]],
    ],
    [
      "an extension removed",
      [credit],
      [withExtensions({})],
      [["major", `${prefix} extension balance removed.`, `${KEEP} keep balance in its extensions (its description can say it is no longer sent).`]],
    ],
    ["an extension made required", [credit], [withExtensions({ balance: { ...balance, required: true } })], [["major", `${prefix} extension balance now required.`, `${KEEP} leave balance optional.`]]],
    [
      "an extension no longer required",
      [withExtensions({ balance: { ...balance, required: true } })],
      [credit],
      [["major", `${prefix} extension balance no longer required.`, "No spec change keeps this minor: clients that read it may now find it missing."]],
    ],
    [
      "an extension's schema changed",
      [credit],
      [withExtensions({ balance: { ...balance, schema: { type: "number" } } })],
      [["major", `${prefix} schema of extension balance changed.`, `${KEEP} add a member under a new name and keep balance as it is.`]],
    ],
    [
      "wording",
      [credit],
      [{ ...withExtensions({ balance: { ...balance, description: "In cents." } }), title: "Out of credit", summary: "Broke.", description: "Pay." }],
      [["patch", `${prefix} title, summary, description, description of balance updated.`]],
    ],
  ];

  it.each(cases)("%s", (_, before, after, want) => {
    expect(changesOf(before, after)).toEqual(want.map(row));
  });

  it("the organisation's problem base changed: every type URI with it", () => {
    expect(changesOf([credit], [credit], { before: ACME, after: { ...ACME, problemBase: "https://problems.acme.example/" } })).toEqual([
      row(["major", `${prefix} type URI now https://problems.acme.example/out-of-credit (was https://api.acme.test/problems/out-of-credit).`, `${KEEP} keep the organisation's problemBase.`]),
    ]);
  });

  it("reads a release recorded before problem types existed as one without any", () => {
    const now = releasedSpec(modelOf(codes, { problems: [credit] }));
    const { problems, ...older } = now;
    expect(specChanges(older, now)).toEqual([row(["minor", "Added the problem type out-of-credit, sent with 403."])]);
    expect(specChanges(older, { ...now, problems: [] })).toEqual([]);
  });
});

/** A scratch checkout of the minimal spec with it recorded as released, then edited by `edit`. */
async function editedCopy(edit: (find: (code: number) => any) => void) {
  const root = await scratchRoot(SPEC, { generate: false });
  await mkdir(join(root, ".changeset"));
  expect((await gen("--root", root, "--mark-released")).code).toBe(0);
  await editSpec(root, edit);
  return root;
}

async function editSpec(root: string, edit: (find: (code: number) => any) => void) {
  const path = join(root, "spec/status-codes.yaml");
  const doc = parseDocument(await readFile(path, "utf8"));
  const codes = doc.get("codes") as { items: any[] };
  edit((code) => codes.items.find((item) => item.get("code") === code));
  await writeFile(path, doc.toString());
}

const changesetsIn = async (root: string) => (await readdir(join(root, ".changeset"))).filter((f) => f.startsWith("spec-"));

describe("pnpm gen --changeset", () => {
  it("prints each change with its bump and, for a major one, how to keep it minor; writes the lines alone", async () => {
    const root = await editedCopy((find) => find(404).set("phrase", "Nothing Here"));
    const lines = [
      "404 Nothing Here: constant NOT_FOUND renamed to NOTHING_HERE.",
      "404 Nothing Here: PascalCase name NotFound renamed to NothingHere.",
      '404 Nothing Here: phrase was "Not Found", which getStatusCode no longer accepts.',
    ];
    const plain = await gen("--root", root);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("the spec has 3 changes since the last release (a major bump) that no changeset covers; run `pnpm gen --changeset`");
    expect(plain.stdout).toContain(`  major  ${lines[1]} ${KEEP} list NotFound in legacyNames.\n`);
    expect(await changesetsIn(root)).toEqual([]);

    const { code, stdout } = await gen("--root", root, "--changeset");
    expect(code).toBe(0);
    const [file] = await changesetsIn(root);
    expect(stdout).toContain(`wrote .changeset/${file} (major for all ${PUBLIC_PACKAGES.length} packages)`);
    const majors = stdout.split("\n").filter((l) => l.startsWith("  major  "));
    expect(majors).toHaveLength(3);
    for (const line of majors) expect(line).toContain(KEEP);
    const content = await readFile(join(root, ".changeset", file!), "utf8");
    expect(content).toBe(`---\n${PUBLIC_PACKAGES.map((p) => `"${p}": major`).join("\n")}\n---\n\nSpec changes:\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`);
    // Covered now: the note is gone, and a second --changeset keeps the one file.
    expect((await gen("--root", root)).stdout).not.toContain("no changeset covers");
    await gen("--root", root, "--changeset");
    expect(await changesetsIn(root)).toEqual([file]);
    // A changeset whose bump was lowered by hand no longer covers the change.
    await writeFile(join(root, ".changeset", file!), content.replaceAll(": major", ": patch"));
    expect((await gen("--root", root)).stdout).toContain("(a major bump) that no changeset covers");
  });

  it("writes nothing, and removes its stale changeset, when the spec is back to the released one", async () => {
    const root = await editedCopy((find) => find(404).set("description", "Changed."));
    await gen("--root", root, "--changeset");
    expect(await changesetsIn(root)).toHaveLength(1);
    await writeFile(join(root, "spec/status-codes.yaml"), SPEC);
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

/**
 * Release after release of one scratch copy of the repository, with the real changesets CLI: the guarantee lies in the
 * order of the root `version-packages` script and in what `changeset version` does with the files, which only running
 * them shows. One copy and one install serve every release, so the tests run in order, each the next release.
 */
describe.sequential("pnpm version-packages, release after release", () => {
  const env = { ...process.env, CI: "true", TURBO_TELEMETRY_DISABLED: "1" };
  let root = "";
  const sh = (cmd: string, ...args: string[]) => run(cmd, args, { cwd: root, env });
  const git = (...args: string[]) => sh("git", "-c", "user.name=test", "-c", "user.email=test@example.com", ...args);
  const file = (path: string) => readFile(join(root, path), "utf8");
  const versionOf = async (dir: string) => (JSON.parse(await file(`${dir}/package.json`)) as { version: string }).version;
  /** The entry of the newest release in a package's changelog. */
  const newestEntry = async (dir: string) => (await file(`${dir}/CHANGELOG.md`)).split(/^## /m)[1] ?? "";
  /** What the release changed, committed so that the next test starts clean. */
  const release = async () => {
    const { stdout } = await sh("pnpm", "version-packages");
    const changed = (await git("status", "--porcelain")).stdout;
    await git("add", "-A");
    await git("commit", "-q", "--allow-empty", "-m", "release");
    return { stdout, changed };
  };
  const bumped = (version: string, bump: "minor" | "patch") => {
    const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
    return bump === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  };
  const handChangeset = (name: string, pkg: string, bump: string, text: string) => writeFile(join(root, ".changeset", `${name}.md`), `---\n"${pkg}": ${bump}\n---\n\n${text}\n`);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "status-release-"));
    // What the release steps read: the workspace's manifests and lockfile, the changesets, the spec, the generator and
    // the packages. Never bench/ beyond its manifest: its test, which turbo may run meanwhile, makes and removes folders
    // there, and a copy that meets a vanishing folder fails (ENOENT).
    // Nor the files a build or pack running meanwhile writes and removes (tsup's bundled config, a tarball).
    const skip = /(^|\/)(node_modules|dist|\.turbo|\.cache)(\/|$)|\.bundled_\w+\.m?js$|\.tgz$/;
    for (const path of ["package.json", "pnpm-workspace.yaml", "pnpm-lock.yaml", ".gitignore", ".changeset", "spec", "generators", "packages", "bench/package.json"]) {
      await cp(join(repoRoot, path), join(root, path), { recursive: true, filter: (src) => !skip.test(src.slice(repoRoot.length)) });
    }
    // The release steps run the changesets CLI (root) and the generator (generators/): their installed dependencies,
    // linked in, stand for an install, which is not what these tests are about.
    await linkDependencies(root, ["", "generators"]);
    await writeFile(join(root, "spec/status-codes.yaml"), SPEC);
    // Start from a release with nothing pending, whatever the repository has pending now.
    for (const f of await readdir(join(root, ".changeset"))) if (f.endsWith(".md") && f !== "README.md") await rm(join(root, ".changeset", f));
    expect((await gen("--root", root, "--mark-released")).code).toBe(0);
    await git("init", "-q");
    await git("add", "-A");
    await git("commit", "-q", "-m", "released");
  });

  it("with nothing pending, changes nothing", async () => {
    const before = await versionOf("packages/core");
    const { stdout, changed } = await release();
    expect(stdout).toContain("the spec has not changed since the last release: no changeset needed");
    expect(changed).toBe("");
    expect(await versionOf("packages/core")).toBe(before);
  });

  it("with only hand-written changesets, releases them and records no spec change", async () => {
    const next = bumped(await versionOf("packages/core"), "patch");
    await handChangeset("docs-wording", "@org/status-docs", "patch", "Clearer wording in the reference.");
    const { stdout, changed } = await release();
    expect(stdout).toContain("no changeset needed");
    expect(changed).not.toContain(RELEASED_SPEC);
    for (const { packageDir } of targets) {
      expect(await versionOf(packageDir), packageDir).toBe(next);
      expect(await newestEntry(packageDir), packageDir).not.toContain("Spec changes");
    }
    expect(await newestEntry("packages/docs")).toContain("Clearer wording in the reference.");
  });

  it("ships a minor spec change that no changeset covers, over a stale spec changeset and a hand-written patch one", async () => {
    const next = bumped(await versionOf("packages/core"), "minor");
    // A patch change with its changeset, as `pnpm gen --changeset` left it ...
    await editSpec(root, (find) => find(499).set("description", "The client hung up before the answer was ready."));
    await gen("--root", root, "--changeset");
    expect(await changesetsIn(root)).toHaveLength(1);
    // ... then the minor rename the README describes, with no new changeset, and a patch written by hand.
    await editSpec(root, (find) => {
      find(404).set("phrase", "Nothing Here");
      find(404).set("key", "NOT_FOUND");
      find(404).set("name", "NotFound");
      find(404).set("aliases", ["Not Found"]);
    });
    await handChangeset("core-fix", "@org/status-core", "patch", "A fix in the hand-written layer.");

    const { stdout } = await release();
    expect(stdout).toContain(`(minor for all ${PUBLIC_PACKAGES.length} packages)`);
    const lines = ["499 Client Closed Request: description updated.", '404 Nothing Here: phrase was "Not Found".', '404 Nothing Here: alias "Not Found" added.'];
    for (const { packageDir } of targets) {
      expect(await versionOf(packageDir), packageDir).toBe(next);
      const entry = await newestEntry(packageDir);
      for (const line of lines) expect(entry, packageDir).toContain(line);
    }
    expect(await newestEntry("packages/core")).toContain("A fix in the hand-written layer.");
    expect((await readdir(join(root, ".changeset"))).filter((f) => f.endsWith(".md"))).toEqual(["README.md"]);
    const released = JSON.parse(await file(RELEASED_SPEC)) as { statuses: { code: number; phrase: string }[] };
    expect(released.statuses.find((s) => s.code === 404)?.phrase).toBe("Nothing Here");
    expect((await gen("--root", root)).stdout).not.toContain("no changeset covers");
  });

  it("ships a spec change with no changeset pending at all, and the outputs carry the new version", async () => {
    const next = bumped(await versionOf("packages/core"), "minor");
    // A rename that keeps the old constant, name and phrase: minor.
    await editSpec(root, (find) => {
      const s = find(413);
      s.set("phrase", "Content Far Too Large");
      s.get("legacyKeys").add("CONTENT_TOO_LARGE");
      s.set("legacyNames", ["ContentTooLarge", ...(s.get("legacyNames")?.toJSON() ?? [])]);
      s.get("aliases").add("Content Too Large");
    });
    expect(await changesetsIn(root)).toEqual([]);
    await release();
    for (const { packageDir } of targets) {
      expect(await versionOf(packageDir), packageDir).toBe(next);
      expect(await newestEntry(packageDir), packageDir).toContain("413 Content Far Too Large: PascalCase name ContentTooLarge renamed to ContentFarTooLarge, the old one kept as a deprecated alias.");
    }
    expect(await file("packages/openapi/generated/openapi.yaml")).toMatch(new RegExp(`^  version: ${next.replace(/\./g, "\\.")}$`, "m"));
    expect((await file("packages/docs/generated/REFERENCE.md")).split("\n").find((line) => line.startsWith("# "))).toContain(`(v${next})`);
    expect((await gen("--root", root, "--check")).stdout).toContain("generated files match the spec");
    expect((await gen("--root", root, "--changeset")).stdout).toContain("the spec has not changed since the last release: no changeset needed");
  });
});
