import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { core } from "../../src/targets/core.js";
import { ERROR_OPTIONS, headerOption } from "../../src/pipeline/naming.js";
import { modelOf } from "../support/model.js";
import { errorsModel } from "./core-errors.fixture.js";

const coreSrc = join(dirname(fileURLToPath(import.meta.url)), "../../../packages/core/src");
const model = errorsModel;
const files = core.generate(model);
const errors = files.find((f) => f.path === "errors.ts")!.content;

describe("core target: the table createHttpError makes classes from", () => {
  it("has a line per code from 400 (gaps skipped), header fields after CRs, and the names the runtime rule would miss", () => {
    const odd = modelOf([
      { code: 400, phrase: "Bad Request" },
      { code: 402, phrase: "I'm Odd", headers: ["Retry-After"] },
      { code: 429, phrase: "Too Many Requests", headers: ["Retry-After"] },
      { code: 503, phrase: "Unavailable", name: "ServiceGone" },
    ]);
    expect(core.generate(odd).find((f) => f.path === "error-table.ts")!.content).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      /** A line per code from 400: the title of its class, then its header fields after CRs; an empty line for a code without a class, a line \`\\r<count>\` for a run of them. */
      export const ERROR_TITLES: string = \`Bad Request

      I'm Odd\\rRetry-After
      \\r26
      Too Many Requests\\rRetry-After
      \\r73
      Unavailable\`;

      /** Class names that do not follow from the title (its words capitalised and joined), by code. */
      export const ERROR_NAMES: { readonly [code: number]: string } = {
        402: "ImOdd",
        503: "ServiceGone",
      };
      "
    `);
  });
});

