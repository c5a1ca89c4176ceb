import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Target } from "../src/model.js";
import { buildModel } from "../src/pipeline/build.js";
import { render } from "../src/pipeline/render.js";
import { publicPackages } from "../src/release.js";
import { targets } from "../src/targets/index.js";
import { modelOf } from "./support/model.js";
import { repoRoot } from "./support/run.js";

const json = async (path: string) => JSON.parse(await readFile(join(repoRoot, path), "utf8"));
const { organization } = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "0.0.0");

describe("the target list is the one place targets are named", () => {
  it("each target fills the package whose folder it names", async () => {
    for (const t of targets) {
      expect((await json(`${t.packageDir}/package.json`)).name, t.name).toBe(`${organization.scope}/${t.package}`);
      expect(t.dir.startsWith(`${t.packageDir}/`), t.name).toBe(true);
    }
  });

  it("changesets releases exactly the targets' packages as one fixed group", async () => {
    const config = await json(".changeset/config.json");
    expect(config.fixed).toEqual([publicPackages(organization)]);
  });

  it("turbo's gen task hashes and caches exactly the targets' folders", async () => {
    const gen = (await json("turbo.json")).tasks["//#gen"];
    const globs = targets.map((t) => `${t.dir}/**`);
    expect(gen.outputs).toEqual(globs);
    expect(gen.inputs).toEqual(expect.arrayContaining(globs));
  });
});

describe("render", () => {
  const model = modelOf([{ code: 200, phrase: "OK" }]);
  const target = (files: { path: string; content: string }[]): Target => ({ name: "t", package: "status-core", packageDir: "pkg", dir: "pkg/out", generate: () => files });

  it("puts each file under its target's folder and sorts every target's files by path", () => {
    const a = target([{ path: "z.txt", content: "z\n" }, { path: "a/b.txt", content: "b\n" }]);
    const b = { ...target([{ path: "m.txt", content: "m\n" }]), dir: "pkg/aaa" };
    expect(render(model, [a, b]).map((f) => f.path)).toEqual(["pkg/aaa/m.txt", "pkg/out/a/b.txt", "pkg/out/z.txt"]);
  });

  it.each([
    ["a path that climbs out of the folder", { path: "../escape.txt", content: "x\n" }, /outside its folder/],
    ["an absolute path", { path: "/etc/x", content: "x\n" }, /outside its folder/],
    ["CRLF line endings", { path: "x.txt", content: "a\r\nb\n" }, /LF line endings/],
    ["no final newline", { path: "x.txt", content: "a" }, /exactly one final newline/],
    ["two final newlines", { path: "x.txt", content: "a\n\n" }, /exactly one final newline/],
  ])("refuses %s", (_, file, message) => {
    expect(() => render(model, [target([file])])).toThrow(message);
  });
});
