// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/**
 * 100 Continue: The server has seen the request headers and the client may go on sending the content.
 *
 * An interim response, usually an answer to a request that carried "Expect: 100-continue", telling the client that nothing so far has been rejected. The client should send the remaining request content, or ignore this response if it has already finished sending. A final response always follows later.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1 | RFC 9110, Section 15.2.1}
 */
export const CONTINUE = 100;
/**
 * 101 Switching Protocols: The server agrees to change the application protocol on this connection as the client asked.
 *
 * Sent in reply to a request with an Upgrade header field, for example to move from HTTP/1.1 to WebSocket. The response's own Upgrade field names the protocol that takes over, and it does so immediately after the empty line that ends this interim response. Only a server that can actually speak the new protocol should send it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2 | RFC 9110, Section 15.2.2}
 */
export const SWITCHING_PROTOCOLS = 101;
/**
 * 102 Processing: The server has accepted the request and is still working on it, with no final response yet.
 *
 * An interim response from WebDAV that keeps a client from timing out while the server handles a long-running request. It carries no result; the client should keep waiting for the final response. RFC 4918 dropped it from the WebDAV core, so support is uneven and many servers never send it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc2518#section-10.1 | RFC 2518, Section 10.1}
 */
export const PROCESSING = 102;
/**
 * 103 Early Hints: The server is sending header fields it expects the final response to carry, before that response is ready.
 *
 * An interim response, typically with Link fields, that lets a browser start preloading or preconnecting to resources while the server is still producing the real answer. The hints are advisory and the final response may differ. Clients that do not understand it simply ignore it.
 *
 * IANA registry: permanent. Google Gears resumable upload proposal uses 103 for "Checkpoint".
 * @see {@link https://www.rfc-editor.org/rfc/rfc8297#section-2 | RFC 8297, Section 2}
 */
export const EARLY_HINTS = 103;
/**
 * 104 Upload Resumption Supported: The server tells the client that an upload in progress can be resumed if it gets interrupted.
 *
 * An interim response defined by the IETF resumable-uploads draft (draft-ietf-httpbis-resumable-upload), sent early in an upload to say that the server can resume it and where the upload resource lives, so a client can continue after a broken connection instead of starting over. It is only a temporary IANA registration, and that registration was due to expire on 2026-11-13, so its number or details may still change. Clients that do not implement the draft ignore it like any other unknown 1xx response.
 *
 * IANA registry: temporary.
 * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/ | draft-ietf-httpbis-resumable-upload (Resumable Uploads for HTTP)}
 */
export const UPLOAD_RESUMPTION_SUPPORTED = 104;
/**
 * 200 OK: The request succeeded.
 *
 * The generic success code. What the content holds depends on the method: the target's representation for GET, a description of the outcome for POST or DELETE, and so on. Responses are heuristically cacheable unless cache controls say otherwise.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1 | RFC 9110, Section 15.3.1}
 */
export const OK = 200;
/**
 * 201 Created: The request succeeded and led to one or more new resources being created.
 *
 * Typically returned after a POST or PUT that made something new. The primary new resource is identified by the Location header field, or by the target URI when Location is absent. The content usually describes or links to what was created.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2 | RFC 9110, Section 15.3.2}
 */
export const CREATED = 201;
/**
 * 202 Accepted: The request was accepted for processing, but processing has not finished.
 *
 * Used for asynchronous work such as batch jobs or queued tasks, where the server cannot yet say whether the action will succeed. HTTP offers no way to report the outcome later, so the response should tell the client how to check on progress, for example through a status URL.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3 | RFC 9110, Section 15.3.3}
 */
export const ACCEPTED = 202;
/**
 * 203 Non-Authoritative Information: The request succeeded, but a transforming proxy changed the content the origin server sent.
 *
 * An intermediary returns this instead of 200 when it has modified the origin's successful response, so the recipient knows the content is not exactly what the origin produced. Apart from that, it is treated like 200 and is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4 | RFC 9110, Section 15.3.4}
 */
export const NON_AUTHORITATIVE_INFORMATION = 203;
/**
 * 204 No Content: The request succeeded and there is no content to send back.
 *
 * Common for PUT, DELETE or form submissions where the client needs no body in reply. The response ends with its header section and cannot carry content. A user agent should keep showing its current document, applying any metadata from the header fields.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5 | RFC 9110, Section 15.3.5}
 */
export const NO_CONTENT = 204;
/**
 * 205 Reset Content: The request succeeded and the client should reset the view that sent it.
 *
 * Meant for data-entry interfaces, telling the user agent to clear the form so the user can enter another record. The server must not send content with it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6 | RFC 9110, Section 15.3.6}
 */
export const RESET_CONTENT = 205;
/**
 * 206 Partial Content: The server is sending only the parts of the representation that a range request asked for.
 *
 * Returned for a request with a Range header field that the server can fulfil. A single part is described by Content-Range; several parts are sent as a multipart/byteranges body, each part with its own Content-Range. Clients use it to resume downloads or fetch pieces of large files.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7 | RFC 9110, Section 15.3.7}
 */
