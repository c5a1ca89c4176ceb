// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import { HttpError, setHeaderOptions, type HeaderOptionValue, type HttpErrorOptions, type ProblemExtensions } from "../http-error.js";

import { isOfProblemType, withProblemType } from "../problem-type.js";

/** Options that set a response header field: one for every header the spec ties to an error code. */
export interface HttpErrorHeaderOptions {
  /**
   * Sets Accept on 415 (the codes the spec lists it for): The media types the server is able to accept for the target resource, so the client can resend the content in one of them.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1 | RFC 9110, Section 12.5.1}
   */
  accept?: HeaderOptionValue<"Accept">;
  /**
   * Sets Accept-Encoding on 415 (the codes the spec lists it for): The content codings the server is willing to accept in requests, sent when the client used a coding the server does not understand.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3 | RFC 9110, Section 12.5.3}
   */
  acceptEncoding?: HeaderOptionValue<"Accept-Encoding">;
  /**
   * Sets Allow on 405 (the codes the spec lists it for): The request methods the target resource supports, listed so the client can pick a valid one.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1 | RFC 9110, Section 10.2.1}
   */
  allow?: HeaderOptionValue<"Allow">;
  /**
   * Sets Connection on 426 (the codes the spec lists it for): Options that apply to the current HTTP/1.1 connection only, such as upgrade, which has to accompany an Upgrade field, or close, which announces that the sender will shut the connection after this message. HTTP/2 and HTTP/3 do not use the field.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1 | RFC 9110, Section 7.6.1}
   */
  connection?: HeaderOptionValue<"Connection">;
  /**
   * Sets Content-Range on 416 (the codes the spec lists it for): Which byte range of the representation the enclosed part covers, or, on a failed range request, the full length of the representation.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-14.4 | RFC 9110, Section 14.4}
   */
  contentRange?: HeaderOptionValue<"Content-Range">;
  /**
   * Sets Link on 451 (the codes the spec lists it for): Typed links to related resources, such as assets worth preloading or the entity responsible for blocking access.
   * @see {@link https://www.rfc-editor.org/rfc/rfc8288#section-3 | RFC 8288, Section 3}
   */
  link?: HeaderOptionValue<"Link">;
  /**
   * Sets Proxy-Authenticate on 407 (the codes the spec lists it for): The authentication scheme and parameters the proxy expects before it will forward the request.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1 | RFC 9110, Section 11.7.1}
   */
  proxyAuthenticate?: HeaderOptionValue<"Proxy-Authenticate">;
  /**
   * Sets Retry-After on 413, 429 and 503 (the codes the spec lists it for): How long the client should wait before trying again, as a number of seconds or an HTTP date.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
   */
  retryAfter?: HeaderOptionValue<"Retry-After">;
  /**
   * Sets Upgrade on 426 (the codes the spec lists it for): The protocol or protocols the server is switching to, or would be willing to switch to.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-7.8 | RFC 9110, Section 7.8}
   */
  upgrade?: HeaderOptionValue<"Upgrade">;
  /**
   * Sets WWW-Authenticate on 401 (the codes the spec lists it for): The authentication scheme or schemes, with their parameters, that the client can use to obtain access to the resource.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1 | RFC 9110, Section 11.6.1}
   */
  wwwAuthenticate?: HeaderOptionValue<"WWW-Authenticate">;
}

/**
 * 400 Bad Request: The server will not process the request because it sees a fault on the client's side, such as malformed syntax.
 *
 * The catch-all for requests that the server judges to be the client's fault when no more specific 4xx code fits: a body that does not parse, header fields that contradict each other, a message whose length cannot be worked out. The client should correct the request before sending it again, and the content should explain what was wrong.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1 | RFC 9110, Section 15.5.1}
 */
export class BadRequest<X extends ProblemExtensions = {}> extends HttpError<400, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "BadRequest";
  /** The status code of every BadRequest. */
  static readonly status = 400;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Bad Request";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(400, detail, options);
  }
}

/** Options of `Unauthorized`: the common ones and the header fields that go with 401. */
export interface UnauthorizedOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Required: the response must carry it. Sets WWW-Authenticate: The authentication scheme or schemes, with their parameters, that the client can use to obtain access to the resource.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1 | RFC 9110, Section 11.6.1}
   */
  wwwAuthenticate: HeaderOptionValue<"WWW-Authenticate">;
}

/**
 * 401 Unauthorized: The request needs valid authentication credentials, and it carried none or ones the server rejected.
 *
 * The name is historical: the code is about authentication, while 403 is for a client the server has identified but will not let in. The server must include a WWW-Authenticate field naming at least one scheme the client can use. The client may retry with a suitable Authorization field; if it already sent credentials, they were rejected.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2 | RFC 9110, Section 15.5.2}
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

/**
 * 402 Payment Required: Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed.
 *
 * HTTP has never given 402 a standard meaning. Some APIs and platforms send it when a subscription has lapsed or a quota needs a paid plan, but clients cannot rely on any common behaviour and should read the content for details.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3 | RFC 9110, Section 15.5.3}
 */
export class PaymentRequired<X extends ProblemExtensions = {}> extends HttpError<402, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "PaymentRequired";
  /** The status code of every PaymentRequired. */
  static readonly status = 402;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Payment Required";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(402, detail, options);
  }
}

/**
 * 403 Forbidden: The server understood the request and will not carry it out.
 *
 * The server refuses the request and may say why in the content. If the request carried credentials, the server judged them insufficient: the client should not resend the same credentials automatically, but it may try again with new or different ones. The refusal can also have nothing to do with credentials. A server that prefers to hide that the resource exists can answer 404 instead.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4 | RFC 9110, Section 15.5.4}
 */
export class Forbidden<X extends ProblemExtensions = {}> extends HttpError<403, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name: string = "Forbidden";
  /** The status code of every Forbidden. */
  static readonly status = 403;
  /** The reason phrase, the problem's default title. */
  static readonly title: string = "Forbidden";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(403, detail, options);
  }
}

/**
 * 404 Not Found: Nothing is available at the target URI, or the server prefers not to say whether anything is.
 *
 * The most familiar error. It does not say whether the absence is temporary or permanent; use 410 when the resource is known to be gone for good. It is heuristically cacheable, so clients and caches may reuse it for a while.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5 | RFC 9110, Section 15.5.5}
 */
export class NotFound<X extends ProblemExtensions = {}> extends HttpError<404, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NotFound";
  /** The status code of every NotFound. */
  static readonly status = 404;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Not Found";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(404, detail, options);
  }
}

/** Options of `MethodNotAllowed`: the common ones and the header fields that go with 405. */
export interface MethodNotAllowedOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Required: the response must carry it. Sets Allow: The request methods the target resource supports, listed so the client can pick a valid one.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1 | RFC 9110, Section 10.2.1}
   */
  allow: HeaderOptionValue<"Allow">;
}

/**
 * 405 Method Not Allowed: The resource exists but does not support the request method.
 *
 * The server implements the method, but not for this resource, for example DELETE on a read-only collection. The response must carry an Allow field listing the methods the resource does support. The client should switch to one of them rather than retry.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 | RFC 9110, Section 15.5.6}
 */
export class MethodNotAllowed<X extends ProblemExtensions = {}> extends HttpError<405, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "MethodNotAllowed";
  /** The status code of every MethodNotAllowed. */
  static readonly status = 405;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Method Not Allowed";
  /** The Allow option, as given. */
  declare readonly allow?: HeaderOptionValue<"Allow">;

  constructor(options: MethodNotAllowedOptions<X>);
  constructor(detail: string | Error | undefined, options: MethodNotAllowedOptions<X>);
  constructor(detail?: string | Error | MethodNotAllowedOptions<X>, options?: MethodNotAllowedOptions<X>) {
    super(405, detail, options);
    setHeaderOptions(this, options ?? detail, ["Allow"]);
  }
}

/**
 * 406 Not Acceptable: No representation of the resource matches what the request's content negotiation fields accept.
 *
 * Sent when the server cannot satisfy the client's Accept, Accept-Language or similar preferences and chooses not to fall back to a default. The content should list the available representations so that the client or user can choose one. Many servers send a default representation instead.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7 | RFC 9110, Section 15.5.7}
 */
