import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../src/model.js";
import { withLock } from "../src/pipeline/lock.js";
import { diffOutputs, JOURNAL, pendingRecovery, recoverOutputs, writeOutputs, writeStage, type WriteStep } from "../src/pipeline/write.js";
import { buildModel } from "../src/pipeline/build.js";
import { render } from "../src/pipeline/render.js";
import { targets } from "../src/targets/index.js";
import { repoRoot, scratchRoot, snapshotTree } from "./support/run.js";

const DIRS = ["pkg/a/generated", "pkg/b/generated"];
const version = (v: string, extra = false): GeneratedFile[] => [
  { path: "pkg/a/generated/one.txt", content: `one ${v}\n` },
  { path: "pkg/a/generated/deep/two.txt", content: `two ${v}\n` },
  { path: "pkg/b/generated/three.txt", content: `three ${v}\n` },
  ...(extra ? [{ path: "pkg/b/generated/four.txt", content: `four ${v}\n` }] : []),
];

async function writeAll(root: string, files: GeneratedFile[], onStep?: (step: WriteStep, dir: string) => void) {
  await recoverOutputs(root, DIRS);
  await writeOutputs(root, files, await diffOutputs(root, DIRS, files), onStep);
}

/** Each folder's files, as "old", "new" or a mix; what a crash must never leave is "mixed". */
async function state(root: string) {
  const tree = await snapshotTree(root);
  return DIRS.map((dir) => {
    const texts = [...tree].filter(([p]) => p.startsWith(dir)).map(([, b64]) => Buffer.from(b64, "base64").toString());
    const kinds = new Set(texts.map((t) => t.trim().split(" ")[1]));
    return kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? "missing" : "mixed";
  });
}