describe("core target: error classes", () => {
  it("gives a class to every 4xx and 5xx code a server can send: not 2xx, not neverSent, not vendor codes above 599", () => {
    expect(model.errorStatuses.map((s) => s.code)).toEqual([401, 429, 510]);
  });

  it("knows the option names HttpErrorOptions takes, so that no header option repeats one", () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile("http-error.ts", readFileSync(join(coreSrc, "http-error.ts"), "utf8"));
    const options = source.getInterfaceOrThrow("HttpErrorOptions").getProperties().map((p) => p.getName());
    expect([...ERROR_OPTIONS].sort()).toEqual(options.sort());
  });

  it.each([
    ["Retry-After", "retryAfter"],
    ["WWW-Authenticate", "wwwAuthenticate"],
    ["Accept-Encoding", "acceptEncoding"],
    ["Content-MD5", "contentMd5"],
    ["Allow", "allow"],
    ["X-1st", "x1st"],
    ["Type", "typeHeader"],
    ["Headers", "headersHeader"],
  ])("the option for header %s is %s", (header, option) => {
    expect(headerOption(header)).toBe(option);
  });

  it("writes each class with its JSDoc, literal status, header options and deprecated former names, and each problem type's class on its code's", () => {
    expect(errors).toMatchInlineSnapshot(`
      "// Generated from spec/status-codes.yaml by \`pnpm gen\`. Do not edit by hand.

      import { HttpError, setHeaderOptions, type HeaderOptionValue, type HttpErrorOptions, type ProblemExtensions } from "../http-error.js";

      /** Options that set a response header field: one for every header the spec ties to an error code. */
      export interface HttpErrorHeaderOptions {
        /**
         * Sets Retry-After on 429 (the codes the spec lists it for): When to retry.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
         */
        retryAfter?: HeaderOptionValue<"Retry-After">;
        /**
         * Sets WWW-Authenticate on 401 (the codes the spec lists it for): How to authenticate.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1 | RFC 9110, Section 11.6.1}
         */
        wwwAuthenticate?: HeaderOptionValue<"WWW-Authenticate">;
      }

      /** Options of \`Unauthorized\`: the common ones and the header fields that go with 401. */
      export interface UnauthorizedOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
        /**
         * Required: the response must carry it. Sets WWW-Authenticate: How to authenticate.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1 | RFC 9110, Section 11.6.1}
         */
        wwwAuthenticate: HeaderOptionValue<"WWW-Authenticate">;
      }

      /**
       * 401 Unauthorized: Credentials missing.
       *
       * More about 401.
       *
       * IANA registry: permanent.
       */
      export class Unauthorized<X extends ProblemExtensions = {}> extends HttpError<401, X> {
        /** The class name, kept when a bundler renames the class. */
        static override readonly name = "Unauthorized";
        /** The status code of every Unauthorized. */
        static readonly status = 401;
        /** The reason phrase, the problem's default title. */
        static readonly title = "Unauthorized";
        /** The WWW-Authenticate option, as given. */
        declare readonly wwwAuthenticate?: HeaderOptionValue<"WWW-Authenticate">;

        constructor(options: UnauthorizedOptions<X>);
        constructor(detail: string | Error | undefined, options: UnauthorizedOptions<X>);
        constructor(detail?: string | Error | UnauthorizedOptions<X>, options?: UnauthorizedOptions<X>) {
          super(401, detail, options);
          setHeaderOptions(this, options ?? detail, ["WWW-Authenticate"]);
        }
      }

      /** Options of \`TooManyRequests\`: the common ones and the header fields that go with 429. */
      export interface TooManyRequestsOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
        /**
         * Sets Retry-After: When to retry.
         * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
         */
        retryAfter?: HeaderOptionValue<"Retry-After">;
      }

      /**
       * 429 Too Many Requests: Slow down.
       *
       * Ends a comment *\\/ here.
       * \\@param is not a tag.
       *
       * IANA registry: permanent.
       */
      export class TooManyRequests<X extends ProblemExtensions = {}> extends HttpError<429, X> {
        /** The class name, kept when a bundler renames the class. */
        static override readonly name: string = "TooManyRequests";
        /** The status code of every TooManyRequests. */
        static readonly status = 429;
        /** The reason phrase, the problem's default title. */
        static readonly title: string = "Too Many Requests";
        /** The Retry-After option, as given. */
        declare readonly retryAfter?: HeaderOptionValue<"Retry-After">;

        constructor(detail?: string | Error | TooManyRequestsOptions<X>, options?: TooManyRequestsOptions<X>) {
          super(429, detail, options);
          setHeaderOptions(this, options ?? detail, ["Retry-After"]);
        }
      }

      /**
       * 429 Too Many Requests, under its former name SlowDown.
       * @deprecated Use TooManyRequests
       */
      export const SlowDown = TooManyRequests;
      /**
       * 429 Too Many Requests, under its former name SlowDown.
       * @deprecated Use TooManyRequests
       */
      export type SlowDown<X extends ProblemExtensions = {}> = TooManyRequests<X>;
      /**
       * 429 Too Many Requests, under its former name SlowDown.
       * @deprecated Use TooManyRequests
       */
      export type SlowDownOptions<X extends ProblemExtensions = {}> = TooManyRequestsOptions<X>;

      /**
       * 510 Not Extended: Extensions needed.
       *
       * More about 510.
       *
       * IANA registry: permanent.
       * @deprecated Obsoleted by RFC 9110.
       */
      export class NotExtended<X extends ProblemExtensions = {}> extends HttpError<510, X> {
        /** The class name, kept when a bundler renames the class. */
        static override readonly name = "NotExtended";
        /** The status code of every NotExtended. */
        static readonly status = 510;
        /** The reason phrase, the problem's default title. */
        static readonly title = "Not Extended";

        constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
          super(510, detail, options);
        }
      }

      /** The extension members of a \`RateLimited\` problem. */
      export interface RateLimitedExtensions {
        /** Requests allowed per minute. */
        limit: number;
        /** Plans with a higher limit. */
        plans?: string[];
      }

      /** Options of \`RateLimited\`: those of \`TooManyRequests\` but \`type\`, which the class fixes, with its required extension members. */
      export type RateLimitedOptions = Omit<TooManyRequestsOptions<RateLimitedExtensions>, "type" | "extensions"> & { extensions: RateLimitedExtensions };

      /**
       * You sent too many requests: The plan's request rate was exceeded.
       *
       * Wait for the time Retry-After gives.
       * @see {@link https://github.com/org/status-codes/problems/rate-limited | rate-limited}
       */
      export class RateLimited extends TooManyRequests<RateLimitedExtensions> {
        /** The class name, kept when a bundler renames the class. */
        static override readonly name: string = "RateLimited";
        /** The status code of every RateLimited. */
        static override readonly status = 429;
        /** The problem type's title. */
        static override readonly title: string = "You sent too many requests";
        /** The problem type's URI. */
        static readonly type = "https://github.com/org/status-codes/problems/rate-limited";
        /** The problem type's URI. */
        declare readonly type: "https://github.com/org/status-codes/problems/rate-limited";

        constructor(options: RateLimitedOptions);
        constructor(detail: string | Error | undefined, options: RateLimitedOptions);
        constructor(detail?: string | Error | RateLimitedOptions, options?: RateLimitedOptions) {
          super(detail, options);
        }
      }

      /** The error class of each code, as \`createHttpError\` returns it. */
      export interface HttpErrorsByCode<X extends ProblemExtensions = {}> {
        readonly 401: Unauthorized<X>;
        readonly 429: TooManyRequests<X>;
        readonly 510: NotExtended<X>;
      }

      /** The options each code's class takes, as \`createHttpError\` takes them. */
      export interface HttpErrorOptionsByCode<X extends ProblemExtensions = {}> {
        readonly 401: UnauthorizedOptions<X>;
        readonly 429: TooManyRequestsOptions<X>;
        readonly 510: HttpErrorOptions<X>;
      }

      /** Every integer from 400 to 599 without a class here: what a plain \`HttpError\` from \`createHttpError\` or \`fromResponse\` can have as its status, so that a \`switch\` on \`status\` narrows. */
      export type UnclassedErrorStatus =
        | 400
        | 402
        | 403
        | 404
        | 405
        | 406
        | 407
        | 408
        | 409
        | 410
        | 411
        | 412
        | 413
        | 414
        | 415
        | 416
        | 417
        | 418
        | 419
        | 420
        | 421
        | 422
        | 423
        | 424
        | 425
        | 426
        | 427
        | 428
        | 430
        | 431
        | 432
        | 433
        | 434
        | 435
        | 436
        | 437
        | 438
        | 439
        | 440
        | 441
        | 442
        | 443
        | 444
        | 445
        | 446
        | 447
        | 448
        | 449
        | 450
        | 451
        | 452
        | 453
        | 454
        | 455
        | 456
        | 457
        | 458
        | 459
        | 460
        | 461
        | 462
        | 463
        | 464
        | 465
        | 466
        | 467
        | 468
        | 469
        | 470
        | 471
        | 472
        | 473
        | 474
        | 475
        | 476
        | 477
        | 478
        | 479
        | 480
        | 481
        | 482
        | 483
        | 484
        | 485
        | 486
        | 487
        | 488
        | 489
        | 490
        | 491
        | 492
        | 493
        | 494
        | 495
        | 496
        | 497
        | 498
        | 499
        | 500
        | 501
        | 502
        | 503
        | 504
        | 505
        | 506
        | 507
        | 508
        | 509
        | 511
        | 512
        | 513
        | 514
        | 515
        | 516
        | 517
        | 518
        | 519
        | 520
        | 521
        | 522
        | 523
        | 524
        | 525
        | 526
        | 527
        | 528
        | 529
        | 530
        | 531
        | 532
        | 533
        | 534
        | 535
        | 536
        | 537
        | 538
        | 539
        | 540
        | 541
        | 542
        | 543
        | 544
        | 545
        | 546
        | 547
        | 548
        | 549
        | 550
        | 551
        | 552
        | 553
        | 554
        | 555
        | 556
        | 557
        | 558
        | 559
        | 560
        | 561
        | 562
        | 563
        | 564
        | 565
        | 566
        | 567
        | 568
        | 569
        | 570
        | 571
        | 572
        | 573
        | 574
        | 575
        | 576
        | 577
        | 578
        | 579
        | 580
        | 581
        | 582
        | 583
        | 584
        | 585
        | 586
        | 587
        | 588
        | 589
        | 590
        | 591
        | 592
        | 593
        | 594
        | 595
        | 596
        | 597
        | 598
        | 599;
      "
    `);
  });

  // That these classes type-check with the hand-written layer is checked in core.test.ts, in one program with the core fixture.
});