export class NotAcceptable<X extends ProblemExtensions = {}> extends HttpError<406, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NotAcceptable";
  /** The status code of every NotAcceptable. */
  static readonly status = 406;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Not Acceptable";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(406, detail, options);
  }
}

/** Options of `ProxyAuthenticationRequired`: the common ones and the header fields that go with 407. */
export interface ProxyAuthenticationRequiredOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Required: the response must carry it. Sets Proxy-Authenticate: The authentication scheme and parameters the proxy expects before it will forward the request.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1 | RFC 9110, Section 11.7.1}
   */
  proxyAuthenticate: HeaderOptionValue<"Proxy-Authenticate">;
}

/**
 * 407 Proxy Authentication Required: A proxy on the way wants the client to authenticate with it before it forwards the request.
 *
 * The proxy-level counterpart of 401. The proxy must send a Proxy-Authenticate field with the scheme it expects, and the client may repeat the request with a Proxy-Authorization field.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8 | RFC 9110, Section 15.5.8}
 */
export class ProxyAuthenticationRequired<X extends ProblemExtensions = {}> extends HttpError<407, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ProxyAuthenticationRequired";
  /** The status code of every ProxyAuthenticationRequired. */
  static readonly status = 407;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Proxy Authentication Required";
  /** The Proxy-Authenticate option, as given. */
  declare readonly proxyAuthenticate?: HeaderOptionValue<"Proxy-Authenticate">;

  constructor(options: ProxyAuthenticationRequiredOptions<X>);
  constructor(detail: string | Error | undefined, options: ProxyAuthenticationRequiredOptions<X>);
  constructor(detail?: string | Error | ProxyAuthenticationRequiredOptions<X>, options?: ProxyAuthenticationRequiredOptions<X>) {
    super(407, detail, options);
    setHeaderOptions(this, options ?? detail, ["Proxy-Authenticate"]);
  }
}

/**
 * 408 Request Timeout: The server stopped waiting for a request that the client did not finish sending in time.
 *
 * The client opened the connection but did not deliver a complete request within the time the server was prepared to wait, and the server gives up on it, usually by closing the connection. A client with a request still in transit may send it again; in HTTP/1.1 the old connection is no longer usable, since the framing may be out of step, so the retry goes over a new one.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9 | RFC 9110, Section 15.5.9}
 */
export class RequestTimeout<X extends ProblemExtensions = {}> extends HttpError<408, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RequestTimeout";
  /** The status code of every RequestTimeout. */
  static readonly status = 408;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Request Timeout";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(408, detail, options);
  }
}

/**
 * 409 Conflict: The resource's current state does not allow the change the request asks for.
 *
 * For example, a PUT based on an outdated version of a document, or an attempt to create a record whose unique name is already taken. The content should tell the client enough to sort out the conflict, after which it may send a corrected request.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10 | RFC 9110, Section 15.5.10}
 */
export class Conflict<X extends ProblemExtensions = {}> extends HttpError<409, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "Conflict";
  /** The status code of every Conflict. */
  static readonly status = 409;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Conflict";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(409, detail, options);
  }
}

/**
 * 410 Gone: The resource has been removed on purpose, and the server expects it never to return.
 *
 * A stronger form of 404 for resources that were deliberately removed. Clients that can edit links should delete references to the URI. Servers are not required to use it, and it is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11 | RFC 9110, Section 15.5.11}
 */
export class Gone<X extends ProblemExtensions = {}> extends HttpError<410, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "Gone";
  /** The status code of every Gone. */
  static readonly status = 410;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Gone";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(410, detail, options);
  }
}

/**
 * 411 Length Required: The server needs a Content-Length header field for this request.
 *
 * The server will not take content of undeclared length, for example a chunked upload to a server that insists on knowing the size in advance. The client may repeat the request with a valid Content-Length.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12 | RFC 9110, Section 15.5.12}
 */
export class LengthRequired<X extends ProblemExtensions = {}> extends HttpError<411, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "LengthRequired";
  /** The status code of every LengthRequired. */
  static readonly status = 411;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Length Required";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(411, detail, options);
  }
}

/**
 * 412 Precondition Failed: A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.
 *
 * Returned when a condition such as If-Match or If-Unmodified-Since does not hold, which is how optimistic concurrency control prevents lost updates. The client should fetch the current state of the resource before trying again.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13 | RFC 9110, Section 15.5.13}
 */
export class PreconditionFailed<X extends ProblemExtensions = {}> extends HttpError<412, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "PreconditionFailed";
  /** The status code of every PreconditionFailed. */
  static readonly status = 412;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Precondition Failed";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(412, detail, options);
  }
}

/** Options of `ContentTooLarge`: the common ones and the header fields that go with 413. */
export interface ContentTooLargeOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Retry-After: How long the client should wait before trying again, as a number of seconds or an HTTP date.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
   */
  retryAfter?: HeaderOptionValue<"Retry-After">;
}

/**
 * 413 Content Too Large: The server refuses the request because its content exceeds a size limit.
 *
 * Formerly called Payload Too Large and, before that, Request Entity Too Large. The server may close the connection to stop the client from sending more. If the limit is temporary, it can send Retry-After to say when the client may try again; otherwise the client must send smaller content.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110, Section 15.5.14}
 */
export class ContentTooLarge<X extends ProblemExtensions = {}> extends HttpError<413, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ContentTooLarge";
  /** The status code of every ContentTooLarge. */
  static readonly status = 413;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Content Too Large";
  /** The Retry-After option, as given. */
  declare readonly retryAfter?: HeaderOptionValue<"Retry-After">;

  constructor(detail?: string | Error | ContentTooLargeOptions<X>, options?: ContentTooLargeOptions<X>) {
    super(413, detail, options);
    setHeaderOptions(this, options ?? detail, ["Retry-After"]);
  }
}

/**
 * 414 URI Too Long: The target URI exceeds the length the server is prepared to parse.
 *
 * Usually caused by a form that should have used POST sending its data in the query string, by redirect loops that keep growing the URI, or by probing attacks. The client needs to shorten the URI, for example by moving data into the request content. It is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15 | RFC 9110, Section 15.5.15}
 */
export class UriTooLong<X extends ProblemExtensions = {}> extends HttpError<414, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "UriTooLong";
  /** The status code of every UriTooLong. */
  static readonly status = 414;
  /** The reason phrase, the problem's default title. */
  static readonly title = "URI Too Long";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(414, detail, options);
  }
}

/** Options of `UnsupportedMediaType`: the common ones and the header fields that go with 415. */
export interface UnsupportedMediaTypeOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Accept: The media types the server is able to accept for the target resource, so the client can resend the content in one of them.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1 | RFC 9110, Section 12.5.1}
   */
  accept?: HeaderOptionValue<"Accept">;
  /**
   * Sets Accept-Encoding: The content codings the server is willing to accept in requests, sent when the client used a coding the server does not understand.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3 | RFC 9110, Section 12.5.3}
   */
  acceptEncoding?: HeaderOptionValue<"Accept-Encoding">;
}

/**
 * 415 Unsupported Media Type: The server will not accept the request content because of its media type or content coding.
 *
 * Sent when the Content-Type or Content-Encoding of the request is one the target resource does not handle, or when the data does not match its declared type. The server can list what it accepts in Accept or Accept-Encoding, and the client should resend in a supported format.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16 | RFC 9110, Section 15.5.16}
 */
export class UnsupportedMediaType<X extends ProblemExtensions = {}> extends HttpError<415, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "UnsupportedMediaType";
  /** The status code of every UnsupportedMediaType. */
  static readonly status = 415;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Unsupported Media Type";
  /** The Accept option, as given. */
  declare readonly accept?: HeaderOptionValue<"Accept">;
  /** The Accept-Encoding option, as given. */
  declare readonly acceptEncoding?: HeaderOptionValue<"Accept-Encoding">;

  constructor(detail?: string | Error | UnsupportedMediaTypeOptions<X>, options?: UnsupportedMediaTypeOptions<X>) {
    super(415, detail, options);
    setHeaderOptions(this, options ?? detail, ["Accept","Accept-Encoding"]);
  }
}

