/** The one report: bench/results.md, whose goals table (summary) main.ts also copies into the README. */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import type { GeneratorRow, GenWall } from "./generator.js";
import { judgeGoals } from "./goals.js";
import type { BundleRow, ColdRow, TypeRow } from "./measure.js";
import type { Timed, TimeKnobs } from "./time.js";

export interface Knobs extends TimeKnobs {
  coldRuns: number;
  tscRuns: number;
  genRuns: number;
  genWallRounds: number;
}
export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  commit: string;
  /** 1-minute load average at the start: other work on the machine skews absolute times (Results.loadEnd too). */
  load: string;
}
/** One run's numbers; a section that did not run is empty. */
export interface Results {
  machine: Machine;
  knobs: Knobs;
  timed: Timed[];
  bundles: BundleRow[];
  cold: ColdRow[];
  types: TypeRow[];
  generator: GeneratorRow[];
  genWall?: GenWall;
  /** 1-minute load average when the run ended. */
  loadEnd: string;
}

export function machine(): Machine {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // not a git checkout: the results still stand, without a commit
  }
  const date = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return { date, cpu: cpus()[0]?.model.trim() ?? "unknown", cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}`, commit, load: loadavg()[0]!.toFixed(2) };
}

/** A Markdown table; `r` in `align` right-aligns a column; cells are escaped for `|`. */
function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], align = ""): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((c) => String(c).replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (align[i] === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
}
const n = (v: number | undefined, digits = 0) => (v === undefined ? "—" : v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** The goals table, with the notes of missed goals. */
function goals(r: Results): string {
  const judged = judgeGoals(r);
  if (judged.length === 0) return "No goal is judged from the sections of this run.\n";
  const notes = judged.filter((g) => !g.met && g.note).map((g) => `- Missed: ${g.goal}. ${g.note}`);
  return [table(["goal", "measured", ""], judged.map((g) => [g.goal, g.measured, g.met ? "met" : "**missed**"])), "", ...(notes.length > 0 ? [...notes, ""] : [])].join("\n");
}

/** What the README shows between its bench markers. */
export function summary(r: Results): string {
  const m = r.machine;
  return `Measured by \`pnpm bench\` on ${m.date}: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.load} at the start and ${r.loadEnd} at the end. Details in [bench/results.md](bench/results.md).\n\n${goals(r)}`;
}

function time(r: Results): string[] {
  const { rounds, minCpuMs, node, flags } = r.knobs;
  const byRow = new Map<string, Timed["wrong"]>();
  for (const w of r.timed.flatMap((g) => g.wrong)) byRow.set(`${w.group}\0${w.label}`, [...(byRow.get(`${w.group}\0${w.label}`) ?? []), w]);
  return [
    "## Time",
    "",
    `Each group ran in a process of its own, under Node ${node ?? r.machine.node}${flags?.length ? ` with \`${flags.join(" ")}\`` : ""}. Each row is the median over ${rounds} rounds of`,
    "mitata's median time of one pass over the inputs, per input; the ratio is to the group's first row measured in the",
    `same round (median, and the lowest and highest round). The rows' order rotates each round; each measurement runs ~${minCpuMs} ms`,
    "of CPU. Every row is the expression shown, compiled into a loop of its own (`src/time.ts`) so that no call site is",
    "shared between libraries, and its answers were checked before timing: a wrong answer from core or a baseline stops the",
    "run; the peers' are listed at the end. The inputs and the expected answers (from RFC 9110) are in `src/cases.ts`. The",
    "error libraries answer the same four requests with the same status, headers and RFC 9457 body; the peers' problem is",
    "built the way their users would. Every error captures a stack trace, which is most of its cost.",
    "",
    ...r.timed.flatMap((g) => [
      `### ${g.title} (${g.inputs} inputs)`,
      "",
      table(["row", "ns/op", "ratio", "rounds"], g.rows.map((x) => [x.label, n(x.ns, 2), `${x.ratio.toFixed(2)}x`, `${x.ratioMin.toFixed(2)}–${x.ratioMax.toFixed(2)}`]), "lrrr"),
      "",
    ]),
    "### Answers that differ from RFC 9110",
    "",
    "`undefined` includes a caught throw.",
    "",
    table(["lookup", "row", "wrong", "examples"], [...byRow.values()].map((ws) => [ws[0]!.group, ws[0]!.label, ws.length, ws.slice(0, 4).map((w) => `${w.input} → ${w.got} (want ${w.want})`).join("; ") + (ws.length > 4 ? "; …" : "")])),
    "",
  ];
}

function bundles(rows: readonly BundleRow[]): string[] {
  return [
    "## Bundle cost",
    "",
    "Each row is a one-line consumer (`src/cases.ts`) bundled alone, minified, ESM out: esbuild (platform neutral, main fields",
    "module then main), Rolldown (as Vite 8 runs it), Rollup (node-resolve, commonjs, json, terser) and webpack 5 (production",
    "mode); gzip is esbuild's output at zlib level 9. The error rows are esbuild's for platform node alone (http-errors needs",
    "`node:path`). The stand-in row is not shipped: `StatusCode` as one object literal, the form it had before it became the",
    "module namespace of `@org/status-core/codes`, to show what each bundler makes of either form.",
    "",
    table(
      ["operation", "library (call)", "esbuild B", "gzip B", "Rolldown B", "Rollup B", "webpack B"],
      rows.map((x) => [x.op, x.lib, n(x.sizes.esbuild?.bytes), n(x.sizes.esbuild?.gzip), n(x.sizes.rolldown?.bytes), n(x.sizes.rollup?.bytes), n(x.sizes.webpack?.bytes)]),
      "llrrrrr",
    ),
    "",
  ];
}