export const PARTIAL_CONTENT = 206;
/**
 * 207 Multi-Status: The response body reports a separate status for each of several resources or operations.
 *
 * A WebDAV code whose body is an XML multistatus document listing the outcome of each operation, for example per member of a collection. The 207 itself only says the body is such a report; the client has to read the individual statuses to learn what succeeded and what failed.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.1 | RFC 4918, Section 11.1}
 */
export const MULTI_STATUS = 207;
/**
 * 208 Already Reported: The members of this binding were already listed earlier in the same multistatus response.
 *
 * Defined by the WebDAV binding extension and used inside a 207 response body, so that a resource reachable through several bindings is not enumerated again and again. It belongs in the multistatus document rather than the status line of a response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.1 | RFC 5842, Section 7.1}
 */
export const ALREADY_REPORTED = 208;
/**
 * 218 This is fine: An error from the origin was passed through unchanged by a proxy that was told not to replace error pages.
 *
 * Said to be used by Apache HTTP Server based proxies when ProxyErrorOverride is enabled and the backend's error is forwarded as is, though the attribution is disputed and largely traces back to unsourced list edits. Treat it as a curiosity; nothing in HTTP assigns this number.
 *
 * Unofficial: used by Apache HTTP Server.
 */
export const THIS_IS_FINE = 218;
/**
 * 226 IM Used: The server fulfilled a GET and the content is the result of instance manipulations applied to the current instance.
 *
 * Part of delta encoding for HTTP. A client that sent A-IM asking for, say, a diff against a version it holds receives the delta instead of the full representation, and the IM header field says which manipulations were applied. Few servers implement it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1 | RFC 3229, Section 10.4.1}
 */
export const IM_USED = 226;
/**
 * 300 Multiple Choices: The target has several representations and the client or user should pick one.
 *
 * The server offers a list of alternatives, each with its own URI, and leaves the choice to the client, which is a form of reactive content negotiation. If it has a preferred choice it may name it in Location. There is no standard format for the list, so the code is rarely used.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1 | RFC 9110, Section 15.4.1}
 */
export const MULTIPLE_CHOICES = 300;
/**
 * 301 Moved Permanently: The resource now lives at a new permanent URI given in Location.
 *
 * Clients should follow the Location field and use the new URI from now on, for example by updating stored links. For historical reasons user agents may turn a POST into a GET when following it; use 308 when the method must be kept. The response is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2 | RFC 9110, Section 15.4.2}
 */
export const MOVED_PERMANENTLY = 301;
/**
 * 302 Found: The resource is temporarily at a different URI given in Location.
 *
 * The client should follow Location for this request but keep using the original URI in future. Many user agents change a POST into a GET when following it, so use 307 when the method must be preserved or 303 when the switch to GET is intended.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3 | RFC 9110, Section 15.4.3}
 */
export const FOUND = 302;
/**
 * 302 Found, under its former constant name MOVED_TEMPORARILY.
 * @deprecated Use StatusCode.FOUND
 */
export const MOVED_TEMPORARILY = 302;
/**
 * 303 See Other: The client should fetch a different resource, named in Location, with a GET request.
 *
 * Commonly sent after a POST to point the client at a page that shows the result, so that reloading does not resubmit the form. Whatever the original method, the client follows Location with GET (or HEAD). The other resource is not a replacement for the target, only related to it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4 | RFC 9110, Section 15.4.4}
 */
export const SEE_OTHER = 303;
/**
 * 304 Not Modified: The cached copy the client holds is still current, so no content is sent.
 *
 * The answer to a conditional GET or HEAD (If-None-Match or If-Modified-Since) when the representation has not changed. The client or cache should use its stored copy, refreshing it with the metadata in this response. It never carries content.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5 | RFC 9110, Section 15.4.5}
 */
export const NOT_MODIFIED = 304;
/**
 * 305 Use Proxy: The resource was meant to be accessed through a proxy named by the server.
 *
 * Earlier HTTP specifications let a server tell the client to repeat the request through a given proxy. Letting a server choose the proxy a client uses proved to be a security problem, so the code is deprecated and clients do not act on it. Servers should not send it.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6 | RFC 9110, Section 15.4.6}
 * @deprecated RFC 9110 deprecates it because letting a server pick the client's proxy is a security risk; clients ignore it.
 */
export const USE_PROXY = 305;
/**
 * 306 Switch Proxy: A reserved code that once asked clients to use a different proxy for later requests.
 *
 * An early HTTP/1.1 draft used 306 to tell a client to switch proxies for subsequent requests. The idea was dropped before standardisation, and the number is kept reserved so it is never reused. No current software should send or expect it.
 *
 * IANA registry: unused.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7 | RFC 9110, Section 15.4.7}
 * @deprecated Reserved and unused since an early HTTP/1.1 draft; RFC 9110 keeps the number only so that it is not reassigned.
 */
export const SWITCH_PROXY = 306;
/**
 * 307 Temporary Redirect: The resource is temporarily at another URI and the request must be repeated there with the same method.
 *
 * Like 302, but the client must not change the method or the content when following Location, so a POST stays a POST. The original URI stays valid for future requests. Clients may redirect automatically.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8 | RFC 9110, Section 15.4.8}
 */