/** Options of `RangeNotSatisfiable`: the common ones and the header fields that go with 416. */
export interface RangeNotSatisfiableOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Content-Range: Which byte range of the representation the enclosed part covers, or, on a failed range request, the full length of the representation.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-14.4 | RFC 9110, Section 14.4}
   */
  contentRange?: HeaderOptionValue<"Content-Range">;
}

/**
 * 416 Range Not Satisfiable: The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.
 *
 * None of the requested byte ranges overlaps the current representation, for instance because they all start after its last byte, or the request asks for so many small or overlapping ranges that the server declines. For byte ranges the server should send Content-Range with an unsatisfied range and the real length, so the client can correct its request.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110, Section 15.5.17}
 */
export class RangeNotSatisfiable<X extends ProblemExtensions = {}> extends HttpError<416, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RangeNotSatisfiable";
  /** The status code of every RangeNotSatisfiable. */
  static readonly status = 416;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Range Not Satisfiable";
  /** The Content-Range option, as given. */
  declare readonly contentRange?: HeaderOptionValue<"Content-Range">;

  constructor(detail?: string | Error | RangeNotSatisfiableOptions<X>, options?: RangeNotSatisfiableOptions<X>) {
    super(416, detail, options);
    setHeaderOptions(this, options ?? detail, ["Content-Range"]);
  }
}

/**
 * 417 Expectation Failed: The request's Expect field asks for something that the server, or a proxy on the path, does not provide.
 *
 * Most often the server or a proxy on the path does not support "Expect: 100-continue". The client can repeat the request without the Expect field.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18 | RFC 9110, Section 15.5.18}
 */
export class ExpectationFailed<X extends ProblemExtensions = {}> extends HttpError<417, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ExpectationFailed";
  /** The status code of every ExpectationFailed. */
  static readonly status = 417;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Expectation Failed";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(417, detail, options);
  }
}

/**
 * 418 I'm a teapot: An April Fools' code with which a server claims to be a teapot that cannot make coffee.
 *
 * It comes from the 1998 April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) and was copied into enough real software that RFC 9110 reserves the number as unused instead of assigning it. Some services return it playfully or to turn away requests they consider unwanted. Do not give it any meaning in a real API.
 *
 * IANA registry: unused.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19 | RFC 9110, Section 15.5.19}
 */
export class ImATeapot<X extends ProblemExtensions = {}> extends HttpError<418, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ImATeapot";
  /** The status code of every ImATeapot. */
  static readonly status = 418;
  /** The reason phrase, the problem's default title. */
  static readonly title = "I'm a teapot";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(418, detail, options);
  }
}

/**
 * 419 Page Expired: Laravel refused a form submission whose anti-CSRF token was absent or out of date.
 *
 * The Laravel framework returns 419 when a request fails its cross-site request forgery check, most often because the session that issued the token timed out. The user should reload the page to get a fresh token and submit the form again.
 *
 * Unofficial: used by Laravel. Spring Framework uses 419 for "Insufficient Space On Resource".
 * @see {@link https://github.com/laravel/framework/blob/c1b04b2857436858bebdb53fc2d6ce7417cbe09e/src/Illuminate/Foundation/Exceptions/Handler.php | Laravel source, src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException rendered as 419)}
 */
export class PageExpired<X extends ProblemExtensions = {}> extends HttpError<419, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "PageExpired";
  /** The status code of every PageExpired. */
  static readonly status = 419;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Page Expired";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(419, detail, options);
  }
}

/**
 * 420 Enhance Your Calm: Twitter's API was throttling the app for sending too many requests.
 *
 * Twitter's API answered 420 when an app was being rate limited: its Search API began doing so in January 2010, and the documentation of its standard API listed 420 for rate limiting beside 429. The client should slow down and try again after a pause. X, as Twitter is now called, reports rate limiting with 429 Too Many Requests, which new services should use as well.
 *
 * Unofficial: used by Twitter. Spring Framework uses 420 for "Method Failure".
 * @see {@link https://web.archive.org/web/2019/https://developer.twitter.com/en/docs/basics/response-codes | X (Twitter) developer documentation, Response codes (standard API), archived English page}
 * @deprecated X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.
 */
export class EnhanceYourCalm<X extends ProblemExtensions = {}> extends HttpError<420, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "EnhanceYourCalm";
  /** The status code of every EnhanceYourCalm. */
  static readonly status = 420;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Enhance Your Calm";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(420, detail, options);
  }
}

/**
 * 421 Misdirected Request: The server that received the request cannot give an authoritative answer for its target URI.
 *
 * Mainly seen with HTTP/2 and HTTP/3 connection reuse, where a client sends a request for one host over a connection that was set up for another and the server is not authoritative for it. The client may send the same request again, whatever its method, over a different, freshly opened connection.
 *
 * IANA registry: permanent. Spring Framework uses 421 for "Destination Locked".
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20 | RFC 9110, Section 15.5.20}
 */
export class MisdirectedRequest<X extends ProblemExtensions = {}> extends HttpError<421, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "MisdirectedRequest";
  /** The status code of every MisdirectedRequest. */
  static readonly status = 421;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Misdirected Request";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(421, detail, options);
  }
}

/**
 * 422 Unprocessable Content: The server understands the content's type and syntax but cannot act on what it says.
 *
 * Formerly Unprocessable Entity in WebDAV, now part of core HTTP. APIs use it for well-formed requests that fail validation, such as a JSON body with semantically invalid values. The client should fix the content rather than resend it unchanged.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21 | RFC 9110, Section 15.5.21}
 */
export class UnprocessableContent<X extends ProblemExtensions = {}> extends HttpError<422, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "UnprocessableContent";
  /** The status code of every UnprocessableContent. */
  static readonly status = 422;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Unprocessable Content";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(422, detail, options);
  }
}

/**
 * 423 Locked: A lock on the source or destination resource keeps the request from going through.
 *
 * A WebDAV code returned when the request would change a resource that is locked and the client did not submit the matching lock token. The client must obtain the lock, or wait until it is released, before retrying.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.3 | RFC 4918, Section 11.3}
 */
export class Locked<X extends ProblemExtensions = {}> extends HttpError<423, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "Locked";
  /** The status code of every Locked. */
  static readonly status = 423;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Locked";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(423, detail, options);
  }
}

/**
 * 424 Failed Dependency: An operation was skipped because another operation it relied on failed.
 *
 * A WebDAV code found mostly inside multistatus reports. When one request carries several operations that must succeed or fail together and one of them fails, the others are reported with 424. Fixing the operation that failed usually clears this one.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.4 | RFC 4918, Section 11.4}
 */
export class FailedDependency<X extends ProblemExtensions = {}> extends HttpError<424, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "FailedDependency";
  /** The status code of every FailedDependency. */
  static readonly status = 424;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Failed Dependency";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(424, detail, options);
  }
}

/**
 * 425 Too Early: The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.
 *
 * Defined in RFC 8470 for requests sent in TLS 1.3 early data (0-RTT), which an attacker could replay. A client that receives it should send the request again once the handshake has completed, which user agents typically do automatically. It has nothing to do with WebDAV, despite an older draft that used the same number.
 *
 * IANA registry: permanent. WebDAV draft uses 425 for "Unordered Collection".
 * @see {@link https://www.rfc-editor.org/rfc/rfc8470#section-5.2 | RFC 8470, Section 5.2}
 */
export class TooEarly<X extends ProblemExtensions = {}> extends HttpError<425, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "TooEarly";
  /** The status code of every TooEarly. */
  static readonly status = 425;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Too Early";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(425, detail, options);
  }
}

/** Options of `UpgradeRequired`: the common ones and the header fields that go with 426. */
export interface UpgradeRequiredOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Connection: Options that apply to the current HTTP/1.1 connection only, such as upgrade, which has to accompany an Upgrade field, or close, which announces that the sender will shut the connection after this message. HTTP/2 and HTTP/3 do not use the field.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1 | RFC 9110, Section 7.6.1}
   */
  connection?: HeaderOptionValue<"Connection">;
  /**
   * Required: the response must carry it. Sets Upgrade: The protocol or protocols the server is switching to, or would be willing to switch to.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-7.8 | RFC 9110, Section 7.8}
   */
  upgrade: HeaderOptionValue<"Upgrade">;
}