describe("atomic write", () => {
  it("writes, reports unchanged files, and removes orphans", async () => {
    const root = await mkdtemp(join(tmpdir(), "status-write-"));
    await writeAll(root, version("old", true));
    await writeFile(join(root, "pkg/a/generated/stray.txt"), "not emitted\n");
    const diffs = await diffOutputs(root, DIRS, version("old"));
    expect(diffs.map((d) => [d.dir, d.changed, d.removed, d.unchanged])).toEqual([
      ["pkg/a/generated", [], ["pkg/a/generated/stray.txt"], 2],
      ["pkg/b/generated", [], ["pkg/b/generated/four.txt"], 1],
    ]);
    await writeAll(root, version("old"));
    expect([...(await snapshotTree(root)).keys()].sort()).toEqual(version("old").map((f) => f.path).sort());
  });

  const steps: WriteStep[] = ["staged", "moved-aside", "moved-in"];
  it.each(steps.flatMap((step) => DIRS.map((dir) => [step, dir] as const)))(
    "a crash at %s of %s leaves each folder whole, and the next run completes or undoes it",
    async (crashStep, crashDir) => {
      const root = await mkdtemp(join(tmpdir(), "status-crash-"));
      await writeAll(root, version("old"));
      const crash = new Error("injected crash");
      await expect(
        writeAll(root, version("new"), (step, dir) => {
          if (step === crashStep && dir === crashDir) throw crash;
        }),
      ).rejects.toBe(crash);
      // A crash before the journal (staging) rolls back; after it, recovery rolls forward.
      const committed = crashStep !== "staged";
      const now = await state(root);
      expect(now.filter((s) => s === "mixed")).toEqual([]);
      expect(await pendingRecovery(root, DIRS)).toBe(committed);
      await recoverOutputs(root, DIRS);
      expect(await state(root)).toEqual(committed ? ["new", "new"] : ["old", "old"]);
      expect(await pendingRecovery(root, DIRS)).toBe(false);
    },
  );

  it("an unwritable output folder fails clearly and leaves the old outputs", async () => {
    const root = await mkdtemp(join(tmpdir(), "status-ro-"));
    await writeAll(root, version("old"));
    // CI runs as root, which ignores file modes: block the staging folder with a file of its name instead.
    await writeFile(join(root, `pkg/b/.generated.staging-${process.pid}`), "in the way\n");
    const files = version("new");
    await expect(writeOutputs(root, files, await diffOutputs(root, DIRS, files))).rejects.toMatchObject({ code: "EEXIST" });
    expect(await state(root)).toEqual(["old", "old"]);
    expect(await readdir(join(root, "pkg/a"))).toEqual(["generated"]);
    await expect(readFile(join(root, JOURNAL))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("a real SIGKILL while `pnpm gen` writes", () => {
  it("leaves every generated folder wholly old or wholly new, whenever it lands", async () => {
    const spec = await readFile(join(repoRoot, "spec/status-codes.yaml"), "utf8");
    const changed = spec.replace(/^(\s+summary: .*)\.$/gm, "$1 (changed).");
    const renders = [spec, changed].map((text) => render(buildModel(Buffer.from(text), "1.2.3")));
    const root = await scratchRoot(spec, { generate: false });
    const dirs = targets.map((t) => t.dir);
    await withLock(root, () => writeStage(root, dirs, renders[0]!)); // what `pnpm gen` writes for `spec`
    // The process killed runs the CLI's write stage as the CLI does (lock, recovery, diff, write) on files rendered
    // here, so that each run reaches its first write without loading the whole pipeline. It is bundled once into plain
    // JavaScript, so that each of the runs below starts as fast as Node.js does (no TypeScript loader to start each time).
    const child = join(await mkdtemp(join(tmpdir(), "status-kill-child-")), "write-child.mjs");
    await build({ entryPoints: [join(repoRoot, "generators/test/support/write-child.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: child, logLevel: "silent" });
    const inputs = await Promise.all(renders.map(async (files, i) => {
      const path = join(root, `.render-${i}.json`);
      await writeFile(path, JSON.stringify({ dirs, files }));
      return path;
    }));
    const journal = join(root, JOURNAL);
    const kills = { staging: 0, journal: 0 };
    // Start-up and rendering take seconds on a busy machine, so a fixed delay would mostly kill before any write.
    // Instead each kill is timed from a moment of the write: from the first staging folder appearing (0 ms to 1.3 s
    // later: while staging, and after the run ended), and from the journal appearing (the commit point: while
    // swapping the folders in, which a later run must roll forward).
    const schedule = [
      ...[0, 1, 2, 5, 10, 20, 40, 80, 160, 320, 640, 1280].map((delay) => ["staging", delay] as const),
      ...[0, 0, 1, 1, 2].map((delay) => ["journal", delay] as const),
    ];
    for (const [i, [after, delay]] of schedule.entries()) {
      await writeFile(join(root, "spec/status-codes.yaml"), i % 2 === 0 ? changed : spec);
      const run = spawn(process.execPath, [child, root, inputs[i % 2 === 0 ? 1 : 0]!], {
        stdio: "ignore",
        cwd: repoRoot,
      });
      const watched = after === "journal" ? [journal] : dirs.map((dir) => join(root, dirname(dir), `.${basename(dir)}.staging-${run.pid}`));
      let exitSignal: NodeJS.Signals | null | undefined;
      const exited = new Promise<void>((resolve) => run.on("exit", (_, signal) => ((exitSignal = signal), resolve())));
      const seen = await new Promise<boolean>((resolve) => {
        const poll = () => (watched.some((p) => existsSync(p)) ? resolve(true) : exitSignal !== undefined ? resolve(false) : setTimeout(poll, 1));
        poll();
      });
      if (after === "staging") expect(seen, `run ${i} wrote nothing`).toBe(true);
      const timer = seen ? setTimeout(() => run.kill("SIGKILL"), delay) : undefined;
      await exited;
      clearTimeout(timer);
      if (exitSignal === "SIGKILL") kills[after]++;

      const tree = await snapshotTree(root);
      for (const dir of dirs) {
        const onDisk = [...tree].filter(([p]) => p.startsWith(`${dir}/`)).map(([p, b64]) => `${p}\0${Buffer.from(b64, "base64").toString()}`);
        const whole = renders.map((files) => files.filter((f) => f.path.startsWith(`${dir}/`)).map((f) => `${f.path}\0${f.content}`));
        const match = whole.findIndex((w) => JSON.stringify(w.sort()) === JSON.stringify(onDisk.sort()));
        // The one moment a folder may be absent is between its two renames; the journal then finishes it.
        if (onDisk.length === 0) expect(await pendingRecovery(root, dirs)).toBe(true);
        else expect(match, `${dir} after a kill ${delay} ms after the ${after} appeared is a mix of two runs`).toBeGreaterThanOrEqual(0);
      }
      // The next run's write stage finishes or undoes what the kill interrupted, then writes this run's files.
      const wanted = renders[i % 2 === 0 ? 1 : 0]!;
      await withLock(root, () => writeStage(root, dirs, wanted));
      const drift = await diffOutputs(root, dirs, wanted);
      expect(drift.flatMap((d) => [...d.changed, ...d.removed])).toEqual([]);
      expect(await pendingRecovery(root, dirs)).toBe(false);
    }
    // Staging 118 files takes far longer than a few ms, so the early kills land mid-write; the swap is short, so only
    // some of the kills aimed at it may land in time.
    expect(kills.staging).toBeGreaterThanOrEqual(3);
    expect(kills.journal).toBeGreaterThanOrEqual(1);
  });
});