export const TEMPORARY_REDIRECT = 307;
/**
 * 308 Permanent Redirect: The resource has permanently moved to another URI and the request must be repeated there with the same method.
 *
 * The method-preserving counterpart of 301, first defined in RFC 7538 and now part of RFC 9110. Clients should follow Location without changing the method or content and should use the new URI from then on. It is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9 | RFC 9110, Section 15.4.9}
 */
export const PERMANENT_REDIRECT = 308;
/**
 * 400 Bad Request: The server cannot or will not process the request because of something it sees as a client error.
 *
 * The catch-all for requests that are malformed, such as bad syntax, invalid framing or misleading routing, when no more specific 4xx code fits. The client should not repeat the request without fixing it. The content should explain what was wrong.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1 | RFC 9110, Section 15.5.1}
 */
export const BAD_REQUEST = 400;
/**
 * 401 Unauthorized: The request lacks valid credentials for the target resource.
 *
 * Despite the name, this is about authentication. The server must include a WWW-Authenticate field describing at least one scheme the client can use. The client may retry with a suitable Authorization field; if it already sent credentials, they were rejected.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2 | RFC 9110, Section 15.5.2}
 */
export const UNAUTHORIZED = 401;
/**
 * 402 Payment Required: A code reserved for future use, which some services use when payment is needed.
 *
 * HTTP has never given 402 a standard meaning. Some APIs and platforms send it when a subscription has lapsed or a quota needs a paid plan, but clients cannot rely on any common behaviour and should read the content for details.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3 | RFC 9110, Section 15.5.3}
 */
export const PAYMENT_REQUIRED = 402;
/**
 * 403 Forbidden: The server understood the request but refuses to fulfil it.
 *
 * Sent when access is denied for reasons that new or different credentials would not fix, for example missing permissions for a known user. The server may explain why in the content. When it prefers to hide that the resource exists at all, it can answer 404 instead.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4 | RFC 9110, Section 15.5.4}
 */
export const FORBIDDEN = 403;
/**
 * 404 Not Found: The server has no current representation for the target resource, or will not reveal that one exists.
 *
 * The most familiar error. It does not say whether the absence is temporary or permanent; use 410 when the resource is known to be gone for good. It is heuristically cacheable, so clients and caches may reuse it for a while.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5 | RFC 9110, Section 15.5.5}
 */
export const NOT_FOUND = 404;
/**
 * 405 Method Not Allowed: The resource exists but does not support the request method.
 *
 * The server knows the method but the target resource does not accept it, for example a DELETE on a read-only resource. The response must carry an Allow field listing the methods that are supported. The client should change the method rather than retry.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 | RFC 9110, Section 15.5.6}
 */
export const METHOD_NOT_ALLOWED = 405;
/**
 * 406 Not Acceptable: No representation of the resource matches what the request's content negotiation fields accept.
 *
 * Sent when the server cannot satisfy the client's Accept, Accept-Language or similar preferences and chooses not to fall back to a default. The content should list the available representations so that the client or user can choose one. Many servers send a default representation instead.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7 | RFC 9110, Section 15.5.7}
 */
export const NOT_ACCEPTABLE = 406;
/**
 * 407 Proxy Authentication Required: The client must authenticate with the proxy before the request is forwarded.
 *
 * The proxy-level counterpart of 401. The proxy must send a Proxy-Authenticate field with the scheme it expects, and the client may repeat the request with a Proxy-Authorization field.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8 | RFC 9110, Section 15.5.8}
 */
export const PROXY_AUTHENTICATION_REQUIRED = 407;
/**
 * 408 Request Timeout: The server gave up waiting for the client to finish sending the request.
 *
 * The client opened the connection but did not deliver a complete request within the time the server was prepared to wait. The server typically closes the connection afterwards. The client may send the same request again, usually on a new connection.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9 | RFC 9110, Section 15.5.9}
 */
export const REQUEST_TIMEOUT = 408;
/**
 * 409 Conflict: The request conflicts with the current state of the target resource.
 *
 * Typical causes are edit conflicts between versions or an attempt to create something that already exists. The content should give the client enough detail to resolve the conflict, after which it may resubmit a corrected request.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10 | RFC 9110, Section 15.5.10}
 */
export const CONFLICT = 409;
/**
 * 410 Gone: The resource is no longer available and is not expected to come back.
 *
 * A stronger form of 404 for resources that were deliberately removed. Clients that can edit links should delete references to the URI. Servers are not required to use it, and it is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11 | RFC 9110, Section 15.5.11}
 */
export const GONE = 410;
/**
 * 411 Length Required: The server needs a Content-Length header field for this request.
 *
 * The server refuses a request whose content length is not declared, for example one sent with chunked coding to a server that does not accept it. The client may repeat the request with a valid Content-Length.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12 | RFC 9110, Section 15.5.12}
 */
export const LENGTH_REQUIRED = 411;
/**
 * 412 Precondition Failed: One or more conditions in the request header fields evaluated to false.
 *
 * Returned when a condition such as If-Match or If-Unmodified-Since does not hold, which is how optimistic concurrency control prevents lost updates. The client should fetch the current state of the resource before trying again.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13 | RFC 9110, Section 15.5.13}
 */