/**
 * 426 Upgrade Required: The server insists on a different protocol, named in its Upgrade field, before it will handle the request.
 *
 * The server must send an Upgrade field naming the protocol or protocols it requires, for example a newer HTTP version or TLS; in HTTP/1.1 the Connection field then lists upgrade too (RFC 9110, Section 7.8). The client should repeat the request after switching to one of them.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22 | RFC 9110, Section 15.5.22}
 */
export class UpgradeRequired<X extends ProblemExtensions = {}> extends HttpError<426, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "UpgradeRequired";
  /** The status code of every UpgradeRequired. */
  static readonly status = 426;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Upgrade Required";
  /** The Connection option, as given. */
  declare readonly connection?: HeaderOptionValue<"Connection">;
  /** The Upgrade option, as given. */
  declare readonly upgrade?: HeaderOptionValue<"Upgrade">;

  constructor(options: UpgradeRequiredOptions<X>);
  constructor(detail: string | Error | undefined, options: UpgradeRequiredOptions<X>);
  constructor(detail?: string | Error | UpgradeRequiredOptions<X>, options?: UpgradeRequiredOptions<X>) {
    super(426, detail, options);
    setHeaderOptions(this, options ?? detail, ["Connection","Upgrade"]);
  }
}

/**
 * 428 Precondition Required: The server will act on this kind of request only when it carries a condition such as If-Match.
 *
 * Asked for by servers that want to prevent lost updates, where one client overwrites a change made by another that it never saw. The client should fetch the resource, then repeat the change with a condition such as If-Match. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-3 | RFC 6585, Section 3}
 */
export class PreconditionRequired<X extends ProblemExtensions = {}> extends HttpError<428, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "PreconditionRequired";
  /** The status code of every PreconditionRequired. */
  static readonly status = 428;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Precondition Required";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(428, detail, options);
  }
}

/** Options of `TooManyRequests`: the common ones and the header fields that go with 429. */
export interface TooManyRequestsOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Retry-After: How long the client should wait before trying again, as a number of seconds or an HTTP date.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
   */
  retryAfter?: HeaderOptionValue<"Retry-After">;
}

/**
 * 429 Too Many Requests: The client has gone over the server's limit on how many requests it may send.
 *
 * The server may include Retry-After to say how long to wait, and the content may describe the limit. Clients should back off and try again later rather than retry at once. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-4 | RFC 6585, Section 4}
 */
export class TooManyRequests<X extends ProblemExtensions = {}> extends HttpError<429, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "TooManyRequests";
  /** The status code of every TooManyRequests. */
  static readonly status = 429;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Too Many Requests";
  /** The Retry-After option, as given. */
  declare readonly retryAfter?: HeaderOptionValue<"Retry-After">;

  constructor(detail?: string | Error | TooManyRequestsOptions<X>, options?: TooManyRequestsOptions<X>) {
    super(429, detail, options);
    setHeaderOptions(this, options ?? detail, ["Retry-After"]);
  }
}

/**
 * 430 Shopify Security Rejection: Shopify's security checks flagged the request as possibly malicious and refused it.
 *
 * Returned by Shopify when its security checks judge a request to be malicious. Sending the same request again will not help; the client has to change whatever triggered the rejection.
 *
 * Unofficial: used by Shopify. Shopify uses 430 for "Request Header Fields Too Large".
 * @see {@link https://shopify.dev/docs/api/usage/response-codes | Shopify API documentation, Response status and error codes}
 */
export class ShopifySecurityRejection<X extends ProblemExtensions = {}> extends HttpError<430, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ShopifySecurityRejection";
  /** The status code of every ShopifySecurityRejection. */
  static readonly status = 430;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Shopify Security Rejection";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(430, detail, options);
  }
}

/**
 * 431 Request Header Fields Too Large: The server refuses the request because its header fields are too big, singly or together.
 *
 * The content should say whether a single field or the total size is at fault, and the client can retry after trimming them, for example by clearing oversized cookies. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-5 | RFC 6585, Section 5}
 */
export class RequestHeaderFieldsTooLarge<X extends ProblemExtensions = {}> extends HttpError<431, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RequestHeaderFieldsTooLarge";
  /** The status code of every RequestHeaderFieldsTooLarge. */
  static readonly status = 431;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Request Header Fields Too Large";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(431, detail, options);
  }
}

/**
 * 440 Login Timeout: Outlook Web Access ended the user's session, so the user has to sign in again.
 *
 * Outlook Web Access, Microsoft Exchange's web client running on IIS, sends 440 when the user's sign-in session has timed out, and the user has to sign in again before the request can succeed. Microsoft's troubleshooting guide for Exchange 2007 also traces 440 errors that persist to authentication or permission settings in IIS, which an administrator has to correct.
 *
 * Unofficial: used by Microsoft IIS.
 * @see {@link https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx | Microsoft Exchange Server 2007 documentation, How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access}
 */
export class LoginTimeout<X extends ProblemExtensions = {}> extends HttpError<440, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "LoginTimeout";
  /** The status code of every LoginTimeout. */
  static readonly status = 440;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Login Timeout";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(440, detail, options);
  }
}

/**
 * 440 Login Timeout, under its former name LoginTimeOut.
 * @deprecated Use LoginTimeout
 */
export const LoginTimeOut = LoginTimeout;
/**
 * 440 Login Timeout, under its former name LoginTimeOut.
 * @deprecated Use LoginTimeout
 */
export type LoginTimeOut<X extends ProblemExtensions = {}> = LoginTimeout<X>;

/**
 * 449 Retry With: The server needs more information and asks the client to repeat the request with an extra header field.
 *
 * Defined by Microsoft's WebDAV client extensions ([MS-WDV]) for a server that cannot answer until the client provides more information. The response carries an Ms-Echo-Request header field; a client that supports the extension repeats the request with an Ms-Echo-Reply header field, and other clients treat 449 like any unknown 4xx code. The protocol's grammar spells the reason phrase "Reply With".
 *
 * Unofficial: used by Microsoft IIS.
 * @see {@link https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100 | Microsoft [MS-WDV] WebDAV Protocol Client Extensions, Section 2.2.6 (449 Retry With Status Code)}
 */
export class RetryWith<X extends ProblemExtensions = {}> extends HttpError<449, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RetryWith";
  /** The status code of every RetryWith. */
  static readonly status = 449;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Retry With";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(449, detail, options);
  }
}

/**
 * 450 Blocked by Windows Parental Controls: Windows family safety settings stopped the page from loading.
 *
 * Microsoft's code for a page that Windows Parental Controls will not let the signed-in account open. Only a change to those settings, made by the account's supervisor, lifts the block.
 *
 * Unofficial: used by Microsoft.
 */
export class BlockedByWindowsParentalControls<X extends ProblemExtensions = {}> extends HttpError<450, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "BlockedByWindowsParentalControls";
  /** The status code of every BlockedByWindowsParentalControls. */
  static readonly status = 450;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Blocked by Windows Parental Controls";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(450, detail, options);
  }
}

/** Options of `UnavailableForLegalReasons`: the common ones and the header fields that go with 451. */
export interface UnavailableForLegalReasonsOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Link: Typed links to related resources, such as assets worth preloading or the entity responsible for blocking access.
   * @see {@link https://www.rfc-editor.org/rfc/rfc8288#section-3 | RFC 8288, Section 3}
   */
  link?: HeaderOptionValue<"Link">;
}

/**
 * 451 Unavailable For Legal Reasons: Access to the resource is blocked because of a legal demand, such as a court order.
 *
 * For content withheld because of a court order, a government's censorship or another legal duty. The response should explain the demand and should carry a Link field with rel="blocked-by" pointing at the entity that is applying the block. It is cacheable by default.
 *
 * IANA registry: permanent. Microsoft Exchange ActiveSync uses 451 for "Redirect".
 * @see {@link https://www.rfc-editor.org/rfc/rfc7725#section-3 | RFC 7725, Section 3}
 */
