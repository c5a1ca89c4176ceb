/**
 * A problem of each of the spec's problem types as a server would send it, for tests that must not assume which types the
 * spec declares: every extension member gets a value its schema takes, made by openapi-sampler (Redocly's).
 */
import { sample } from "openapi-sampler";
import type { ProblemTypeInfo } from "../../src/model.js";

/** A value for each extension member of the type, optional ones too. */
export function sampleExtensions(p: ProblemTypeInfo): Record<string, unknown> {
  return Object.fromEntries(p.extensions.map((e) => [e.name, sample(e.schema as Parameters<typeof sample>[0], { enablePatterns: true })]));
}

/** A problem of the type: its URI, title and status, and a value for each extension member. */
export function sampleProblem(p: ProblemTypeInfo): Record<string, unknown> {
  return { type: p.uri, title: p.title, status: p.status.code, ...sampleExtensions(p) };
}
