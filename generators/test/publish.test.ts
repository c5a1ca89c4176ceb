/**
 * Make it yours, end to end, against a real registry: a scratch copy of the repository is adopted as @acme, released to
 * Verdaccio (started here on 127.0.0.1, storage in a temporary folder), and a scratch consumer installs the packages
 * from it, imports core and `$ref`s + bundles the OpenAPI responses with Redocly. It must spawn processes: the
 * guarantees lie in what pnpm, the root scripts and the registry do together. One copy, one install, one registry.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runServer } from "verdaccio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../src/pipeline/build.js";
import { repoRoot } from "./support/run.js";

const exec = promisify(execFile);
const store = (await exec("pnpm", ["store", "path"], { cwd: repoRoot })).stdout.trim();
/** The copy's scope now, and the one it is adopted as: @acme, or @acme-copy in a repository that is @acme already. */
const before = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "0.0.0").organization.scope;
const scope = before === "@acme" ? "@acme-copy" : "@acme";
const ADOPT = ["adopt", "--scope", scope, "--name", "Acme", "--repository", "https://github.com/acme/http-status", "--access", "restricted"];
const { version } = JSON.parse(await readFile(join(repoRoot, "packages/core/package.json"), "utf8")) as { version: string };
/** A line of the release's report: what happened to one package. */
const reported = (outcome: string, pkg: string) => new RegExp(`${outcome}\\s+${scope}/${pkg}@${version.replace(/\./g, "\\.")}`);

