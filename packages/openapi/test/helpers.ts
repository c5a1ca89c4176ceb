import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse } from "yaml";

/** The package folder. */
export const PKG = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The repository root. */
export const ROOT = join(PKG, "../..");

/** A package's name as its own package.json gives it, so an adopted copy under another scope tests itself. */
const nameOf = (dir: string) => (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name;

/** This package's name. */
export const NAME = nameOf(PKG);

/** @org/status-core, which the code-first recipes use with this package: its folder and its name. */
export const CORE = { dir: join(ROOT, "packages/core"), name: nameOf(join(ROOT, "packages/core")) };

/** The four generated documents, by file name. */
export const DOCUMENTS = ["openapi.yaml", "openapi.json", "openapi-3.0.yaml", "openapi-3.0.json"] as const;

/** A generated document, parsed. */
export function loadDocument(file: string): OpenApiDoc {
  const text = readFileSync(join(PKG, "generated", file), "utf8");
  return (file.endsWith(".json") ? JSON.parse(text) : parse(text)) as OpenApiDoc;
}

/** The parts of a generated document the tests read. */
export interface OpenApiDoc {
  openapi: string;
  info: { version: string; summary?: string };
  paths: Record<string, unknown>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    headers: Record<string, { description: string; schema: unknown; example?: string }>;
    responses: Record<string, Response>;
  };
}

/** A response component as generated. */
export interface Response {
  description: string;
  headers?: Record<string, { description: string; required?: boolean; schema: unknown; example?: string }>;
  content?: Record<string, { schema: { allOf: [{ $ref: string }, { properties: { status: Record<string, unknown> } }] }; example: Record<string, unknown> }>;
  "x-status-code": number;
  "x-unofficial"?: boolean;
  "x-vendor"?: string;
  "x-deprecated"?: string;
  /** The type URI, on a problem type's response. */
  "x-problem-type"?: string;
}

/** One code as the spec states it (read straight from spec/status-codes.yaml, independently of the generator). */
export interface SpecCode {
  code: number;
  phrase: string;
  vendor?: string;
  deprecated?: string;
  noContent?: boolean;
  neverSent?: boolean;
  headers?: string[];
  requiredHeaders?: string[];
  legacyNames?: string[];
}

/** Every header field the spec attaches to a code, required or not, in lower case. */
export function specHeaders(c: SpecCode): string[] {
  return [...(c.headers ?? []), ...(c.requiredHeaders ?? [])].map((h) => h.toLowerCase()).sort();
}

/** The spec's codes. */
export function specCodes(): SpecCode[] {
  return (parse(readFileSync(join(ROOT, "spec/status-codes.yaml"), "utf8")) as { codes: SpecCode[] }).codes;
}

/** The spec's problem types, as written (`problems:`). */
export function specProblems(): { type: string; status: number; title: string; extensions?: Record<string, { schema: object; required?: boolean }> }[] {
  return (parse(readFileSync(join(ROOT, "spec/status-codes.yaml"), "utf8")) as { problems?: ReturnType<typeof specProblems> }).problems ?? [];
}

const run = promisify(execFile);

/** Run a command; resolves with its exit code, its standard output and all its output instead of throwing on a non-zero exit. */
export async function exec(cmd: string, args: string[], cwd: string): Promise<{ code: number; output: string; stdout: string }> {
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (e) {
    const err = e as { code?: number | string; stdout?: string; stderr?: string; message: string };
    return { code: typeof err.code === "number" ? err.code : 1, output: `${err.stdout ?? ""}${err.stderr ?? err.message}`, stdout: err.stdout ?? "" };
  }
}

/**
 * Makes `dir` a consumer project and installs the tarballs in it with npm, as a user would (no registry: neither package has
 * dependencies); resolves with npm's result.
 */
export function npmInstall(dir: string, tarballs: string[]): Promise<{ code: number; output: string }> {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  return exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs], dir);
}

/** The Redocly CLI installed in this package. */
export const REDOCLY = join(PKG, "node_modules/.bin/redocly");

/** The Spectral CLI installed in this package. */
export const SPECTRAL = join(PKG, "node_modules/.bin/spectral");

/** The repository's TypeScript compiler. */
export const TSC = join(ROOT, "node_modules/.bin/tsc");

/** `redocly lint --format json` output: one JSON report per document, written back to back in the order given. */
export function redoclyReports<R>(stdout: string): R[] {
  return JSON.parse(`[${stdout.trim().replace(/^\}\{$/gm, "},{")}]`) as R[];
}
