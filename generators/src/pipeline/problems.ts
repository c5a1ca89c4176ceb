/** A problem in the spec, at a position: what is wrong and how to fix it. */
export interface Problem {
  line: number;
  col: number;
  message: string;
}

/** A path into the spec's data: mapping keys and list indices, e.g. `["codes", 3, "phrase"]`. */
export type SpecPath = (string | number)[];

/** How a rule reports a problem: the path it is about (at its key or its value), and the message. */
export type Report = (path: SpecPath, message: string, at?: "key" | "value") => void;

/** An invalid spec: every problem found, reported together. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join("\n"));
    this.name = "SpecError";
  }
}

/** `file:line:col: message`, the form editors and CI annotators understand. */
export function formatProblem(file: string, p: Problem): string {
  return `${file}:${p.line}:${p.col}: ${p.message}`;
}

/** Problems in source order, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.col - b.col || a.message.localeCompare(b.message, "en"));
}