describe.sequential("pnpm adopt, then pnpm release to a real registry", () => {
  let work = "";
  let root = "";
  let registry = "";
  let server: Server;
  // Without the npm_config_* variables of a pnpm that runs this test: the scratch copy's own .npmrc must decide.
  const inherited = Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key));
  // The checkout's own store, so that --offline finds every package wherever the temporary folder lives; no turbo
  // daemon, which would outlive the test (CI is unset here).
  const env = {
    ...Object.fromEntries(inherited),
    CI: "",
    npm_config_store_dir: store,
    TURBO_DAEMON: "false",
    TURBO_TELEMETRY_DISABLED: "1",
    REDOCLY_TELEMETRY: "off",
  };
  /** Run a command; never throws: the exit code and the output are the result. */
  const sh = async (cwd: string, cmd: string, ...args: string[]) => {
    try {
      const { stdout, stderr } = await exec(cmd, args, { cwd, env, maxBuffer: 64 << 20 });
      return { code: 0, out: `${stdout}${stderr}` };
    } catch (e) {
      const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
      return { code, out: `${stdout}${stderr}` };
    }
  };
  const pnpm = (...args: string[]) => sh(root, "pnpm", ...args);
  const timings: string[] = [];
  const timed = async <T>(what: string, step: () => Promise<T>) => {
    const start = performance.now();
    const result = await step();
    timings.push(`${what} ${((performance.now() - start) / 1000).toFixed(1)}s`);
    return result;
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "status-publish-"));
    root = join(work, "repo");
    server = await runServer({
      storage: join(work, "storage"),
      self_path: work,
      uplinks: {},
      auth: { htpasswd: { file: join(work, "htpasswd"), max_users: 10 } },
      packages: { "**": { access: "$authenticated", publish: "$authenticated" } },
      logs: { type: "stdout", format: "pretty", level: "fatal" },
    } as never);
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const user = await fetch(`${registry}-/user/org.couchdb.user:ci`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "ci", password: "ci-password" }),
    });
    const { token } = (await user.json()) as { token: string };
    const npmrc = `${registry.replace(/^http:/, "")}:_authToken=${token}\n`;

    // The checkout without installs and builds, and bench/ only as its manifest: bench's test, which turbo may run
    // meanwhile, makes and removes folders there, and a copy that meets a vanishing folder fails (as release.test.ts says).
    // Nor what a build or pack running meanwhile (turbo runs core's build beside this test) writes and removes:
    // tsup's bundled config beside tsup.config.ts, and a tarball.
    const skip = /(^|\/)(node_modules|dist|\.turbo|\.git|\.cache|coverage)(\/|$)|\.bundled_\w+\.m?js$|\.tgz$/;
    for (const entry of await readdir(repoRoot)) {
      if (entry === "bench" || skip.test(entry)) continue;
      await cp(join(repoRoot, entry), join(root, entry), { recursive: true, filter: (src) => !skip.test(src.slice(repoRoot.length)) });
    }
    await cp(join(repoRoot, "bench/package.json"), join(root, "bench/package.json"));
    await writeFile(join(root, ".npmrc"), npmrc);
    await mkdir(join(work, "consumer"));
    await writeFile(join(work, "consumer/.npmrc"), `registry=${registry}\n${npmrc}`);
    expect((await timed("install", () => pnpm("install", "--offline", "--frozen-lockfile"))).code).toBe(0);
    for (const args of [["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "clone"]]) await sh(root, "git", ...args);
  });

  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    await rm(work, { recursive: true, force: true });
    console.info(`publish.test.ts steps: ${timings.join(", ")}`);
  });

  it("refuses a bad scope or repository, naming the flag, and changes nothing", async () => {
    const before = await readFile(join(root, "spec/status-codes.yaml"), "utf8");
    const bad = await pnpm("adopt", "--scope", "acme", "--name", "Acme", "--repository", "github.com/acme");
    expect(bad.code).not.toBe(0);
    expect(bad.out).toContain('--scope "acme" is not an npm scope');
    expect(bad.out).toContain('--repository "github.com/acme" is not a repository URL');
    expect(bad.out).toContain("Nothing was changed.");
    expect((await sh(root, "git", "status", "--porcelain")).out).toBe("");
    expect(await readFile(join(root, "spec/status-codes.yaml"), "utf8")).toBe(before);
  });

  it("adopts the copy: its old scope is left nowhere outside changelogs, lockfile frozen-installable, generated files in step; a second run changes nothing", async () => {
    const adopt = await timed("adopt", () => pnpm(...ADOPT));
    expect(adopt.code, adopt.out).toBe(0);
    const left = await sh(root, "git", "grep", "-n", `${before}/`, "--", ":!**/CHANGELOG.md");
    expect(left.out).toBe("");
    expect((await sh(root, "git", "grep", "-c", `${scope}/status-core`)).out).toContain("packages/core/package.json");
    expect((await pnpm("install", "--offline", "--frozen-lockfile")).code).toBe(0);
    expect((await pnpm("gen", "--check")).code).toBe(0);
    for (const args of [["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "adopted"]]) await sh(root, "git", ...args);
    const again = await timed("adopt again", () => pnpm(...ADOPT));
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain("no file needed a change");
    expect((await sh(root, "git", "status", "--porcelain")).out).toBe("");
  });

  // packaging.test.ts checks the other targets' tarballs without packing them; core's needs its build, made here.
  it("packs core with its build even when nothing was built (prepack), and exactly its published files", async () => {
    const pack = await timed("pack", () => sh(join(root, "packages/core"), "pnpm", "pack", "--pack-destination", work));
    expect(pack.code, pack.out).toBe(0);
    const listing = await sh(work, "tar", "-tzf", join(work, `${scope.slice(1)}-status-core-${version}.tgz`));
    const files = ["LICENSE", "README.md", "package.json", "codes/package.json", "errors/package.json", ...["codes", "errors", "index"].flatMap((e) => [".cjs", ".d.cts", ".d.ts", ".js"].map((x) => `dist/${e}${x}`))];
    expect(listing.out.trim().split("\n").sort()).toEqual(files.map((f) => `package/${f}`).sort());
  });

  it("releases to the registry .npmrc names: a package that fails is named and the run exits non-zero; the next run publishes the rest; a third publishes nothing", async () => {
    await writeFile(join(root, ".npmrc"), `registry=${registry}\n${await readFile(join(root, ".npmrc"), "utf8")}`);
    const docs = join(root, "packages/docs/package.json");
    const manifest = await readFile(docs, "utf8");
    const broken = JSON.parse(manifest);
    broken.scripts.prepublishOnly = "node -e \"process.exit(3)\"";
    await writeFile(docs, JSON.stringify(broken));
    const first = await timed("release with a failure", () => pnpm("release"));
    expect(first.code).not.toBe(0);
    expect(first.out).toMatch(reported("failed", "status-docs"));
    expect(first.out).toMatch(reported("published", "status-core"));
    expect(first.out).toContain(`publishing to ${registry} (access restricted; provenance off: ${registry} is not the public npm registry)`);

    await writeFile(docs, manifest);
    const second = await timed("release the rest", () => pnpm("release"));
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(reported("published", "status-docs"));
    expect(second.out).toMatch(reported("skipped", "status-core"));
    expect(second.out).toContain("(already in the registry)");

    const third = await timed("release again", () => pnpm("release"));
    expect(third.code, third.out).toBe(0);
    expect(third.out).not.toContain("published ");
    expect(third.out.match(/skipped /g)).toHaveLength(4);
  });

  it("a consumer installs status-core and status-openapi from the registry, imports the one and $refs + bundles the other", async () => {
    const consumer = join(work, "consumer");
    await writeFile(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { [`${scope}/status-core`]: version, [`${scope}/status-openapi`]: version } }));
    const install = await timed("consumer install", () => sh(consumer, "pnpm", "install", "--config.lockfile=false"));
    expect(install.code, install.out).toBe(0);

    await writeFile(join(consumer, "esm.mjs"), `import { StatusCode, getReasonPhrase } from "${scope}/status-core";\nimport { NotFound } from "${scope}/status-core/errors";\nconsole.log(StatusCode.NOT_FOUND, getReasonPhrase(404), new NotFound().status);\n`);
    await writeFile(join(consumer, "cjs.cjs"), `const { StatusCode } = require("${scope}/status-core");\nconsole.log(StatusCode.IM_A_TEAPOT);\n`);
    expect((await sh(consumer, "node", "esm.mjs")).out.trim()).toBe("404 Not Found 404");
    expect((await sh(consumer, "node", "cjs.cjs")).out.trim()).toBe("418");

    const ref = `./node_modules/${scope}/status-openapi/generated/openapi.yaml#/components/responses`;
    await writeFile(
      join(consumer, "api.yaml"),
      `openapi: 3.1.0\ninfo: { title: Orders, version: 1.0.0 }\npaths:\n  /orders/{id}:\n    get:\n      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]\n      responses:\n        "200": { description: The order. }\n        "404": { $ref: "${ref}/NotFound" }\n`,
    );
    const redocly = join(repoRoot, "packages/openapi/node_modules/.bin/redocly");
    const bundle = await timed("redocly bundle", () => sh(consumer, redocly, "bundle", "api.yaml", "-o", "bundled.json"));
    expect(bundle.code, bundle.out).toBe(0);
    const bundled = JSON.parse(await readFile(join(consumer, "bundled.json"), "utf8"));
    const notFound = bundled.paths["/orders/{id}"].get.responses["404"];
    const response = notFound.$ref ? bundled.components.responses[notFound.$ref.split("/").at(-1)] : notFound;
    expect(response.description).toMatch(/^404 Not Found/);
    expect(JSON.stringify(bundled)).toContain("application/problem+json");
  });
});