export const PRECONDITION_FAILED = 412;
/**
 * 413 Content Too Large: The request content is larger than the server is willing or able to process.
 *
 * Formerly called Payload Too Large and, before that, Request Entity Too Large. The server may close the connection to stop the client from sending more. If the limit is temporary, it can send Retry-After to say when the client may try again; otherwise the client must send smaller content.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110, Section 15.5.14}
 */
export const CONTENT_TOO_LARGE = 413;
/**
 * 413 Content Too Large, under its former constant name PAYLOAD_TOO_LARGE.
 * @deprecated Use StatusCode.CONTENT_TOO_LARGE
 */
export const PAYLOAD_TOO_LARGE = 413;
/**
 * 413 Content Too Large, under its former constant name REQUEST_ENTITY_TOO_LARGE.
 * @deprecated Use StatusCode.CONTENT_TOO_LARGE
 */
export const REQUEST_ENTITY_TOO_LARGE = 413;
/**
 * 413 Content Too Large, under its former constant name REQUEST_TOO_LONG.
 * @deprecated Use StatusCode.CONTENT_TOO_LARGE
 */
export const REQUEST_TOO_LONG = 413;
/**
 * 414 URI Too Long: The target URI is longer than the server is willing to interpret.
 *
 * Usually caused by a form that should have used POST sending its data in the query string, by redirect loops that keep growing the URI, or by probing attacks. The client needs to shorten the URI, for example by moving data into the request content. It is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15 | RFC 9110, Section 15.5.15}
 */
export const URI_TOO_LONG = 414;
/**
 * 414 URI Too Long, under its former constant name REQUEST_URI_TOO_LONG.
 * @deprecated Use StatusCode.URI_TOO_LONG
 */
export const REQUEST_URI_TOO_LONG = 414;
/**
 * 415 Unsupported Media Type: The server will not accept the request content because of its media type or content coding.
 *
 * Sent when the Content-Type or Content-Encoding of the request is one the target resource does not handle, or when the data does not match its declared type. The server can list what it accepts in Accept or Accept-Encoding, and the client should resend in a supported format.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16 | RFC 9110, Section 15.5.16}
 */
export const UNSUPPORTED_MEDIA_TYPE = 415;
/**
 * 416 Range Not Satisfiable: None of the ranges in the request's Range header field overlap the current representation.
 *
 * Returned when the requested byte ranges lie outside the representation, for example beyond its end, or when there are too many of them. For byte ranges the server should send Content-Range with an unsatisfied range and the real length, so the client can correct its request.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110, Section 15.5.17}
 */
export const RANGE_NOT_SATISFIABLE = 416;
/**
 * 416 Range Not Satisfiable, under its former constant name REQUESTED_RANGE_NOT_SATISFIABLE.
 * @deprecated Use StatusCode.RANGE_NOT_SATISFIABLE
 */
export const REQUESTED_RANGE_NOT_SATISFIABLE = 416;
/**
 * 417 Expectation Failed: The expectation in the request's Expect header field cannot be met by at least one inbound server.
 *
 * Most often the server or a proxy on the path does not support "Expect: 100-continue". The client can repeat the request without the Expect field.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18 | RFC 9110, Section 15.5.18}
 */
export const EXPECTATION_FAILED = 417;
/**
 * 418 I'm a teapot: A joke code saying the server is a teapot and so refuses to brew coffee.
 *
 * It comes from the 1998 April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) and was copied into enough real software that RFC 9110 reserves the number as unused instead of assigning it. Some services return it playfully or to turn away requests they consider unwanted. Do not give it any meaning in a real API.
 *
 * IANA registry: unused.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19 | RFC 9110, Section 15.5.19}
 */
export const IM_A_TEAPOT = 418;
/**
 * 419 Page Expired: The CSRF token of a form submission is missing or has expired.
 *
 * The Laravel framework returns 419 when a request fails its cross-site request forgery check, most often because the session that issued the token timed out. The user should reload the page to get a fresh token and submit the form again.
 *
 * Unofficial: used by Laravel. Spring Framework uses 419 for "Insufficient Space on Resource".
 */
export const PAGE_EXPIRED = 419;
/**
 * 420 Enhance Your Calm: The client is being rate limited by the Twitter API.
 *
 * Version 1 of the Twitter Search and Trends API sent 420 to clients that made too many requests, asking them to slow down. Later versions of the API switched to the standard 429 Too Many Requests, which new services should use instead.
 *
 * Unofficial: used by Twitter. Spring Framework uses 420 for "Method Failure".
 */
export const ENHANCE_YOUR_CALM = 420;
/**
 * 421 Misdirected Request: The request reached a server that is not able to produce a response for the target URI.
 *
 * Mainly seen with HTTP/2 and HTTP/3 connection reuse, where a client sends a request for one host over a connection that was set up for another and the server is not authoritative for it. The client may retry the request over a different, freshly opened connection.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20 | RFC 9110, Section 15.5.20}
 */
export const MISDIRECTED_REQUEST = 421;
/**
 * 422 Unprocessable Content: The server understands the content type and the syntax is correct, but it cannot act on the instructions.
 *
 * Formerly Unprocessable Entity in WebDAV, now part of core HTTP. APIs use it for well-formed requests that fail validation, such as a JSON body with semantically invalid values. The client should fix the content rather than resend it unchanged.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21 | RFC 9110, Section 15.5.21}
 */
