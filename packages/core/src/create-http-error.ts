/** `createHttpError`: the error of a status code known only at run time. */
import { HTTP_ERRORS, type HttpErrorOptionsByCode, type HttpErrorsByCode } from "./generated/errors.js";
import { type AnyHttpErrorOptions, HttpError, type HttpErrorOptions, isErrorStatus, type ProblemExtensions, shown } from "./http-error.js";

/** The arguments after the code: a detail and options, or options alone; options a code's class requires come first or second. */
export type HttpErrorArgs<O> = {} extends O ? [detail?: string | O, options?: O] : [options: O] | [detail: string | undefined, options: O];

/** The options of a code's class, written so that TypeScript infers the extensions `X` from them. */
type OptionsOf<C extends keyof HttpErrorsByCode, X extends ProblemExtensions> = HttpErrorOptions<X> & Omit<HttpErrorOptionsByCode[C], keyof HttpErrorOptions>;

/**
 * The error of a status code: an instance of the code's class (`createHttpError(404)` is a `NotFound`), or a plain
 * `HttpError` for another integer from 400 to 599.
 * @throws {RangeError} for anything else (a 2xx, 799, 404.5, `"404"`), saying what it got.
 */
export function createHttpError<C extends keyof HttpErrorsByCode, X extends ProblemExtensions = {}>(status: C, ...args: HttpErrorArgs<OptionsOf<C, X>>): HttpErrorsByCode<X>[C];
export function createHttpError<C extends number, X extends ProblemExtensions = {}>(
  status: [C] extends [keyof HttpErrorsByCode] ? never : C,
  detail?: string | AnyHttpErrorOptions<X>, options?: AnyHttpErrorOptions<X>): HttpError<C, X>;
export function createHttpError(status: number, detail?: string | AnyHttpErrorOptions, options?: AnyHttpErrorOptions): HttpError {
  if (!isErrorStatus(status)) {
    throw new RangeError(`createHttpError: the status must be an integer from 400 to 599, not ${shown(status)}${typeof status === "string" ? " (a string; convert it with Number())" : ""}`);
  }
  const ErrorClass = (HTTP_ERRORS as Partial<Record<number, new (detail: never, options: never) => HttpError>>)[status];
  return ErrorClass ? new ErrorClass(detail as never, options as never) : new HttpError(status, detail, options);
}