export class UnavailableForLegalReasons<X extends ProblemExtensions = {}> extends HttpError<451, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "UnavailableForLegalReasons";
  /** The status code of every UnavailableForLegalReasons. */
  static readonly status = 451;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Unavailable For Legal Reasons";
  /** The Link option, as given. */
  declare readonly link?: HeaderOptionValue<"Link">;

  constructor(detail?: string | Error | UnavailableForLegalReasonsOptions<X>, options?: UnavailableForLegalReasonsOptions<X>) {
    super(451, detail, options);
    setHeaderOptions(this, options ?? detail, ["Link"]);
  }
}

/**
 * 463 X-Forwarded-For Too Large: The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.
 *
 * AWS Elastic Load Balancing rejects a request whose X-Forwarded-For header lists more than 30 addresses, which usually points to a forwarding loop or a misbehaving proxy chain. The chain of proxies has to be fixed before the request can go through.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export class XForwardedForTooLarge<X extends ProblemExtensions = {}> extends HttpError<463, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "XForwardedForTooLarge";
  /** The status code of every XForwardedForTooLarge. */
  static readonly status = 463;
  /** The reason phrase, the problem's default title. */
  static readonly title = "X-Forwarded-For Too Large";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(463, detail, options);
  }
}

/**
 * 464 Incompatible Protocol Versions: The request's protocol version does not match what the load balancer's target group expects.
 *
 * Returned by AWS Elastic Load Balancing when, for example, an HTTP/1.1 request arrives for a target group configured for gRPC or HTTP/2 only. The client or the load balancer configuration must be changed so that the protocol versions agree.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export class IncompatibleProtocolVersions<X extends ProblemExtensions = {}> extends HttpError<464, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "IncompatibleProtocolVersions";
  /** The status code of every IncompatibleProtocolVersions. */
  static readonly status = 464;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Incompatible Protocol Versions";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(464, detail, options);
  }
}

/**
 * 494 Request Header Too Large: nginx refused a request because its header, or a single header line, did not fit in the configured buffers.
 *
 * An internal nginx code for requests whose header exceeds the configured buffers. It can be mapped to a custom error page, but on the wire nginx reports it as 400 Bad Request. The client must send smaller headers.
 *
 * Unofficial: used by nginx.
 * @see {@link https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h | nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)}
 */
export class RequestHeaderTooLarge<X extends ProblemExtensions = {}> extends HttpError<494, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RequestHeaderTooLarge";
  /** The status code of every RequestHeaderTooLarge. */
  static readonly status = 494;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Request Header Too Large";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(494, detail, options);
  }
}

/**
 * 495 SSL Certificate Error: The client presented a TLS certificate that nginx could not verify.
 *
 * An internal nginx code used when client certificate verification fails, so that a custom error page can be shown. The client receives 400 Bad Request and must present a valid certificate.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export class SslCertificateError<X extends ProblemExtensions = {}> extends HttpError<495, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "SslCertificateError";
  /** The status code of every SslCertificateError. */
  static readonly status = 495;
  /** The reason phrase, the problem's default title. */
  static readonly title = "SSL Certificate Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(495, detail, options);
  }
}

/**
 * 496 SSL Certificate Required: nginx demands a client certificate for mutual TLS and the client presented none.
 *
 * An internal nginx code for servers that demand mutual TLS, available for custom error handling. The response on the wire is 400 Bad Request; the client has to connect again with a certificate.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export class SslCertificateRequired<X extends ProblemExtensions = {}> extends HttpError<496, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "SslCertificateRequired";
  /** The status code of every SslCertificateRequired. */
  static readonly status = 496;
  /** The reason phrase, the problem's default title. */
  static readonly title = "SSL Certificate Required";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(496, detail, options);
  }
}

/**
 * 497 HTTP Request Sent to HTTPS Port: A plain HTTP request arrived on a port where nginx expects HTTPS.
 *
 * An internal nginx code, often mapped through an error page rule to a redirect to the https URL. Without such a mapping the client receives 400 Bad Request and should use https for that port.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export class HttpRequestSentToHttpsPort<X extends ProblemExtensions = {}> extends HttpError<497, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "HttpRequestSentToHttpsPort";
  /** The status code of every HttpRequestSentToHttpsPort. */
  static readonly status = 497;
  /** The reason phrase, the problem's default title. */
  static readonly title = "HTTP Request Sent to HTTPS Port";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(497, detail, options);
  }
}

/**
 * 498 Invalid Token: ArcGIS rejected the access token sent with the request as expired or not valid.
 *
 * Esri ArcGIS Server and ArcGIS Online report 498 when the access token sent with a request can no longer be used, because it has timed out or was never valid. ArcGIS REST services can report it as the code of a JSON error object while the status line says 200, so clients check both. The client must obtain a new token and send the request with it.
 *
 * Unofficial: used by Esri ArcGIS Server.
 * @see {@link https://support.esri.com/en-us/knowledge-base/bug-error-code-498-invalid-token-returned-when-viewing--000016034 | Esri Support, Error Code 498 "Invalid Token" returned when viewing images in the Story Map Journal app}
 */
export class InvalidToken<X extends ProblemExtensions = {}> extends HttpError<498, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "InvalidToken";
  /** The status code of every InvalidToken. */
  static readonly status = 498;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Invalid Token";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(498, detail, options);
  }
}

/**
 * 500 Internal Server Error: Something unexpected went wrong on the server while it handled the request.
 *
 * The server hit a fault of its own, such as an unhandled exception, and no other 5xx code describes it better. The problem lies with the server, not the request, so the same request may work later; clients can retry with a back-off, taking care with requests that are not idempotent.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1 | RFC 9110, Section 15.6.1}
 */
export class InternalServerError<X extends ProblemExtensions = {}> extends HttpError<500, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "InternalServerError";
  /** The status code of every InternalServerError. */
  static readonly status = 500;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Internal Server Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(500, detail, options);
  }
}

/**
 * 501 Not Implemented: The server does not implement what the request needs, usually its method.
 *
 * The usual answer when the server does not recognise the request method at all and cannot support it for any resource. Unlike 405, it is not about one particular resource. It is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2 | RFC 9110, Section 15.6.2}
 */
export class NotImplemented<X extends ProblemExtensions = {}> extends HttpError<501, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NotImplemented";
  /** The status code of every NotImplemented. */
  static readonly status = 501;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Not Implemented";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(501, detail, options);
  }
}

/**
 * 502 Bad Gateway: The gateway or proxy that answered got a broken or unusable reply from the server behind it.
 *
 * The intermediary reached the server it forwards to, but the answer was malformed or the connection broke. The failure is usually transient, so the client may try again later.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3 | RFC 9110, Section 15.6.3}
 */
export class BadGateway<X extends ProblemExtensions = {}> extends HttpError<502, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "BadGateway";
  /** The status code of every BadGateway. */
  static readonly status = 502;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Bad Gateway";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(502, detail, options);
  }
}

/** Options of `ServiceUnavailable`: the common ones and the header fields that go with 503. */
export interface ServiceUnavailableOptions<X extends ProblemExtensions = {}> extends HttpErrorOptions<X> {
  /**
   * Sets Retry-After: How long the client should wait before trying again, as a number of seconds or an HTTP date.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
   */
  retryAfter?: HeaderOptionValue<"Retry-After">;
}

/**
 * 503 Service Unavailable: The server cannot take requests for now, because of overload or maintenance, and expects to recover.
 *
 * A temporary condition that should clear after some delay. The server may say how long with Retry-After; without it, the client should treat the delay as unknown and back off. Servers are not obliged to answer 503 when overloaded: some simply refuse new connections instead.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4 | RFC 9110, Section 15.6.4}
 */
export class ServiceUnavailable<X extends ProblemExtensions = {}> extends HttpError<503, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ServiceUnavailable";
  /** The status code of every ServiceUnavailable. */
  static readonly status = 503;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Service Unavailable";
  /** The Retry-After option, as given. */
  declare readonly retryAfter?: HeaderOptionValue<"Retry-After">;

  constructor(detail?: string | Error | ServiceUnavailableOptions<X>, options?: ServiceUnavailableOptions<X>) {
    super(503, detail, options);
    setHeaderOptions(this, options ?? detail, ["Retry-After"]);
  }
}

/**
 * 504 Gateway Timeout: The gateway or proxy that answered gave up waiting for the server behind it.
 *
 * The intermediary waited for the server it forwards to, or for another service it needed, and gave up. The upstream may only be slow, so the client can retry later, bearing in mind that the first request may still have been carried out.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5 | RFC 9110, Section 15.6.5}
 */