export const UNPROCESSABLE_CONTENT = 422;
/**
 * 422 Unprocessable Content, under its former constant name UNPROCESSABLE_ENTITY.
 * @deprecated Use StatusCode.UNPROCESSABLE_CONTENT
 */
export const UNPROCESSABLE_ENTITY = 422;
/**
 * 423 Locked: The source or destination resource is locked.
 *
 * A WebDAV code returned when the request would change a resource that is locked and the client did not submit the matching lock token. The client must obtain the lock, or wait until it is released, before retrying.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.3 | RFC 4918, Section 11.3}
 */
export const LOCKED = 423;
/**
 * 424 Failed Dependency: The action could not be performed because another action it depended on failed.
 *
 * A WebDAV code used, typically inside a multistatus report, when one part of a request was not carried out because a related part failed first, for example in PROPPATCH. Fixing the failed operation usually resolves this one.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.4 | RFC 4918, Section 11.4}
 */
export const FAILED_DEPENDENCY = 424;
/**
 * 425 Too Early: The server will not risk processing a request that might be a replay of TLS early data.
 *
 * Defined in RFC 8470 for requests sent in TLS 1.3 early data (0-RTT), which an attacker could replay. A client that receives it should send the request again once the handshake has completed, which user agents typically do automatically. It has nothing to do with WebDAV, despite an older draft that used the same number.
 *
 * IANA registry: permanent. WebDAV draft uses 425 for "Unordered Collection".
 * @see {@link https://www.rfc-editor.org/rfc/rfc8470#section-5.2 | RFC 8470, Section 5.2}
 */
export const TOO_EARLY = 425;
/**
 * 426 Upgrade Required: The server refuses the request over the current protocol but would accept it after the client upgrades.
 *
 * The server must send an Upgrade field naming the protocol or protocols it requires, for example a newer HTTP version or TLS. The client should repeat the request after switching to one of them.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22 | RFC 9110, Section 15.5.22}
 */
export const UPGRADE_REQUIRED = 426;
/**
 * 428 Precondition Required: The origin server requires the request to be conditional.
 *
 * Used to prevent lost updates, where a client overwrites a change it has not seen. The client should fetch the resource, then repeat the change with a condition such as If-Match. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-3 | RFC 6585, Section 3}
 */
export const PRECONDITION_REQUIRED = 428;
/**
 * 429 Too Many Requests: The client has sent too many requests in a given period and is being rate limited.
 *
 * The server may include Retry-After to say how long to wait, and the content may describe the limit. Clients should back off and try again later rather than retry at once. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-4 | RFC 6585, Section 4}
 */
export const TOO_MANY_REQUESTS = 429;
/**
 * 430 Shopify Security Rejection: Shopify rejected the request because it looked potentially malicious.
 *
 * Returned by Shopify when its security checks judge a request to be malicious. Sending the same request again will not help; the client has to change whatever triggered the rejection.
 *
 * Unofficial: used by Shopify. Shopify uses 430 for "Request Header Fields Too Large".
 */
export const SHOPIFY_SECURITY_REJECTION = 430;
/**
 * 431 Request Header Fields Too Large: The server refuses the request because its header fields are too large.
 *
 * Either one field is too big or the header section as a whole is. The content should say which, and the client can retry after trimming the fields, for example by clearing oversized cookies. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-5 | RFC 6585, Section 5}
 */
export const REQUEST_HEADER_FIELDS_TOO_LARGE = 431;
/**
 * 440 Login Time-out: The client's session has expired and the user must log in again.
 *
 * Microsoft IIS, notably Outlook Web Access and Exchange, sends 440 when the authentication session has timed out. The user has to sign in again before the request can succeed.
 *
 * Unofficial: used by Microsoft IIS.
 */
export const LOGIN_TIME_OUT = 440;
/**
 * 444 No Response: nginx closed the connection without sending any response.
 *
 * A code used only inside nginx configuration, with "return 444", to drop a connection silently, often to shake off malicious or unwanted clients. No status line is ever sent on the wire, so a client only sees the connection close; the number appears in nginx's access log.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return | nginx documentation, ngx_http_rewrite_module (return)}
 */
export const NO_RESPONSE = 444;
/**
 * 449 Retry With: The server needs more information and the request should be retried after the appropriate action.
 *
 * A Microsoft IIS extension, seen for instance in Exchange ActiveSync, asking the client to repeat the request once it has done what the server asked, such as supplying missing data. It signals that a later attempt is expected to succeed.
 *
 * Unofficial: used by Microsoft IIS.
 */
export const RETRY_WITH = 449;
/**
 * 450 Blocked by Windows Parental Controls: Windows Parental Controls are blocking access to the requested page.
 *
 * A Microsoft extension returned when family safety settings on the Windows account prevent the page from loading. Only a change to those settings, made by the account's supervisor, lifts the block.
 *
 * Unofficial: used by Microsoft.
 */
export const BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS = 450;
/**
 * 451 Unavailable For Legal Reasons: The server is denying access to the resource because of a legal demand.
 *
 * Used when content is blocked by a court order, government censorship or similar legal obligation. The response should explain the demand and should carry a Link field with rel="blocked-by" pointing at the entity that is applying the block. It is cacheable by default.
 *
 * IANA registry: permanent. Microsoft Exchange ActiveSync uses 451 for "Redirect".
 * @see {@link https://www.rfc-editor.org/rfc/rfc7725#section-3 | RFC 7725, Section 3}
 */
