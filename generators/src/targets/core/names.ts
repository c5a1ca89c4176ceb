/** The names `status-core/errors` exports: the hand-written ones, and those each code and problem type adds. */
import type { Model, ModelProblem } from "../../model.js";

/**
 * What packages/core/src/errors.ts exports besides the generated module (classes, functions, glue and types), kept equal
 * to the real module's exports by test/targets/core-names.test.ts.
 */
export const HAND_WRITTEN_EXPORTS: readonly string[] = [
  "AnyHttpError",
  "AnyHttpErrorOptions",
  "createHttpError",
  "expressErrorHandler",
  "FastifyReplyLike",
  "fastifyErrorHandler",
  "FetchResponse",
  "fromProblem",
  "fromResponse",
  "HeaderOptionValue",
  "HeadersLike",
  "HttpError",
  "HttpErrorArgs",
  "HttpErrorOptions",
  "HttpProblem",
  "isHttpError",
  "koaErrorHandler",
  "KoaContextLike",
  "NestHostLike",
  "NestProblemFilter",
  "NodeResponseLike",
  "ProblemExtensions",
  "ResponseLike",
  "sendProblem",
  "toHttpError",
];

/** What the generated module declares whatever the spec holds (errors.ts in the core target). */
export const FIXED_GENERATED = ["HttpErrorHeaderOptions", "HttpErrorOptionsByCode", "HttpErrorsByCode", "UnclassedErrorStatus"];

/** Built-ins the generated module refers to (`detail: string | Error`, `Omit<…>`, a problem type's `Symbol.hasInstance`): a class of that name would hide them. */
export const GLOBALS_USED: readonly string[] = ["Error", "Omit", "Symbol"];

/** A name the spec gives the errors module, with the code or problem type it comes from and how to give it another. */
export interface SpecName {
  name: string;
  subject: { code: number } | { problem: string };
  fix: string;
}

/** Every name a code with an error class or a problem type adds to the errors module, as the core target emits them. */
export function specNames(model: Model): SpecName[] {
  const rename = 'give it another name with "name:"';
  return [
    ...model.errorStatuses.flatMap((s) => {
      // A class and, when it takes one, its options interface: under its name and under each former one.
      const withOptions = (name: string, options: string | undefined) => (options === undefined ? [name] : [name, options]);
      const subject = { code: s.code };
      return [
        ...withOptions(s.name, s.optionsName).map((name) => ({ name, subject, fix: rename })),
        ...s.legacyNames.flatMap((old, i) => withOptions(old, s.legacyOptionsNames[i]).map((name) => ({ name, subject, fix: `remove ${old} from legacyNames` }))),
      ];
    }),
    ...model.problemTypes.flatMap((p) => [p.name, p.extensionsName, p.optionsName].map((name) => ({ name, subject: { problem: p.slug }, fix: rename }))),
  ];
}

const who = (subject: SpecName["subject"]) => ("code" in subject ? `code ${subject.code}` : `problem type "${subject.problem}"`);

/**
 * No code or problem type may give the errors module a name it already has: one of its own exports, a built-in its
 * generated code uses, or a name another code or problem type gives it (`TooManyRequestsOptions`, say).
 */
export function distinctErrorNames(model: Model): ModelProblem[] {
  const module = `${model.organization.packages.core}/errors`;
  const taken = new Map<string, string>([
    ...[...HAND_WRITTEN_EXPORTS, ...FIXED_GENERATED].map((n) => [n, "which it already exports"] as const),
    ...GLOBALS_USED.map((n) => [n, "where it would hide the built-in type of that name, which the module's code uses"] as const),
  ]);
  return specNames(model).flatMap(({ name, subject, fix }) => {
    const reason = taken.get(name);
    if (reason === undefined) return taken.set(name, `which ${who(subject)} already adds`), [];
    return [{ subject, message: `${who(subject)} would add ${name} to ${module}, ${reason} (${fix})` }];
  });
}
