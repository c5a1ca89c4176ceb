/** Bundle cost (esbuild, Rolldown, Rollup, webpack), cold import and type cost of the cases in cases.ts. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import commonjsPlugin from "@rollup/plugin-commonjs";
import jsonPlugin from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terserPlugin from "@rollup/plugin-terser";
import { build } from "esbuild";
import { rolldown } from "rolldown";
import { rollup } from "rollup";
import webpack from "webpack";
import type { BundleCase, TYPE_CONSUMERS } from "./cases.js";
import { median } from "./time.js";

/** The bench folder, and its scratch space (gitignored): entries there resolve packages from bench/node_modules. */
export const benchDir = resolve(fileURLToPath(import.meta.url), "../..");
export const cacheDir = join(benchDir, ".cache");

function scratch(...path: string[]): string {
  const file = join(cacheDir, ...path);
  mkdirSync(join(file, ".."), { recursive: true });
  return file;
}

// Their types describe CommonJS: under NodeNext the default import types as the module; at run time it is the plugin.
const commonjs = commonjsPlugin as unknown as typeof commonjsPlugin.default;
const json = jsonPlugin as unknown as typeof jsonPlugin.default;
const terser = terserPlugin as unknown as typeof terserPlugin.default;

export const BUNDLERS = ["esbuild", "rolldown", "rollup", "webpack"] as const;
export type Bundler = (typeof BUNDLERS)[number];

const esbuild = async (entry: string, platform: "neutral" | "node" = "neutral") =>
  // Platform neutral has no default main fields; these are what browser and Node builds use.
  (await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform, mainFields: ["module", "main"], target: "es2022", write: false, logLevel: "silent" })).outputFiles[0]!.text;

const BUNDLE: Record<Bundler, (entry: string) => Promise<string>> = {
  esbuild: (entry) => esbuild(entry),
  /** As Vite 8 runs it for a production build: its own minifier. */
  async rolldown(entry) {
    const bundle = await rolldown({ input: entry, logLevel: "silent" });
    const { output } = await bundle.generate({ format: "esm", minify: true });
    await bundle.close();
    return output[0].code;
  },
  /** With the plugins these packages need (node-resolve; commonjs and json for statuses) and terser. */
  async rollup(entry) {
    const bundle = await rollup({ input: entry, plugins: [nodeResolve(), commonjs(), json()], logLevel: "silent" });
    const { output } = await bundle.generate({ format: "esm", plugins: [terser()] });
    await bundle.close();
    return output[0].code;
  },
  /** Production mode: terser, module concatenation, `sideEffects` and used exports. */
  webpack(entry) {
    const path = mkdtempSync(join(cacheDir, "webpack-"));
    return new Promise((done, fail) =>
      webpack({ mode: "production", entry, context: benchDir, devtool: false, performance: { hints: false }, output: { path, filename: "out.js" } }, (error, stats) => {
        if (error || !stats || stats.hasErrors()) fail(error ?? new Error(stats?.toString({ all: false, errors: true }) ?? "webpack gave no stats"));
        else done(readFileSync(join(path, "out.js"), "utf8"));
        rmSync(path, { recursive: true, force: true });
      }),
    );
  },
};

export interface BundleRow extends BundleCase {
  /** Minified and gzip (level 9) bytes per bundler; esbuild (platform node) alone for the `node` cases. */
  sizes: Partial<Record<Bundler, { bytes: number; gzip: number }>>;
}

/** bench/.cache/status-code-object.js: every key and value of the built `StatusCode`, as one object literal. */
async function writeObjectStandIn(): Promise<void> {
  const { StatusCode } = (await import("@org/status-core")) as unknown as { StatusCode: Record<string, number> };
  writeFileSync(scratch("status-code-object.js"), `export const StatusCode = {\n${Object.entries(StatusCode).map(([k, v]) => `  ${k}: ${v},`).join("\n")}\n};\n`);
}

/** Each case bundled alone, minified, as an application. */
export async function measureBundles(cases: readonly BundleCase[]): Promise<BundleRow[]> {
  await writeObjectStandIn();
  const rows: BundleRow[] = [];
  for (const [i, c] of cases.entries()) {
    const entry = scratch("bundle", `${i}.js`);
    writeFileSync(entry, `${c.source}\n`);
    const sizes: BundleRow["sizes"] = {};
    for (const bundler of c.node ? (["esbuild"] as const) : BUNDLERS) {
      const text = c.node ? await esbuild(entry, "node") : await BUNDLE[bundler](entry);
      sizes[bundler] = { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    }
    rows.push({ ...c, sizes });
  }
  return rows;
}

export interface ColdRow {
  lib: string;
  format: "CJS require" | "ESM import";
  ms: number;
  /** ms minus the empty script's in the same format. */
  overEmpty: number;
}

/** Wall time of a fresh `node FILE` that loads one library, every script once per round in a rotating order. */
export function measureColdImports(libs: readonly string[], runs: number): ColdRow[] {
  const scripts = libs.flatMap((lib, i) => [
    { lib: lib || "empty script", format: "CJS require" as const, file: scratch("cold", `${i}.cjs`), text: lib ? `require(${JSON.stringify(lib)});` : "" },
    { lib: lib || "empty script", format: "ESM import" as const, file: scratch("cold", `${i}.mjs`), text: lib ? `import ${JSON.stringify(lib)};` : "" },
  ]);
  const once = (file: string) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [file], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
    if (r.status !== 0) throw new Error(`node ${file} failed: ${r.stderr.toString()}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (const s of scripts) {
    writeFileSync(s.file, `${s.text}\n`);
    once(s.file); // warms the file system cache
  }
  const samples = scripts.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) for (let k = 0; k < scripts.length; k++) samples[(k + round) % scripts.length]!.push(once(scripts[(k + round) % scripts.length]!.file));
  const ms = samples.map(median);
  return scripts.map((s, i) => ({ lib: s.lib, format: s.format, ms: ms[i]!, overEmpty: ms[i]! - ms[s.format === "CJS require" ? 0 : 1]! }));
}

export interface TypeRow {
  lib: string;
  types: number;
  checkMs: number;
  totalMs: number;
  memoryKb: number;
  files: number;
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
// As most projects do: the libraries' .d.ts files are parsed and bound, not checked (skipLibCheck).
const TSCONFIG = { compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, esModuleInterop: true, skipLibCheck: true, lib: ["ES2022"], types: [] }, files: ["index.ts"] };

/** `tsc --extendedDiagnostics` of each consumer, median of `runs`. */
export function measureTypeCost(consumers: typeof TYPE_CONSUMERS, runs: number): TypeRow[] {
  return consumers.map(([lib, source], i) => {
    writeFileSync(scratch("types", String(i), "index.ts"), `${source}\n`);
    writeFileSync(scratch("types", String(i), "tsconfig.json"), JSON.stringify(TSCONFIG));
    writeFileSync(scratch("types", String(i), "package.json"), '{ "type": "module" }');
    const all = Array.from({ length: runs }, () => {
      const r = spawnSync(process.execPath, [tsc, "-p", scratch("types", String(i)), "--extendedDiagnostics"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`tsc failed on the ${lib} consumer:\n${r.stdout}${r.stderr}`);
      return (key: string) => Number.parseFloat(new RegExp(`^${key}:\\s+([\\d.]+)`, "m").exec(r.stdout)?.[1] ?? "NaN");
    });
    const m = (key: string, scale = 1) => median(all.map((d) => d(key) * scale));
    return { lib, types: m("Types"), checkMs: m("Check time", 1000), totalMs: m("Total time", 1000), memoryKb: m("Memory used"), files: m("Files") };
  });
}