export const UNAVAILABLE_FOR_LEGAL_REASONS = 451;
/**
 * 460 Client Closed Connection: The client closed the connection to the load balancer before the idle timeout elapsed.
 *
 * Recorded by AWS Elastic Load Balancing in its access logs when the client hung up before the load balancer could answer, often because the client's own timeout is shorter than the load balancer's. Nothing reaches the client; raising the client timeout usually fixes it.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export const CLIENT_CLOSED_CONNECTION = 460;
/**
 * 463 X-Forwarded-For Too Large: The load balancer received an X-Forwarded-For header with too many IP addresses.
 *
 * AWS Elastic Load Balancing rejects a request whose X-Forwarded-For header lists more than 30 addresses, which usually points to a forwarding loop or a misbehaving proxy chain. The chain of proxies has to be fixed before the request can go through.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export const X_FORWARDED_FOR_TOO_LARGE = 463;
/**
 * 464 Incompatible Protocol Versions: The request's protocol version does not match what the load balancer's target group expects.
 *
 * Returned by AWS Elastic Load Balancing when, for example, an HTTP/1.1 request arrives for a target group configured for gRPC or HTTP/2 only. The client or the load balancer configuration must be changed so that the protocol versions agree.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export const INCOMPATIBLE_PROTOCOL_VERSIONS = 464;
/**
 * 494 Request Header Too Large: nginx found the request header or one of its lines too large.
 *
 * An internal nginx code for requests whose header exceeds the configured buffers. It can be mapped to a custom error page, but on the wire nginx reports it as 400 Bad Request. The client must send smaller headers.
 *
 * Unofficial: used by nginx.
 * @see {@link https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h | nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)}
 */
export const REQUEST_HEADER_TOO_LARGE = 494;
/**
 * 495 SSL Certificate Error: The client presented a TLS certificate that nginx could not verify.
 *
 * An internal nginx code used when client certificate verification fails, so that a custom error page can be shown. The client receives 400 Bad Request and must present a valid certificate.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export const SSL_CERTIFICATE_ERROR = 495;
/**
 * 496 SSL Certificate Required: nginx requires a client certificate but the client did not send one.
 *
 * An internal nginx code for servers that demand mutual TLS, available for custom error handling. The response on the wire is 400 Bad Request; the client has to connect again with a certificate.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export const SSL_CERTIFICATE_REQUIRED = 496;
/**
 * 497 HTTP Request Sent to HTTPS Port: A plain HTTP request arrived on a port where nginx expects HTTPS.
 *
 * An internal nginx code, often mapped through an error page rule to a redirect to the https URL. Without such a mapping the client receives 400 Bad Request and should use https for that port.
 *
 * Unofficial: used by nginx.
 * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
 */
export const HTTP_REQUEST_SENT_TO_HTTPS_PORT = 497;
/**
 * 498 Invalid Token: The token sent with the request has expired or is otherwise not valid.
 *
 * Esri ArcGIS Server returns 498 when the access token attached to a request is expired or invalid. The client must obtain a new token and send the request with it.
 *
 * Unofficial: used by Esri ArcGIS Server.
 */
export const INVALID_TOKEN = 498;
/**
 * 499 Client Closed Request: The client closed the connection while nginx was still processing the request.
 *
 * nginx writes 499 to its access log when a client gives up before the response is ready, for example because it timed out waiting for a slow upstream. It is only logged and never sent, since nobody is left to receive it.
 *
 * Unofficial: used by nginx. Esri ArcGIS Server uses 499 for "Token Required".
 * @see {@link https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h | nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)}
 */
export const CLIENT_CLOSED_REQUEST = 499;
/**
 * 500 Internal Server Error: The server hit an unexpected condition that kept it from fulfilling the request.
 *
 * The generic server-side failure, used when no more specific 5xx code applies. The problem lies with the server, not the request, so the same request may work later; clients can retry with a back-off, taking care with requests that are not idempotent.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1 | RFC 9110, Section 15.6.1}
 */
export const INTERNAL_SERVER_ERROR = 500;
/**
 * 501 Not Implemented: The server does not support the functionality needed to fulfil the request.
 *
 * The usual answer when the server does not recognise the request method at all and cannot support it for any resource. Unlike 405, it is not about one particular resource. It is heuristically cacheable.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2 | RFC 9110, Section 15.6.2}
 */
export const NOT_IMPLEMENTED = 501;
/**
 * 502 Bad Gateway: A gateway or proxy received an invalid response from the upstream server.
 *
 * The intermediary reached the server it forwards to, but the answer was malformed or the connection broke. The failure is usually transient, so the client may try again later.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3 | RFC 9110, Section 15.6.3}
 */
export const BAD_GATEWAY = 502;
/**
 * 503 Service Unavailable: The server cannot handle the request right now because of overload or maintenance.
 *
 * A temporary condition expected to clear after some delay. The server may say how long with Retry-After; without it, the client should treat the delay as unknown and back off. Servers sometimes use it simply to refuse a connection under load.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4 | RFC 9110, Section 15.6.4}
 */