export class GatewayTimeout<X extends ProblemExtensions = {}> extends HttpError<504, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "GatewayTimeout";
  /** The status code of every GatewayTimeout. */
  static readonly status = 504;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Gateway Timeout";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(504, detail, options);
  }
}

/**
 * 505 HTTP Version Not Supported: The server will not handle requests in the major HTTP version the client used.
 *
 * The server cannot or will not complete the request using the same major protocol version as the client. The content should say which versions are supported, and the client should repeat the request with one of them.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6 | RFC 9110, Section 15.6.6}
 */
export class HttpVersionNotSupported<X extends ProblemExtensions = {}> extends HttpError<505, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "HttpVersionNotSupported";
  /** The status code of every HttpVersionNotSupported. */
  static readonly status = 505;
  /** The reason phrase, the problem's default title. */
  static readonly title = "HTTP Version Not Supported";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(505, detail, options);
  }
}

/**
 * 506 Variant Also Negotiates: The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.
 *
 * Part of the experimental transparent content negotiation scheme. The variant the server picked is itself set up to negotiate, which would make the process loop, so this is a server configuration error that the client cannot fix.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc2295#section-8.1 | RFC 2295, Section 8.1}
 */
export class VariantAlsoNegotiates<X extends ProblemExtensions = {}> extends HttpError<506, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "VariantAlsoNegotiates";
  /** The status code of every VariantAlsoNegotiates. */
  static readonly status = 506;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Variant Also Negotiates";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(506, detail, options);
  }
}

/**
 * 507 Insufficient Storage: The server has run out of the space it needs to store the result of the request.
 *
 * A WebDAV code for when the server runs out of space, for example while handling PUT or COPY. RFC 4918 treats the condition as temporary, but a request that a user triggered must not be repeated until the user asks for it again, so clients should not retry it on their own.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.5 | RFC 4918, Section 11.5}
 */
export class InsufficientStorage<X extends ProblemExtensions = {}> extends HttpError<507, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "InsufficientStorage";
  /** The status code of every InsufficientStorage. */
  static readonly status = 507;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Insufficient Storage";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(507, detail, options);
  }
}

/**
 * 508 Loop Detected: The server aborted an operation on a whole tree of bindings because it ran into a loop.
 *
 * Defined by the WebDAV binding extension for requests with "Depth: infinity" that run into a cycle of bindings. The whole operation fails. Clients should not expect a repeat of the same request to behave differently.
 *
 * IANA registry: permanent. cPanel uses 508 for "Resource Limit Is Reached".
 * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.2 | RFC 5842, Section 7.2}
 */
export class LoopDetected<X extends ProblemExtensions = {}> extends HttpError<508, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "LoopDetected";
  /** The status code of every LoopDetected. */
  static readonly status = 508;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Loop Detected";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(508, detail, options);
  }
}

/**
 * 509 Bandwidth Limit Exceeded: The site has used up the bandwidth its hosting plan allows.
 *
 * Sent by bandwidth-limiting modules for Apache HTTP Server, above all cPanel's mod_bwlimited on shared hosting, when a site has used up its traffic allowance; core Apache httpd defines no 509. The limit normally resets after the accounting period, so the request may succeed later. IANA leaves 509 unassigned.
 *
 * Unofficial: used by cPanel.
 */
export class BandwidthLimitExceeded<X extends ProblemExtensions = {}> extends HttpError<509, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "BandwidthLimitExceeded";
  /** The status code of every BandwidthLimitExceeded. */
  static readonly status = 509;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Bandwidth Limit Exceeded";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(509, detail, options);
  }
}

/**
 * 510 Not Extended: The request does not meet the extension policy needed to access the resource.
 *
 * Defined by the HTTP Extension Framework, which let a server demand that a client use a particular mandatory extension. That framework never saw wide use and has been moved to Historic status, so IANA now lists 510 as obsoleted.
 *
 * IANA registry: obsoleted.
 * @see {@link https://www.rfc-editor.org/rfc/rfc2774#section-7 | RFC 2774, Section 7}
 * @deprecated The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.
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

/**
 * 511 Network Authentication Required: The user has to log in to the network, for example at a captive portal, before getting access.
 *
 * Sent by the network's access control, typically the captive portal of a hotel or café Wi-Fi, not by the origin server the user wanted to reach. The content should link to the page where the user can sign in or accept the network's terms. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-6 | RFC 6585, Section 6}
 */
export class NetworkAuthenticationRequired<X extends ProblemExtensions = {}> extends HttpError<511, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NetworkAuthenticationRequired";
  /** The status code of every NetworkAuthenticationRequired. */
  static readonly status = 511;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Network Authentication Required";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(511, detail, options);
  }
}

/**
 * 520 Web Server Returned an Unknown Error: Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.
 *
 * Cloudflare's code for an origin response it cannot use that no other 52x code covers. The causes Cloudflare lists, among them a crashed or misconfigured origin, a firewall blocking Cloudflare's addresses, response headers over 128 KB and a broken HTTP/2 setup, have to be fixed by the site owner, who should start with the origin's logs.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/ | Cloudflare documentation, Error 520}
 */
export class WebServerReturnedAnUnknownError<X extends ProblemExtensions = {}> extends HttpError<520, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "WebServerReturnedAnUnknownError";
  /** The status code of every WebServerReturnedAnUnknownError. */
  static readonly status = 520;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Web Server Returned an Unknown Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(520, detail, options);
  }
}

/**
 * 521 Web Server Is Down: Cloudflare's connection attempt was rejected by the origin web server.
 *
 * Cloudflare could not open a connection because the origin's web server is offline or a firewall is blocking Cloudflare's addresses. The site owner has to bring the origin back or allow Cloudflare's IP ranges; until then, repeating the request does not help.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/ | Cloudflare documentation, Error 521}
 */
export class WebServerIsDown<X extends ProblemExtensions = {}> extends HttpError<521, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "WebServerIsDown";
  /** The status code of every WebServerIsDown. */
  static readonly status = 521;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Web Server Is Down";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(521, detail, options);
  }
}

/**
 * 522 Connection Timed Out: Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.
 *
 * The origin did not complete the TCP handshake within about 19 seconds, or did not acknowledge the request within 90 seconds of connecting. Cloudflare traces it to the origin's side: most often a firewall or rate limiter that throttles Cloudflare's addresses, otherwise an overloaded or offline server, an outdated origin address or dropped packets. Throttling and overload often pass, so a client may try again after a pause, as Cloudflare's error page suggests; a lasting cause has to be fixed by the site owner.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/ | Cloudflare documentation, Error 522}
 */
export class ConnectionTimedOut<X extends ProblemExtensions = {}> extends HttpError<522, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ConnectionTimedOut";
  /** The status code of every ConnectionTimedOut. */
  static readonly status = 522;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Connection Timed Out";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(522, detail, options);
  }
}

/**
 * 523 Origin Is Unreachable: Cloudflare could not reach the origin server at all.
 *
 * Usually the origin's DNS records point to the wrong address, or a network device on the way has no route to it. The site owner has to correct the DNS records or the routing; until then, repeating the request does not help.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/ | Cloudflare documentation, Error 523}
 */
export class OriginIsUnreachable<X extends ProblemExtensions = {}> extends HttpError<523, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "OriginIsUnreachable";
  /** The status code of every OriginIsUnreachable. */
  static readonly status = 523;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Origin Is Unreachable";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(523, detail, options);
  }
}

/**
 * 524 A Timeout Occurred: The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).
 *
 * The origin took too long to answer, because of a long-running process such as a large query or because the server is overloaded. An overloaded origin may answer in time later, so a client may try again after a pause, bearing in mind that the origin may still have carried out the first request; a request that always runs past the limit will fail every time. The lasting remedies are the site owner's: move long work to an asynchronous pattern such as 202 with polling, or raise the timeout where the plan allows it.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/ | Cloudflare documentation, Error 524}
 */
