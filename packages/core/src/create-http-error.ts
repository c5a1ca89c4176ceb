/** `createHttpError`: the error of a status code known only at run time, its class made when first asked for. */
import { ERROR_NAMES, ERROR_TITLES } from "./generated/error-table.js";
import type { HttpErrorOptionsByCode, HttpErrorsByCode } from "./generated/errors.js";
import { type AnyHttpErrorOptions, HttpError, type HttpErrorOptions, isErrorStatus, type ProblemExtensions, setHeaderOptions } from "./http-error.js";

/** The arguments after the code: a detail and options, or options alone; options a code's class requires come first or second. */
export type HttpErrorArgs<O> = {} extends O ? [detail?: string | Error | O, options?: O] : [options: O] | [detail: string | Error | undefined, options: O];

/** The options of a code's class, written so that TypeScript infers the extensions `X` from them. */
type OptionsOf<C extends keyof HttpErrorsByCode, X extends ProblemExtensions> = HttpErrorOptions<X> & Omit<HttpErrorOptionsByCode[C], keyof HttpErrorOptions>;

type ErrorClass = new (detail?: unknown, options?: unknown) => HttpError;

/** The classes made so far, by code. */
const made: Record<number, ErrorClass> = {};

/**
 * The class of a code of the spec, made the first time it is asked for: it has the name, `status` and `title` of the
 * exported class (`NotFound`), sets the same header fields, and `instanceof` either class is true for errors of both.
 * `undefined` for a code without a class.
 */
function errorClassOf(status: number): ErrorClass | undefined {
  if (made[status]) return made[status];
  const [title, ...headers] = errorLine(status);
  if (!title) return undefined;
  // The title's words, capitalised and joined (`Not Found` -> `NotFound`), unless the table names the class (generateErrorTable mirrors the rule).
  const name = ERROR_NAMES[status] ?? title.replace(/\W*(\w?)(\w*)/g, (_, first: string, rest: string) => first.toUpperCase() + rest.toLowerCase());
  return (made[status] = class extends HttpError {
    static override readonly name = name;
    static readonly status = status;
    static readonly title = title;
    constructor(detail?: unknown, options?: unknown) {
      super(status, detail as string, options as HttpErrorOptions);
      setHeaderOptions(this, options ?? detail, headers);
    }
  });
}

/** A code's line of `ERROR_TITLES`, split: its title and header fields, or nothing for a code without a class. */
export function errorLine(status: number): string[] {
  let code = 400;
  for (const line of ERROR_TITLES.split("\n")) {
    // `\r<count>` skips that many codes; an empty line is one code without a class.
    if (line[0] === "\r") code += +line.slice(1);
    else if (code++ === status) return line.split("\r");
  }
  return [];
}

/**
 * The error of a status code: an instance of the code's class (`createHttpError(404)` is a `NotFound`), or a plain
 * `HttpError` for another integer from 400 to 599. An `Error` given as the detail becomes the `cause`.
 * @throws {RangeError} for anything else (a 2xx, 799, 404.5, `"404"`), saying what it got.
 */
export function createHttpError<C extends keyof HttpErrorsByCode, X extends ProblemExtensions = {}>(status: C, ...args: HttpErrorArgs<OptionsOf<C, X>>): HttpErrorsByCode<X>[C];
export function createHttpError<C extends number, X extends ProblemExtensions = {}>(
  status: [C] extends [keyof HttpErrorsByCode] ? never : C,
  detail?: string | Error | AnyHttpErrorOptions<X>, options?: AnyHttpErrorOptions<X>): HttpError<C, X>;
export function createHttpError(status: number, detail?: string | Error | AnyHttpErrorOptions, options?: AnyHttpErrorOptions): HttpError {
  // Anything else than an integer from 400 to 599 gets HttpError's RangeError, which says what it got.
  const Class = isErrorStatus(status) && errorClassOf(status);
  return Class ? new Class(detail, options) : new HttpError(status, detail, options);
}
