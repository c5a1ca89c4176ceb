/** Markdown for bench/results/*.md, written from one run's numbers. */
import type { BundleRow } from "./bundle.js";
import type { ColdRow } from "./cold-import.js";
import type { GenWallTimes, GeneratorRow } from "./generator.js";
import type { Goal } from "./goals.js";
import type { LookupResults } from "./lookups/run.js";
import type { TypeRow } from "./type-cost.js";
import { bytes, fmt, type Machine, ratio, table } from "./util.js";

export function header(title: string, m: Machine): string {
  return [
    `# ${title}`,
    "",
    `Written by \`pnpm bench\` on ${m.date} (commit ${m.commit}): ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.platform},`,
    `load average ${m.load} at the start. Figures change from run to run; compare ratios within one file, not across runs.`,
    "",
  ].join("\n");
}

export function lookupsMd(r: LookupResults): string {
  const parts = [
    `Run under Node ${r.node}${r.flags.length > 0 ? ` with \`${r.flags.join(" ")}\`` : ""}, each group in a process of its own (a negative code in one`,
    "group would otherwise turn the table reads of the next megamorphic: every variant's loop is one function literal).",
    `Each row is the median over ${r.rounds} rounds of mitata's median time of one pass over the inputs, divided by`,
    "the number of inputs; the ratio is to the group's first baseline row measured in the same round (median, and the",
    `lowest and highest round). The order of the rows rotates each round; each measurement runs ~${r.minCpuMs} ms of CPU.`,
    "The class check has two baselines: a range check called as a function (the reference) and the same check inline.",
    "The goals are judged on the ratio, which compares two rows under the same load; it can differ from the quotient",
    "of the ns/op medians, which come from different rounds when the shared machine's speed changes between them.",
    "Every library's answers were checked on the same inputs before timing (below). Every row reaches its data or",
    "function through an imported binding, as a user's code does: the baselines' plain tables too, from a module of",
    "their own (`bench/src/lookups/baselines.ts`), since V8 reads an imported binding a little slower than a local one.",
    "",
  ];
  for (const g of r.groups) {
    parts.push(`## ${g.title} (${g.inputs} inputs)`, "");
    parts.push(table(["variant", "ns/op", "ratio", "rounds"], g.rows.map((x) => [x.variant, fmt(x.ns, 2), ratio(x.ratio), `${x.ratioMin.toFixed(2)}–${x.ratioMax.toFixed(2)}`]), ["l", "r", "r", "r"]), "");
  }
  parts.push("## Answers that differ from RFC 9110", "");
  parts.push("Expected answers are written in `src/lookups/inputs.ts` from RFC 9110; `undefined` includes a caught throw.", "");
  const byVariant = new Map<string, typeof r.disagreements>();
  for (const d of r.disagreements) {
    const key = `${d.group}\u0000${d.variant}`;
    byVariant.set(key, [...(byVariant.get(key) ?? []), d]);
  }
  const rows = [...byVariant.values()].map((ds) => {
    const first = ds[0]!;
    const examples = ds.slice(0, 4).map((d) => `${d.input} → ${d.got} (want ${d.expected})`).join("; ");
    return [first.group, first.variant, ds.length, examples + (ds.length > 4 ? "; …" : "")];
  });
  parts.push(rows.length === 0 ? "None." : table(["lookup", "variant", "wrong", "examples"], rows), "");
  return parts.join("\n");
}

export function bundleMd(rows: readonly BundleRow[]): string {
  const heads = rows.filter((r) => r.esbuildHead !== undefined);
  return [
    "Each row is a one-line consumer bundled alone, minified, ESM out: esbuild (platform neutral, main fields module",
    "then main), Rolldown (as Vite 8 runs it, with its own minifier), Rollup (node-resolve, commonjs and json plugins,",
    "terser) and webpack 5 (production mode). gzip is zlib level 9. The consumer alone is the first row. The entry",
    "files and options are in `src/bundle.ts`; the stand-in row is not shipped (see below).",
    "",
    table(
      ["operation", "library (call)", "esbuild B", "esbuild gzip B", "Rolldown B", "Rollup B", "webpack B"],
      rows.map((r) => [r.operation, r.lib, bytes(r.sizes.esbuild.bytes), bytes(r.sizes.esbuild.gzip), bytes(r.sizes.rolldown.bytes), bytes(r.sizes.rollup.bytes), bytes(r.sizes.webpack.bytes)]),
      ["l", "l", "r", "r", "r", "r", "r"],
    ),
    "",
    "## Where `StatusCode.NOT_FOUND`'s bytes go",
    "",
    "`StatusCode` is the module namespace of `@org/status-core/codes` (`export * as StatusCode from \"./codes.js\"` in",
    "`dist/index.js`). Rolldown, Rollup and webpack replace `StatusCode.NOT_FOUND` by the one constant it reads. esbuild",
    "does that only for a namespace that the consumer's own file imports (`import * as StatusCode from",
    "\"@org/status-core/codes\"`); a namespace that reaches it through a re-export becomes an object with a getter per key",
    "(evanw/esbuild#1420). The stand-in row bundles the same constants as one object literal, the form `StatusCode` had",
    "before: esbuild keeps it whole as well, and so does Rolldown, which cuts no object literal. The start of each",
    "esbuild output:",
    "",
    ...heads.flatMap((r) => [`- ${r.lib}, ${bytes(r.sizes.esbuild.bytes)} B:`, "", "  ```js", `  ${r.esbuildHead}…`, "  ```", ""]),
  ].join("\n");
}