function cold(r: Results): string[] {
  return [
    "## Cold import",
    "",
    `Wall time of a fresh \`node FILE\` whose only line requires or imports the library, median of ${r.knobs.coldRuns} runs, all scripts`,
    "interleaved in a rotating order. Differences of a few ms are noise here.",
    "",
    table(["library", "format", "ms", "over the empty script"], r.cold.map((x) => [x.lib, x.format, n(x.ms, 1), x.lib === "empty script" ? "—" : `${x.overEmpty >= 0 ? "+" : ""}${n(x.overEmpty, 1)}`]), "llrr"),
    "",
  ];
}

function types(r: Results): string[] {
  return [
    "## Type cost",
    "",
    "`tsc --extendedDiagnostics` (TypeScript 5.9.3, strict, NodeNext, lib ES2022, no @types, skipLibCheck) of a consumer that",
    `uses a constant, a phrase lookup and a class check where the library has them; median of ${r.knobs.tscRuns} runs. tsc reports`,
    "times in steps of 10 ms; the type count is exact.",
    "",
    table(["library", "types", "check ms", "total ms", "memory KB", "files"], r.types.map((x) => [x.lib, x.types, n(x.checkMs), n(x.totalMs), n(x.memoryKb), x.files]), "lrrrrr"),
    "",
  ];
}

function generator(r: Results): string[] {
  const rows = r.generator;
  const w = r.genWall;
  const growth = rows.slice(2).map((x, i) => {
    const p = rows[i + 1]!;
    return `- ${p.codes} → ${x.codes} codes: ${n((x.warmMs - p.warmMs) / (x.codes - p.codes), 2)} ms per added code in memory, ${n((x.cliMs - p.cliMs) / (x.codes - p.codes), 2)} ms with the command`;
  });
  const last = rows.at(-1);
  return [
    "## Generator",
    "",
    ...(w
      ? [
          "`pnpm gen` as a user runs it, from the root of a scratch copy of the repository (installed with `pnpm install`), pnpm's",
          `start-up included; median of ${w.rounds} rounds. Each round edits one description in the spec, then runs \`pnpm gen\` (it writes),`,
          "`pnpm gen` again (nothing changed: the stamp matches and the pipeline does not run) and `pnpm gen --check` (the whole pipeline).",
          "",
          table(["run", "ms"], [["`pnpm gen`, nothing changed", n(w.unchangedMs)], ["`pnpm gen` after editing one description", n(w.editedMs)], ["`pnpm gen --check`", n(w.checkMs)]], "lr"),
          "",
        ]
      : []),
    "Below, the command `pnpm gen` runs (`node generators/src/bin.mjs --root SCRATCH`, without pnpm) on a fresh scratch root each",
    `time, so every file is written (median of ${r.knobs.genRuns}); and the pipeline, \`buildModel\` + \`render\` in a fresh process: its first call and`,
    "the median of three later ones. Synthetic specs hold N vendor codes spread over 100–999 (`src/generator.ts`).",
    "",
    table(
      ["spec", "codes", "files", "command ms", "pipeline first ms", "warm ms", "warm ms per code", "parse+validate+normalize", "render", "import"],
      rows.map((x) => [x.spec, x.codes, x.files, n(x.cliMs), n(x.firstMs), n(x.warmMs), n(x.warmMs / x.codes, 2), n(x.modelMs), n(x.renderMs), n(x.importMs)]),
      "lrrrrrrrrr",
    ),
    "",
    ...(growth.length > 0 ? ["Growth between synthetic sizes (flat means linear):", "", ...growth, ""] : []),
    ...(last ? [`Time per target on the largest spec (warm, one call each): ${Object.entries(last.perTarget).map(([k, v]) => `${k} ${n(v)} ms`).join(", ")}.`, ""] : []),
  ];
}

/** bench/results.md: every section that ran, after the goals. */
export function report(r: Results): string {
  const m = r.machine;
  return [
    "# Benchmarks",
    "",
    `Written by \`pnpm bench\` on ${m.date} (commit ${m.commit}): ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform}; load average`,
    `${m.load} at the start and ${r.loadEnd} at the end. Figures change from run to run and with the load: compare ratios within this file.`,
    "",
    "## Goals",
    "",
    goals(r),
    ...(r.timed.length > 0 ? time(r) : []),
    ...(r.bundles.length > 0 ? bundles(r.bundles) : []),
    ...(r.cold.length > 0 ? cold(r) : []),
    ...(r.types.length > 0 ? types(r) : []),
    ...(r.generator.length > 0 || r.genWall ? generator(r) : []),
  ].join("\n");
}
