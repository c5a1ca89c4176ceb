/** The organisation's identity reaches every target from the spec's `organization:` block, and its own codes are first-class. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finishMoves, stage } from "../src/adopt/cli.js";
import { organizationBlock, organizationFrom, rewriter, withBlock } from "../src/adopt/plan.js";
import { buildModel } from "../src/pipeline/build.js";
import { organizationOf } from "../src/pipeline/organization.js";
import { provenance } from "../src/publish.js";
import { docs, jsonSchema, openapi } from "../src/targets/index.js";
import { lintRules } from "../src/targets/openapi/rules.js";
import { HEADERS, modelOf } from "./support/model.js";

const globex = { name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status", problemBase: "https://api.globex.test/problems/" };
const model = modelOf(
  [
    { code: 404, phrase: "Not Found" },
    { code: 470, phrase: "Tenant Suspended", vendor: "Globex", reference: { title: "Gateway wiki", url: "http://wiki.corp/gateway" }, headers: ["X-Tenant"] },
    { code: 499, phrase: "Client Closed Request", vendor: "nginx" },
  ],
  { organization: globex, headers: [...HEADERS, { name: "X-Tenant", description: "The tenant.", vendor: "Globex" }] },
);
const file = (files: { path: string; content: string }[], path: string) => files.find((f) => f.path === path)!.content;

describe("the organization: block", () => {
  it("normalizes into the model, with derived package names and defaults", () => {
    expect(model.organization).toEqual({
      name: "Globex",
      scope: "@globex",
      repository: "https://github.com/globex/http-status",
      contact: { name: "Globex", url: "https://github.com/globex/http-status/issues" },
      problemBase: "https://api.globex.test/problems/",
      schemaBase: "https://github.com/globex/http-status/schemas/",
      registry: undefined,
      access: "public",
      tokenSecret: "NPM_TOKEN",
      packages: { core: "@globex/status-core", openapi: "@globex/status-openapi", jsonSchema: "@globex/status-json-schema", docs: "@globex/status-docs" },
    });
  });

  it("reaches the OpenAPI info, the JSON Schema $ids, the problem example and the package names in generated text", () => {
    const api = JSON.parse(file(openapi.generate(model), "openapi.json"));
    expect(api.info.contact).toEqual({ name: "Globex", url: "https://github.com/globex/http-status/issues" });
    expect(api.info.description).toContain("./node_modules/@globex/status-openapi/generated/openapi.yaml#/components/responses/NotFound");
    expect(api.components.schemas.ProblemDetails.properties.type.examples).toEqual(["https://api.globex.test/problems/out-of-credit"]);
    expect(file(openapi.generate(model), "spectral.yaml")).toContain('"./node_modules/@globex/status-openapi/generated/spectral.yaml"');
    expect(JSON.parse(file(jsonSchema.generate(model), "status-code.schema.json")).$id).toBe("https://github.com/globex/http-status/schemas/status-code.schema.json");
    const reference = file(docs.generate(model), "REFERENCE.md");
    expect(reference).toContain("`@globex/status-core`, `@globex/status-openapi` and\n`@globex/status-json-schema`");
    const everything = [...openapi.generate(model), ...jsonSchema.generate(model), ...docs.generate(model)].map((f) => f.content).join("\n");
    // Nothing of the placeholder identity (whatever `pnpm adopt` made it) is left, and no example.com.
    const placeholder = organizationOf();
    for (const old of [`${placeholder.scope}/`, placeholder.repository, "example.com"]) expect(everything).not.toContain(old);
  });
});

describe("the organisation's own codes", () => {
  it("are allowed by the rulesets like registered codes; other vendors' codes still warn", () => {
    const vendorRules = (m: typeof model) => lintRules(m).filter((r) => r.id.startsWith("status-code-vendor-")).map((r) => r.id);
    expect(vendorRules(model)).toEqual(["status-code-vendor-nginx"]);
    const withVendor = modelOf([{ code: 470, phrase: "Tenant Suspended", vendor: "Globex" }, { code: 471, phrase: "Gone Fishing", vendor: "Example Corp" }], { organization: globex });
    expect(vendorRules(withVendor)).toEqual(["status-code-vendor-example-corp"]);
    expect(lintRules(withVendor).find((r) => r.id === "status-code-known")!.options.keys).toContain("470");
    expect(file(openapi.generate(withVendor), "spectral.yaml")).not.toContain("status-code-vendor-globex");
  });

  it("get a group of their own in the docs, after the official codes and before the unofficial ones", () => {
    const reference = file(docs.generate(model), "REFERENCE.md");
    const at = (text: string) => reference.indexOf(text);
    expect(at("## Globex's own codes")).toBeGreaterThan(at("## 5xx Server Error"));
    expect(at("### 470 Tenant Suspended")).toBeGreaterThan(at("## Globex's own codes"));
    expect(at("## Unofficial codes")).toBeGreaterThan(at("### 470 Tenant Suspended"));
    expect(at("### nginx")).toBeGreaterThan(at("## Unofficial codes"));
    expect(reference).toContain("- [Globex's own codes](#globexs-own-codes)");
  });

  it("may link an http page, and an own header needs no reference", () => {
    expect(model.statuses.find((s) => s.code === 470)!.reference!.url).toBe("http://wiki.corp/gateway");
    expect(model.headers.find((h) => h.name === "X-Tenant")!.reference).toBeUndefined();
    const api = JSON.parse(file(openapi.generate(model), "openapi.json"));
    expect(api.components.headers["X-Tenant"].description).toBe("The tenant.");
  });
});

describe("pnpm adopt's plan", () => {
  const placeholder = organizationOf();

  it("moves what was derived from the old repository (contact, problem base), and says every bad flag at once", () => {
    const org = organizationFrom({ scope: "@globex", name: "Globex", repository: "https://github.com/globex/http-status.git" }, placeholder);
    expect(org).toEqual({ name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status", access: "public" });
    expect(() => organizationFrom({ scope: "@Globex!", repository: "ftp://x", access: "private" }, placeholder)).toThrow(
      /--scope "@Globex!" is not an npm scope.*\n--repository "ftp:\/\/x" is not a repository URL.*\n--access "private" must be public or restricted/,
    );
  });

  it("rewrites the scope before a slash or a quote and the repository at a word end, nothing else", () => {
    const old = organizationOf({ name: "Old", scope: "@old", repository: "https://git.test/old/repo" });
    const rewrite = rewriter(old, { name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status" });
    const given = 'import "@old/status-core"; /@old\\/x/; scope: "@old"; me@old/x; @older/y; https://git.test/old/repo.git https://git.test/old/repo-2';
    expect(rewrite(given)).toBe('import "@globex/status-core"; /@globex\\/x/; scope: "@globex"; me@old/x; @older/y; https://github.com/globex/http-status.git https://git.test/old/repo-2');
  });

  it("rewrites the old problem base to the new one, also when it is no longer under the repository", () => {
    const old = organizationOf({ name: "Old", scope: "@old", repository: "https://git.test/old/repo" });
    const given = "type: https://git.test/old/repo/problems/out-of-credit; see https://git.test/old/repo/issues";
    expect(rewriter(old, { name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status" })(given)).toBe(
      "type: https://github.com/globex/http-status/problems/out-of-credit; see https://github.com/globex/http-status/issues",
    );
    expect(rewriter(old, { name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status", problemBase: "https://api.globex.test/problems/" })(given)).toBe(
      "type: https://api.globex.test/problems/out-of-credit; see https://github.com/globex/http-status/issues",
    );
  });

  it("replaces the block in place, and the result is a valid spec with the new identity", () => {
    const spec = "# header\n\n# old comment\norganization:\n  name: Org\n  scope: \"@org\"\n  repository: https://github.com/org/status-codes\n\nheaders: []\ncodes:\n  - { code: 200, phrase: OK, summary: s, description: d, registry: permanent }\n";
    const next = withBlock(spec, organizationBlock({ name: "Globex", scope: "@globex", repository: "https://github.com/globex/http-status", registry: "https://npm.globex.test/" }));
    expect(next.startsWith("# header\n\n# Who the packages belong to")).toBe(true);
    expect(next).not.toContain("old comment");
    expect(next).toContain("\n\nheaders: []\n");
    expect(buildModel(Buffer.from(next), "1.0.0").organization).toMatchObject({ scope: "@globex", registry: "https://npm.globex.test/" });
  });
});

describe("pnpm adopt, cut short", () => {
  const checkout = async () => {
    const root = await mkdtemp(join(tmpdir(), "status-adopt-"));
    await mkdir(join(root, "node_modules"));
    await writeFile(join(root, "a.txt"), "old a\n");
    await writeFile(join(root, "b.txt"), "old b\n");
    return root;
  };
  const read = async (root: string) => [await readFile(join(root, "a.txt"), "utf8"), await readFile(join(root, "b.txt"), "utf8")];
  const next = new Map([["a.txt", "new a\n"], ["b.txt", "new b\n"]]);

  it("after the journal: the next run finishes every move", async () => {
    const root = await checkout();
    await stage(root, next);
    expect(await read(root)).toEqual(["old a\n", "old b\n"]);
    expect(await finishMoves(root)).toBe(true);
    expect(await read(root)).toEqual(["new a\n", "new b\n"]);
    expect(await readdir(join(root, "node_modules"))).toEqual([]);
  });

  it("before the journal: the next run drops the staged files and the tree is as it was", async () => {
    const root = await checkout();
    await stage(root, next);
    await rm(join(root, "node_modules/.adopt/journal.json"));
    expect(await finishMoves(root)).toBe(false);
    expect(await read(root)).toEqual(["old a\n", "old b\n"]);
    expect(await readdir(join(root, "node_modules"))).toEqual([]);
  });
});

describe("provenance", () => {
  const actions = { GITHUB_ACTIONS: "true", ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.actions.test" };
  it.each([
    ["the public registry from GitHub Actions", "https://registry.npmjs.org/", "public", actions, true],
    ["the public registry outside CI", "https://registry.npmjs.org/", "public", {}, false],
    ["GitHub Actions without id-token: write", "https://registry.npmjs.org/", "public", { GITHUB_ACTIONS: "true" }, false],
    ["a private registry from GitHub Actions", "https://npm.pkg.github.com/", "public", actions, false],
    ["restricted packages", "https://registry.npmjs.org/", "restricted", actions, false],
  ])("%s", (_, registry, access, env, on) => {
    expect(provenance(registry, access, env).on).toBe(on);
  });
});
