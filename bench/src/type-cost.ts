/** Type cost: `tsc --extendedDiagnostics --noEmit` of a tiny consumer of each typed library. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { cacheDir, median } from "./util.js";

export interface TypeRow {
  lib: string;
  checkMs: number;
  totalMs: number;
  types: number;
  memoryKb: number;
  files: number;
}

/** What a user writes: a constant, a phrase lookup and a class check where the library has them. */
const CONSUMERS: readonly (readonly [lib: string, source: string])[] = [
  ["no library", `export const code: number = 404;\n`],
  ["@org/status-core", `import { StatusCode, getReasonPhrase, isClientError } from "@org/status-core";\nexport const phrase = getReasonPhrase(StatusCode.NOT_FOUND);\nexport const client = isClientError(404);\n`],
  ["http-status-codes", `import { StatusCodes, getReasonPhrase } from "http-status-codes";\nexport const phrase = getReasonPhrase(StatusCodes.NOT_FOUND);\n`],
  ["statuses (@types/statuses)", `import statuses from "statuses";\nexport const phrase = statuses.message[404];\nexport const code = statuses("Not Found");\n`],
  ["http-status", `import { status } from "http-status";\nexport const phrase = status[status.NOT_FOUND];\nexport const client = status["404_CLASS"] === status.classes.CLIENT_ERROR;\n`],
];

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    noEmit: true,
    esModuleInterop: true,
    // As most projects do: the libraries' own .d.ts files are parsed and bound, not checked.
    skipLibCheck: true,
    lib: ["ES2022"],
    types: [],
  },
  files: ["index.ts"],
};

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

function writeConsumers(): { lib: string; dir: string }[] {
  return CONSUMERS.map(([lib, source], i) => {
    const dir = join(cacheDir, "types", String(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.ts"), source);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
    return { lib, dir };
  });
}

function diagnostics(dir: string): Record<string, string> {
  const r = spawnSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsc failed on the consumer in ${dir}:\n${r.stdout}${r.stderr}`);
  const out: Record<string, string> = {};
  for (const line of r.stdout.split("\n")) {
    const m = /^([A-Za-z ]+):\s+(\S+)/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!;
  }
  return out;
}

const num = (d: Record<string, string>, key: string) => Number.parseFloat((d[key] ?? "NaN").replace(/[^0-9.]/g, ""));

export function measureTypeCost(runs = Number(process.env.BENCH_TSC_RUNS ?? 3)): TypeRow[] {
  return writeConsumers().map(({ lib, dir }) => {
    const all = Array.from({ length: runs }, () => diagnostics(dir));
    const last = all[all.length - 1]!;
    return {
      lib,
      checkMs: median(all.map((d) => num(d, "Check time") * 1000)),
      totalMs: median(all.map((d) => num(d, "Total time") * 1000)),
      types: num(last, "Types"),
      memoryKb: median(all.map((d) => num(d, "Memory used"))),
      files: num(last, "Files"),
    };
  });
}

/** Every consumer type-checks (the correctness check, no timing). */
export function checkTypeConsumers(): void {
  for (const { dir } of writeConsumers()) diagnostics(dir);
}