export class ATimeoutOccurred<X extends ProblemExtensions = {}> extends HttpError<524, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "ATimeoutOccurred";
  /** The status code of every ATimeoutOccurred. */
  static readonly status = 524;
  /** The reason phrase, the problem's default title. */
  static readonly title = "A Timeout Occurred";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(524, detail, options);
  }
}

/**
 * 525 SSL Handshake Failed: The TLS handshake between Cloudflare and the origin server failed.
 *
 * Cloudflare connects to the origin over TLS and the two sides could not agree, for example because the origin has no certificate configured or shares no cipher suite with Cloudflare. The site owner must fix the origin's TLS setup.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/ | Cloudflare documentation, Error 525}
 */
export class SslHandshakeFailed<X extends ProblemExtensions = {}> extends HttpError<525, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "SslHandshakeFailed";
  /** The status code of every SslHandshakeFailed. */
  static readonly status = 525;
  /** The reason phrase, the problem's default title. */
  static readonly title = "SSL Handshake Failed";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(525, detail, options);
  }
}

/**
 * 526 Invalid SSL Certificate: The origin's TLS certificate did not pass Cloudflare's validation.
 *
 * With strict certificate checking, Cloudflare rejects an origin certificate that is expired, self-signed or issued for another name. The Cloud Foundry gorouter uses the same code when a backend presents a certificate it cannot validate. The origin's certificate must be fixed.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/ | Cloudflare documentation, Error 526}
 */
export class InvalidSslCertificate<X extends ProblemExtensions = {}> extends HttpError<526, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "InvalidSslCertificate";
  /** The status code of every InvalidSslCertificate. */
  static readonly status = 526;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Invalid SSL Certificate";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(526, detail, options);
  }
}

/**
 * 527 Railgun Error: Cloudflare lost its link to the Railgun listener at the origin.
 *
 * Railgun was a Cloudflare product that compressed traffic between its edge and the origin, and 527 reported a broken or timed-out link between Cloudflare and the origin's Railgun listener. Cloudflare shut Railgun down on 31 January 2024, so the code no longer appears and Cloudflare no longer documents it.
 *
 * Unofficial: used by Cloudflare.
 * @deprecated Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.
 */
export class RailgunError<X extends ProblemExtensions = {}> extends HttpError<527, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "RailgunError";
  /** The status code of every RailgunError. */
  static readonly status = 527;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Railgun Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(527, detail, options);
  }
}

/**
 * 529 Site Is Overloaded: The service is overloaded for the moment and cannot take the request now.
 *
 * The Qualys SSL Labs assessment API answers 529 when it is under too much load, and its documentation asks clients to pause for several minutes before trying again. Anthropic's API uses 529 with the error type overloaded_error for the same temporary condition. Neither is the client's fault, so the same request can succeed later.
 *
 * Unofficial: used by Qualys SSL Labs.
 * @see {@link https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md | SSL Labs API v4 documentation (Error Response Status Codes)}
 */
export class SiteIsOverloaded<X extends ProblemExtensions = {}> extends HttpError<529, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "SiteIsOverloaded";
  /** The status code of every SiteIsOverloaded. */
  static readonly status = 529;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Site Is Overloaded";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(529, detail, options);
  }
}

/**
 * 530 Origin Unavailable: Cloudflare could not serve the request because of an origin problem described by a 1xxx error.
 *
 * Cloudflare pairs 530 with one of its own 1xxx errors, shown on the error page, and that 1xxx code names the real cause, most often that Cloudflare cannot resolve the origin's hostname (1016, Origin DNS error). The site owner has to fix what it names.
 *
 * Unofficial: used by Cloudflare. Pantheon uses 530 for "Site Is Frozen".
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/ | Cloudflare documentation, Error 530}
 */
export class OriginUnavailable<X extends ProblemExtensions = {}> extends HttpError<530, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "OriginUnavailable";
  /** The status code of every OriginUnavailable. */
  static readonly status = 530;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Origin Unavailable";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(530, detail, options);
  }
}

/**
 * 540 Temporarily Disabled: Shopify has switched the requested endpoint off for the time being.
 *
 * Shopify uses 540 when the requested resource or API endpoint has been switched off for the time being. The client should not depend on the endpoint until Shopify enables it again.
 *
 * Unofficial: used by Shopify.
 * @see {@link https://shopify.dev/docs/api/usage/response-codes | Shopify API documentation, Response status and error codes}
 */
export class TemporarilyDisabled<X extends ProblemExtensions = {}> extends HttpError<540, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "TemporarilyDisabled";
  /** The status code of every TemporarilyDisabled. */
  static readonly status = 540;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Temporarily Disabled";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(540, detail, options);
  }
}

/**
 * 561 Unauthorized: The load balancer was authenticating the user and the identity provider answered with an error.
 *
 * Sent by an AWS Application Load Balancer whose listener rule authenticates users (through Amazon Cognito or an OpenID Connect provider) when the identity provider answers the authentication step with an error. The fault lies in the identity provider or in the rule's configuration, not in the client's request, so repeating the request does not help until that is fixed.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export class IdentityProviderError<X extends ProblemExtensions = {}> extends HttpError<561, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "IdentityProviderError";
  /** The status code of every IdentityProviderError. */
  static readonly status = 561;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Unauthorized";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(561, detail, options);
  }
}

/**
 * 598 Network Read Timeout Error: A proxy timed out while reading the response from the upstream server.
 *
 * A convention, not a standard: some proxies and HTTP client libraries use it when the server behind the proxy did not send its response in time, to tell this apart from a plain 504. The condition is transient, so the request may succeed when retried.
 *
 * Unofficial: used by Informal convention.
 */
export class NetworkReadTimeoutError<X extends ProblemExtensions = {}> extends HttpError<598, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NetworkReadTimeoutError";
  /** The status code of every NetworkReadTimeoutError. */
  static readonly status = 598;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Network Read Timeout Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(598, detail, options);
  }
}

/**
 * 599 Network Connect Timeout Error: A proxy timed out while trying to connect to the upstream server.
 *
 * An informal convention, used for example by some proxies and HTTP client libraries, to report that the connection to the next hop could not be opened in time. It is transient, so the request may succeed when retried.
 *
 * Unofficial: used by Informal convention.
 */
export class NetworkConnectTimeoutError<X extends ProblemExtensions = {}> extends HttpError<599, X> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name = "NetworkConnectTimeoutError";
  /** The status code of every NetworkConnectTimeoutError. */
  static readonly status = 599;
  /** The reason phrase, the problem's default title. */
  static readonly title = "Network Connect Timeout Error";

  constructor(detail?: string | Error | HttpErrorOptions<X>, options?: HttpErrorOptions<X>) {
    super(599, detail, options);
  }
}

/** The extension members of a `OutOfCredit` problem. */
export interface OutOfCreditExtensions {
  /** Accounts the client could charge instead. */
  accounts?: string[];
  /** The account's balance, in cents. */
  balance: number;
}

/** Options of `OutOfCredit`: those of `Forbidden` but `type`, which the class fixes, with its required extension members. */
export type OutOfCreditOptions = Omit<HttpErrorOptions<OutOfCreditExtensions>, "type" | "extensions"> & { extensions: OutOfCreditExtensions };

/**
 * You do not have enough credit: The account's balance does not cover the cost of the request.
 *
 * Sent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.
 * @see {@link https://github.com/org/status-codes/problems/out-of-credit | out-of-credit}
 */
export class OutOfCredit extends Forbidden<OutOfCreditExtensions> {
  /** The class name, kept when a bundler renames the class. */
  static override readonly name: string = "OutOfCredit";
  /** The status code of every OutOfCredit. */
  static override readonly status = 403;
  /** The problem type's title. */
  static override readonly title: string = "You do not have enough credit";
  /** The problem type's URI. */
  static readonly type = "https://github.com/org/status-codes/problems/out-of-credit";
  /** The problem type's URI. */
  declare readonly type: "https://github.com/org/status-codes/problems/out-of-credit";

  constructor(options: OutOfCreditOptions);
  constructor(detail: string | Error | undefined, options: OutOfCreditOptions);
  constructor(detail?: string | Error | OutOfCreditOptions, options?: OutOfCreditOptions) {
    super(...withProblemType(new.target.type, detail, options));
  }

