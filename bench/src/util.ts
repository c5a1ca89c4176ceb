import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bench package folder and the repository root. */
export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const rootDir = resolve(benchDir, "..");
/** Scratch space for generated entry files, consumers and spec copies (gitignored). */
export const cacheDir = resolve(benchDir, ".cache");

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The machine and date every results file starts with. */
export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  commit: string;
  /** 1-minute load average when the run started: other work on the machine skews absolute times. */
  load: string;
}

export function machine(): Machine {
  const list = cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: rootDir, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout: the results still stand, without a commit
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit,
    load: loadavg()[0]!.toFixed(2),
  };
}

/** A Markdown table; cells are escaped for `|`. */
export function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly ("l" | "r")[]): string {
  const cell = (v: string | number) => String(v).replaceAll("|", "\\|");
  const sep = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
}

/** A number with a fixed count of significant decimals for tables. */
export function fmt(value: number, digits = 1): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

export function bytes(value: number): string {
  return value.toLocaleString("en-US");
}