export const SERVICE_UNAVAILABLE = 503;
/**
 * 504 Gateway Timeout: A gateway or proxy did not get a timely response from the upstream server.
 *
 * The intermediary waited for the server it forwards to, or for another service it needed, and gave up. The upstream may only be slow, so the client can retry later, bearing in mind that the first request may still have been carried out.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5 | RFC 9110, Section 15.6.5}
 */
export const GATEWAY_TIMEOUT = 504;
/**
 * 505 HTTP Version Not Supported: The server does not support the major HTTP version used in the request.
 *
 * The server cannot or will not complete the request using the same major protocol version as the client. The content should say which versions are supported, and the client should repeat the request with one of them.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6 | RFC 9110, Section 15.6.6}
 */
export const HTTP_VERSION_NOT_SUPPORTED = 505;
/**
 * 506 Variant Also Negotiates: The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.
 *
 * Part of the experimental transparent content negotiation scheme. The variant the server picked is itself set up to negotiate, which would make the process loop, so this is a server configuration error that the client cannot fix.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc2295#section-8.1 | RFC 2295, Section 8.1}
 */
export const VARIANT_ALSO_NEGOTIATES = 506;
/**
 * 507 Insufficient Storage: The server cannot store the representation it needs to complete the request.
 *
 * A WebDAV code for when the server runs out of space, for example while handling PUT or COPY. The request may succeed once space is freed, but that depends on someone acting on the server side.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.5 | RFC 4918, Section 11.5}
 */
export const INSUFFICIENT_STORAGE = 507;
/**
 * 508 Loop Detected: The server stopped an operation because it found an infinite loop.
 *
 * Defined by the WebDAV binding extension for requests with "Depth: infinity" that run into a cycle of bindings. The whole operation fails. Clients should not expect a repeat of the same request to behave differently.
 *
 * IANA registry: permanent. cPanel uses 508 for "Resource Limit Is Reached".
 * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.2 | RFC 5842, Section 7.2}
 */
export const LOOP_DETECTED = 508;
/**
 * 509 Bandwidth Limit Exceeded: The site has used up the bandwidth its hosting plan allows.
 *
 * Sent by Apache HTTP Server bandwidth-limiting modules and by shared hosts such as cPanel when a site exceeds its traffic allowance. The limit normally resets after the accounting period, so the request may succeed later. IANA leaves 509 unassigned.
 *
 * Unofficial: used by Apache HTTP Server.
 */
export const BANDWIDTH_LIMIT_EXCEEDED = 509;
/**
 * 510 Not Extended: The request does not meet the extension policy needed to access the resource.
 *
 * Defined by the HTTP Extension Framework, which let a server demand that a client use a particular mandatory extension. That framework never saw wide use and has been moved to Historic status, so IANA now lists 510 as obsoleted.
 *
 * IANA registry: obsoleted.
 * @see {@link https://www.rfc-editor.org/rfc/rfc2774#section-7 | RFC 2774, Section 7}
 * @deprecated The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.
 */
export const NOT_EXTENDED = 510;
/**
 * 511 Network Authentication Required: The client must authenticate to gain network access.
 *
 * Sent by intercepting proxies such as captive portals on public Wi-Fi, not by origin servers. The content should link to a page where the user can log in or accept terms. Caches must not store this response.
 *
 * IANA registry: permanent.
 * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-6 | RFC 6585, Section 6}
 */
export const NETWORK_AUTHENTICATION_REQUIRED = 511;
/**
 * 520 Web Server Returned an Unknown Error: The origin server gave Cloudflare an empty, unknown or unexpected response.
 *
 * A Cloudflare catch-all for origin responses it cannot make sense of, such as a reset connection or a malformed reply. It is often transient, so the visitor can retry; the site owner should check the origin's logs.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/ | Cloudflare documentation, Error 520}
 */
export const WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR = 520;
/**
 * 521 Web Server Is Down: The origin server refused the connection from Cloudflare.
 *
 * Cloudflare could not open a connection because the origin is offline or a firewall is blocking Cloudflare's addresses. The visitor can try again later; the site owner has to bring the origin back or allow Cloudflare's IP ranges.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/ | Cloudflare documentation, Error 521}
 */
export const WEB_SERVER_IS_DOWN = 521;
/**
 * 522 Connection Timed Out: Cloudflare timed out trying to establish a TCP connection with the origin server.
 *
 * The origin did not complete the TCP handshake in time, typically because it is overloaded or packets are being dropped. It is a transient gateway failure, so the request may succeed on a later attempt.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/ | Cloudflare documentation, Error 522}
 */
export const CONNECTION_TIMED_OUT = 522;
/**
 * 523 Origin Is Unreachable: Cloudflare could not reach the origin server at all.
 *
 * Usually the origin's DNS records point to the wrong address or there is a routing problem on the way to it. The visitor can retry later, but the site owner normally needs to correct the DNS or network setup.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/ | Cloudflare documentation, Error 523}
 */
