/**
 * What a problem type's class (`OutOfCredit extends Forbidden`, generated) adds to its status code's class: its type
 * URI as the default `type`, and `instanceof` that compares it. Only those classes import this module, so that
 * `HttpError`, the classes of codes and `createHttpError` carry none of it.
 */
import { HttpError, type HttpErrorOptions } from "./http-error.js";

/**
 * A problem type's constructor arguments for its status code's class, with `type` in the options when they give none.
 * The options are read where `HttpError` reads them: the detail when it is an object other than an `Error`, else the
 * second argument.
 */
export function withProblemType<A extends [detail: unknown, options: unknown]>(type: string, ...[detail, options]: A): A {
  const inDetail = typeof detail === "object" && detail !== null && !(detail instanceof Error);
  const given = (inDetail ? detail : options) as HttpErrorOptions | undefined;
  const typed = { ...given, type: given?.type ?? type };
  return (inDetail ? [typed, options] : [detail, typed]) as A;
}

/**
 * `instanceof` a problem type's class: `HttpError`'s (its status across copies of the package), and, for an error not
 * made by the class itself, the type URI of the class that owns one (`OutOfCredit`; a subclass of it that only
 * repeats the status compares the status alone).
 */
export function isOfProblemType(Class: typeof HttpError & { readonly type?: string }, value: unknown): boolean {
  return (
    HttpError[Symbol.hasInstance].call(Class, value) &&
    (Class.prototype.isPrototypeOf(value as object) || !Object.hasOwn(Class, "type") || (value as HttpError).type === Class.type)
  );
}
