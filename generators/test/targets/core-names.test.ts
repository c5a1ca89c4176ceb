/**
 * The core target's rule that no code or problem type gives `status-core/errors` a name it already has (its
 * refusals are fixtures/invalid/error-name-taken.yaml): its lists of names, read against the real module (the built-in
 * types it keeps free are checked in core.test's shared TypeScript program).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/pipeline/build.js";
import { FIXED_GENERATED, HAND_WRITTEN_EXPORTS, specNames } from "../../src/targets/core/names.js";
import { repoRoot } from "../support/run.js";

const coreDir = join(repoRoot, "packages/core");
const project = new Project({ tsConfigFilePath: join(coreDir, "tsconfig.json"), skipAddingFilesFromTsConfig: true });
const entry = project.addSourceFileAtPath(join(coreDir, "src/errors.ts"));
project.resolveSourceFileDependencies();
const model = buildModel(await readFile(join(repoRoot, "spec/status-codes.yaml")), "0.0.0");

/** The module's exports, by whether any declaration of the name is hand-written. */
const exported = [...entry.getExportedDeclarations()].map(([name, declarations]) => ({
  name,
  handWritten: declarations.some((d) => !d.getSourceFile().getFilePath().includes("/src/generated/")),
}));
const sorted = (names: Iterable<string>) => [...names].sort();

describe("the names @org/status-core/errors has", () => {
  it("hand-written: exactly what the module exports besides its generated module", () => {
    expect(sorted(HAND_WRITTEN_EXPORTS)).toEqual(sorted(exported.filter((e) => e.handWritten).map((e) => e.name)));
  });

  it("generated: the fixed ones, and those of each code and problem type of the spec", () => {
    expect(sorted([...FIXED_GENERATED, ...specNames(model).map((n) => n.name)])).toEqual(sorted(exported.filter((e) => !e.handWritten).map((e) => e.name)));
  });
});