export function coldMd(rows: readonly ColdRow[], runs: number): string {
  return [
    `Wall time of a fresh \`node FILE\` whose only line requires or imports the library, median of ${runs} runs`,
    "(process.hrtime around spawnSync; all scripts interleaved in a rotating order). Differences of a few ms are noise here.",
    "",
    table(["library", "format", "ms", "over the empty script"], rows.map((r) => [r.lib, r.format, fmt(r.ms), r.lib === "empty script" ? "—" : `${r.overEmpty >= 0 ? "+" : ""}${fmt(r.overEmpty)}`]), ["l", "l", "r", "r"]),
    "",
  ].join("\n");
}

export function typesMd(rows: readonly TypeRow[], runs: number): string {
  return [
    "`tsc --extendedDiagnostics` (TypeScript 5.9.3, strict, NodeNext, lib ES2022, no @types, skipLibCheck) of a",
    `consumer that uses a constant, a phrase lookup and a class check where the library has them; median of ${runs}`,
    "runs. tsc reports times in steps of 10 ms; the type count is exact.",
    "",
    table(["library", "types", "check ms", "total ms", "memory KB", "files"], rows.map((r) => [r.lib, r.types, fmt(r.checkMs, 0), fmt(r.totalMs, 0), bytes(r.memoryKb), r.files]), ["l", "r", "r", "r", "r", "r"]),
    "",
  ].join("\n");
}

export function generatorMd(rows: readonly GeneratorRow[], wall: GenWallTimes): string {
  const marginal = rows.slice(2).map((r, i) => {
    const prev = rows[i + 1]!;
    return `${prev.codes} → ${r.codes} codes: ${fmt((r.warmMs - prev.warmMs) / (r.codes - prev.codes), 2)} ms per added code in memory, ${fmt((r.cliMs - prev.cliMs) / (r.codes - prev.codes), 2)} ms with \`pnpm gen\``;
  });
  const goal = (ms: number, limit: number) => `${fmt(limit, 0)}: ${ms <= limit ? "met" : "**missed**"}`;
  return [
    `\`pnpm gen\` as a user runs it: from the root of a scratch copy of the repository (its working tree, installed with`,
    `\`pnpm install\`), pnpm's own start-up included; median wall time of ${wall.rounds} rounds. Each round edits one`,
    "description in the spec, then runs `pnpm gen` (it writes), `pnpm gen` again (nothing changed: the stamp left by",
    "the previous run matches, so the pipeline does not run) and `pnpm gen --check` (always the whole pipeline).",
    "",
    table(
      ["run", "ms", "goal (ms)"],
      [
        ["`pnpm gen`, nothing changed", fmt(wall.unchangedMs, 0), goal(wall.unchangedMs, 1000)],
        ["`pnpm gen` after editing one description", fmt(wall.editedMs, 0), goal(wall.editedMs, 2000)],
        ["`pnpm gen --check`", fmt(wall.checkMs, 0), "—"],
      ],
      ["l", "r", "l"],
    ),
    "",
    "Below, `pnpm gen` is timed as the command it runs (`node generators/src/bin.mjs --root SCRATCH`, without pnpm's",
    "own start-up) on a fresh scratch root each time, so every file is written. The pipeline is `buildModel` + `render` in a fresh",
    "process: its first call, and the median of three later calls. Synthetic specs hold N vendor codes spread over",
    "100–999, each with its own phrase (`src/synthetic.ts`).",
    "",
    table(
      ["spec", "codes", "files", "pnpm gen ms", "per code", "pipeline first ms", "pipeline warm ms", "per code", "parse+validate+normalize", "render", "import"],
      rows.map((r) => [r.spec, r.codes, r.files, fmt(r.cliMs, 0), fmt(r.cliMs / r.codes, 1), fmt(r.firstMs, 0), fmt(r.warmMs, 0), fmt(r.warmMs / r.codes, 2), fmt(r.modelMs, 0), fmt(r.renderMs, 0), fmt(r.importMs, 0)]),
      ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
    ),
    "",
    "Growth between synthetic sizes (cost of each added code; flat means linear):",
    "",
    ...marginal.map((m) => `- ${m}`),
    "",
    "Time per target on the largest spec (warm, one call each): " +
      Object.entries(rows[rows.length - 1]!.perTarget)
        .map(([k, v]) => `${k} ${fmt(v, 0)} ms`)
        .join(", ") +
      ".",
    "",
  ].join("\n");
}

export function summaryMd(goals: readonly Goal[], m: Machine): string {
  return [
    `Measured by \`pnpm bench\` on ${m.date}: ${m.cpu}, ${m.cores} cores, Node ${m.node}. Details in [bench/results](bench/results/).`,
    "",
    table(["goal", "measured", ""], goals.map((g) => [g.goal, g.measured, g.met ? "met" : "**missed**"])),
    "",
    ...goals.filter((g) => !g.met && g.note).map((g) => `- Missed: ${g.goal}. ${g.note}`),
    ...(goals.some((g) => !g.met && g.note) ? [""] : []),
  ].join("\n");
}