  /**
   * `instanceof` across copies of the package, as for its status code's class, and for the problem type's URI.
   * @internal Left out of the published types, as HttpError's.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isOfProblemType(this, value);
  }
}

/** The error class of each code, as `createHttpError` returns it. */
export interface HttpErrorsByCode<X extends ProblemExtensions = {}> {
  readonly 400: BadRequest<X>;
  readonly 401: Unauthorized<X>;
  readonly 402: PaymentRequired<X>;
  readonly 403: Forbidden<X>;
  readonly 404: NotFound<X>;
  readonly 405: MethodNotAllowed<X>;
  readonly 406: NotAcceptable<X>;
  readonly 407: ProxyAuthenticationRequired<X>;
  readonly 408: RequestTimeout<X>;
  readonly 409: Conflict<X>;
  readonly 410: Gone<X>;
  readonly 411: LengthRequired<X>;
  readonly 412: PreconditionFailed<X>;
  readonly 413: ContentTooLarge<X>;
  readonly 414: UriTooLong<X>;
  readonly 415: UnsupportedMediaType<X>;
  readonly 416: RangeNotSatisfiable<X>;
  readonly 417: ExpectationFailed<X>;
  readonly 418: ImATeapot<X>;
  readonly 419: PageExpired<X>;
  readonly 420: EnhanceYourCalm<X>;
  readonly 421: MisdirectedRequest<X>;
  readonly 422: UnprocessableContent<X>;
  readonly 423: Locked<X>;
  readonly 424: FailedDependency<X>;
  readonly 425: TooEarly<X>;
  readonly 426: UpgradeRequired<X>;
  readonly 428: PreconditionRequired<X>;
  readonly 429: TooManyRequests<X>;
  readonly 430: ShopifySecurityRejection<X>;
  readonly 431: RequestHeaderFieldsTooLarge<X>;
  readonly 440: LoginTimeout<X>;
  readonly 449: RetryWith<X>;
  readonly 450: BlockedByWindowsParentalControls<X>;
  readonly 451: UnavailableForLegalReasons<X>;
  readonly 463: XForwardedForTooLarge<X>;
  readonly 464: IncompatibleProtocolVersions<X>;
  readonly 494: RequestHeaderTooLarge<X>;
  readonly 495: SslCertificateError<X>;
  readonly 496: SslCertificateRequired<X>;
  readonly 497: HttpRequestSentToHttpsPort<X>;
  readonly 498: InvalidToken<X>;
  readonly 500: InternalServerError<X>;
  readonly 501: NotImplemented<X>;
  readonly 502: BadGateway<X>;
  readonly 503: ServiceUnavailable<X>;
  readonly 504: GatewayTimeout<X>;
  readonly 505: HttpVersionNotSupported<X>;
  readonly 506: VariantAlsoNegotiates<X>;
  readonly 507: InsufficientStorage<X>;
  readonly 508: LoopDetected<X>;
  readonly 509: BandwidthLimitExceeded<X>;
  readonly 510: NotExtended<X>;
  readonly 511: NetworkAuthenticationRequired<X>;
  readonly 520: WebServerReturnedAnUnknownError<X>;
  readonly 521: WebServerIsDown<X>;
  readonly 522: ConnectionTimedOut<X>;
  readonly 523: OriginIsUnreachable<X>;
  readonly 524: ATimeoutOccurred<X>;
  readonly 525: SslHandshakeFailed<X>;
  readonly 526: InvalidSslCertificate<X>;
  readonly 527: RailgunError<X>;
  readonly 529: SiteIsOverloaded<X>;
  readonly 530: OriginUnavailable<X>;
  readonly 540: TemporarilyDisabled<X>;
  readonly 561: IdentityProviderError<X>;
  readonly 598: NetworkReadTimeoutError<X>;
  readonly 599: NetworkConnectTimeoutError<X>;
}

/** The options each code's class takes, as `createHttpError` takes them. */
export interface HttpErrorOptionsByCode<X extends ProblemExtensions = {}> {
  readonly 400: HttpErrorOptions<X>;
  readonly 401: UnauthorizedOptions<X>;
  readonly 402: HttpErrorOptions<X>;
  readonly 403: HttpErrorOptions<X>;
  readonly 404: HttpErrorOptions<X>;
  readonly 405: MethodNotAllowedOptions<X>;
  readonly 406: HttpErrorOptions<X>;
  readonly 407: ProxyAuthenticationRequiredOptions<X>;
  readonly 408: HttpErrorOptions<X>;
  readonly 409: HttpErrorOptions<X>;
  readonly 410: HttpErrorOptions<X>;
  readonly 411: HttpErrorOptions<X>;
  readonly 412: HttpErrorOptions<X>;
  readonly 413: ContentTooLargeOptions<X>;
  readonly 414: HttpErrorOptions<X>;
  readonly 415: UnsupportedMediaTypeOptions<X>;
  readonly 416: RangeNotSatisfiableOptions<X>;
  readonly 417: HttpErrorOptions<X>;
  readonly 418: HttpErrorOptions<X>;
  readonly 419: HttpErrorOptions<X>;
  readonly 420: HttpErrorOptions<X>;
  readonly 421: HttpErrorOptions<X>;
  readonly 422: HttpErrorOptions<X>;
  readonly 423: HttpErrorOptions<X>;
  readonly 424: HttpErrorOptions<X>;
  readonly 425: HttpErrorOptions<X>;
  readonly 426: UpgradeRequiredOptions<X>;
  readonly 428: HttpErrorOptions<X>;
  readonly 429: TooManyRequestsOptions<X>;
  readonly 430: HttpErrorOptions<X>;
  readonly 431: HttpErrorOptions<X>;
  readonly 440: HttpErrorOptions<X>;
  readonly 449: HttpErrorOptions<X>;
  readonly 450: HttpErrorOptions<X>;
  readonly 451: UnavailableForLegalReasonsOptions<X>;
  readonly 463: HttpErrorOptions<X>;
  readonly 464: HttpErrorOptions<X>;
  readonly 494: HttpErrorOptions<X>;
  readonly 495: HttpErrorOptions<X>;
  readonly 496: HttpErrorOptions<X>;
  readonly 497: HttpErrorOptions<X>;
  readonly 498: HttpErrorOptions<X>;
  readonly 500: HttpErrorOptions<X>;
  readonly 501: HttpErrorOptions<X>;
  readonly 502: HttpErrorOptions<X>;
  readonly 503: ServiceUnavailableOptions<X>;
  readonly 504: HttpErrorOptions<X>;
  readonly 505: HttpErrorOptions<X>;
  readonly 506: HttpErrorOptions<X>;
  readonly 507: HttpErrorOptions<X>;
  readonly 508: HttpErrorOptions<X>;
  readonly 509: HttpErrorOptions<X>;
  readonly 510: HttpErrorOptions<X>;
  readonly 511: HttpErrorOptions<X>;
  readonly 520: HttpErrorOptions<X>;
  readonly 521: HttpErrorOptions<X>;
  readonly 522: HttpErrorOptions<X>;
  readonly 523: HttpErrorOptions<X>;
  readonly 524: HttpErrorOptions<X>;
  readonly 525: HttpErrorOptions<X>;
  readonly 526: HttpErrorOptions<X>;
  readonly 527: HttpErrorOptions<X>;
  readonly 529: HttpErrorOptions<X>;
  readonly 530: HttpErrorOptions<X>;
  readonly 540: HttpErrorOptions<X>;
  readonly 561: HttpErrorOptions<X>;
  readonly 598: HttpErrorOptions<X>;
  readonly 599: HttpErrorOptions<X>;
}

/** Every integer from 400 to 599 without a class here: what a plain `HttpError` from `createHttpError` or `fromResponse` can have as its status, so that a `switch` on `status` narrows. */
export type UnclassedErrorStatus =
  | 427
  | 432
  | 433
  | 434
  | 435
  | 436
  | 437
  | 438
  | 439
  | 441
  | 442
  | 443
  | 444
  | 445
  | 446
  | 447
  | 448
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
  | 499
  | 512
  | 513
  | 514
  | 515
  | 516
  | 517
  | 518
  | 519
  | 528
  | 531
  | 532
  | 533
  | 534
  | 535
  | 536
  | 537
  | 538
  | 539
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
  | 597;