export const ORIGIN_IS_UNREACHABLE = 523;
/**
 * 524 A Timeout Occurred: Cloudflare connected to the origin but got no HTTP response before its timeout.
 *
 * The origin accepted the connection and then took too long to answer, often because of a slow query or long job. The request may finish quickly on a later try; long-running work is better moved to an asynchronous pattern such as 202 with polling.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/ | Cloudflare documentation, Error 524}
 */
export const A_TIMEOUT_OCCURRED = 524;
/**
 * 525 SSL Handshake Failed: The TLS handshake between Cloudflare and the origin server failed.
 *
 * Cloudflare could not negotiate TLS with the origin, for example because the origin has no certificate configured or supports no common cipher. The site owner must fix the origin's TLS setup.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/ | Cloudflare documentation, Error 525}
 */
export const SSL_HANDSHAKE_FAILED = 525;
/**
 * 526 Invalid SSL Certificate: Cloudflare could not validate the origin server's TLS certificate.
 *
 * With strict certificate checking, Cloudflare rejects an origin certificate that is expired, self-signed or issued for another name. The Cloud Foundry gorouter uses the same code when a backend presents a certificate it cannot validate. The origin's certificate must be fixed.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/ | Cloudflare documentation, Error 526}
 */
export const INVALID_SSL_CERTIFICATE = 526;
/**
 * 527 Railgun Error: The connection between Cloudflare and the origin's Railgun listener failed.
 *
 * Railgun was a Cloudflare product that compressed traffic between its edge and the origin, and 527 reported a broken or timed-out Railgun link. Such failures were usually temporary. Railgun has been discontinued, so the code no longer appears.
 *
 * Unofficial: used by Cloudflare.
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/ | Cloudflare documentation, Cloudflare 5xx errors}
 * @deprecated Cloudflare has discontinued Railgun, so this error can no longer occur.
 */
export const RAILGUN_ERROR = 527;
/**
 * 529 Site Is Overloaded: The Qualys SSL Labs API is overloaded and cannot take the request now.
 *
 * The SSL Labs assessment API answers 529 when it is under too much load. Its documentation asks clients to pause for several minutes before trying again.
 *
 * Unofficial: used by Qualys SSL Labs.
 * @see {@link https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md | SSL Labs API v3 documentation}
 */
export const SITE_IS_OVERLOADED = 529;
/**
 * 530 Origin Unavailable: Cloudflare could not serve the request because of an origin problem described by a 1xxx error.
 *
 * Cloudflare returns 530 together with one of its own 1xxx error codes in the page, for example when the origin's DNS cannot be resolved. The 1xxx code identifies the real cause, which the site owner has to fix.
 *
 * Unofficial: used by Cloudflare. Pantheon uses 530 for "Site Is Frozen".
 * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/ | Cloudflare documentation, Cloudflare 5xx errors}
 */
export const ORIGIN_UNAVAILABLE = 530;
/**
 * 540 Temporarily Disabled: The requested Shopify endpoint has been temporarily disabled.
 *
 * Shopify uses 540 when the requested resource or API endpoint has been switched off for the time being. The client should not depend on the endpoint until Shopify enables it again.
 *
 * Unofficial: used by Shopify.
 */
export const TEMPORARILY_DISABLED = 540;
/**
 * 561 Unauthorized: The identity provider reported an error while the load balancer was authenticating the user.
 *
 * Sent by an AWS Application Load Balancer whose listener rule authenticates users (through Amazon Cognito or an OpenID Connect provider) when the identity provider answers the authentication step with an error. The fault lies in the identity provider or in the rule's configuration, not in the client's request, so repeating the request does not help until that is fixed.
 *
 * Unofficial: used by AWS Elastic Load Balancing.
 * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
 */
export const IDENTITY_PROVIDER_ERROR = 561;
/**
 * 598 Network Read Timeout Error: A proxy timed out while reading the response from the upstream server.
 *
 * An informal convention used by some HTTP proxies and client libraries to report a read timeout behind the proxy, distinct from a plain 504. The condition is transient, so the request may succeed when retried.
 *
 * Unofficial: used by Informal convention.
 */
export const NETWORK_READ_TIMEOUT_ERROR = 598;
/**
 * 599 Network Connect Timeout Error: A proxy timed out while trying to connect to the upstream server.
 *
 * An informal convention, used for example by some proxies and HTTP client libraries, to report that the connection to the next hop could not be opened in time. It is transient, so the request may succeed when retried.
 *
 * Unofficial: used by Informal convention.
 */
export const NETWORK_CONNECT_TIMEOUT_ERROR = 599;
/**
 * 783 Unexpected Token: Shopify could not parse the JSON in the request.
 *
 * Shopify returns 783 when the request body contains a JSON syntax error. The code lies outside the ranges HTTP defines, so generic clients may not classify it; the client must fix the JSON before resending.
 *
 * Unofficial: used by Shopify.
 */
export const UNEXPECTED_TOKEN = 783;
/**
 * 999 Request Denied: LinkedIn refused the request, typically because it looks automated.
 *
 * LinkedIn answers 999 to clients it suspects of scraping or other automated access, such as requests without a normal browser profile or at too high a rate. The number lies outside the ranges HTTP defines. Access through LinkedIn's official APIs avoids it.
 *
 * Unofficial: used by LinkedIn.
 */
export const REQUEST_DENIED = 999;
