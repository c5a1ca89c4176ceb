// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/** The shape of `StatusCode`: one read-only constant per key, documented from the spec. */
export interface StatusCodeConstants {
  /**
   * 100 Continue: So far the server has not turned the request down, and the client can send the rest of it.
   *
   * An interim response, normally the reply to a request that announced "Expect: 100-continue" before sending a large body. The client goes on transmitting the content and discards this response; a client that did not ask for it can simply ignore it. The final response follows once the server has received the whole request and acted on it.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1 | RFC 9110, Section 15.2.1}
   */
  readonly CONTINUE: 100;
  /**
   * 101 Switching Protocols: The server is switching this connection to the protocol the client asked for in its Upgrade header field.
   *
   * The server's yes to a request whose Upgrade header field asked to change protocols, for example from HTTP/1.1 to WebSocket. The response must name the protocol that takes over in its own Upgrade field, and that protocol starts right after the empty line that ends this interim response. In HTTP/1.1 the response also lists upgrade in its Connection field, as every message carrying Upgrade must (RFC 9110, Section 7.8). A server is expected to agree only when the switch is to its advantage. HTTP/2 and HTTP/3 have no 101 (RFC 9113, Section 8.6): they change protocols by other means.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2 | RFC 9110, Section 15.2.2}
   */
  readonly SWITCHING_PROTOCOLS: 101;
  /**
   * 102 Processing: An interim notice that the request is still being worked on and that the final response will follow.
   *
   * A WebDAV interim response for requests that take a long time, such as a COPY of a large collection, sent so that the client does not give up on a connection that has gone quiet. It carries no result, and the final response comes later. RFC 4918, which replaced RFC 2518, no longer defines it, so support is uneven and many servers never send it, but the IANA registry still lists it as permanent.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc2518#section-10.1 | RFC 2518, Section 10.1}
   */
  readonly PROCESSING: 102;
  /**
   * 103 Early Hints: The server is sending header fields it expects the final response to carry, before that response is ready.
   *
   * An interim response, usually made of Link fields, that a server sends while it is still working out the final response. A browser can act on the hints at once, fetching style sheets and scripts or opening connections to other origins, and so save a round trip. The hints are advisory: the final response may differ, and clients that do not understand 103 ignore it.
   *
   * IANA registry: permanent. Google Gears resumable upload proposal uses 103 for "Checkpoint".
   * @see {@link https://www.rfc-editor.org/rfc/rfc8297#section-2 | RFC 8297, Section 2}
   */
  readonly EARLY_HINTS: 103;
  /**
   * 104 Upload Resumption Supported: The server tells the client that an upload in progress can be resumed if it gets interrupted.
   *
   * An interim response defined by the IETF resumable-uploads draft (draft-ietf-httpbis-resumable-upload). A server that has created an upload resource announces it early in the upload with a Location field pointing at that resource, so that a client can continue after a broken connection instead of starting over; later 104 responses may report progress. It is only a temporary IANA registration, and that registration was due to expire on 2026-11-13, so its number or details may still change. Clients that do not implement the draft ignore it like any other unknown 1xx response.
   *
   * IANA registry: temporary.
   * @see {@link https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/ | draft-ietf-httpbis-resumable-upload (Resumable Uploads for HTTP)}
   */
  readonly UPLOAD_RESUMPTION_SUPPORTED: 104;
  /**
   * 200 OK: The server carried out the request successfully.
   *
   * The generic success code. What the content holds depends on the method: the target's representation for GET, a description of the outcome for POST or DELETE, and so on. Responses are heuristically cacheable unless cache controls say otherwise.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1 | RFC 9110, Section 15.3.1}
   */
  readonly OK: 200;
  /**
   * 201 Created: The server carried out the request by creating one or more new resources.
   *
   * Typically returned after a POST or PUT that made something new. The primary new resource is identified by the Location header field, or by the target URI when Location is absent. The content usually describes or links to what was created.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2 | RFC 9110, Section 15.3.2}
   */
  readonly CREATED: 201;
  /**
   * 202 Accepted: The server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed.
   *
   * Used for asynchronous work such as batch jobs or queued tasks, where the server cannot yet say whether the action will succeed. HTTP offers no way to report the outcome later, so the response should tell the client how to check on progress, for example through a status URL.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3 | RFC 9110, Section 15.3.3}
   */
  readonly ACCEPTED: 202;
  /**
   * 203 Non-Authoritative Information: A successful response that a proxy on the way has altered, so it is not exactly what the origin sent.
   *
   * An intermediary sends this instead of 200 when it has modified the origin's successful response, so that recipients know the content is not exactly what the origin produced, which can matter for later decisions about it. Like 200, it is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4 | RFC 9110, Section 15.3.4}
   */
  readonly NON_AUTHORITATIVE_INFORMATION: 203;
  /**
   * 204 No Content: The request succeeded and the response deliberately carries no content.
   *
   * Common for PUT, DELETE or form submissions where the client needs no body in reply. The response ends with its header section and cannot carry content. A user agent should keep showing its current document, applying any metadata from the header fields.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5 | RFC 9110, Section 15.3.5}
   */
  readonly NO_CONTENT: 204;
  /**
   * 205 Reset Content: The request succeeded and the user agent should reset the form or view the request came from.
   *
   * Meant for data-entry interfaces, telling the user agent to clear the form so the user can enter another record. The server must not send content with it.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6 | RFC 9110, Section 15.3.6}
   */
  readonly RESET_CONTENT: 205;
  /**
   * 206 Partial Content: The response holds just the byte ranges the client asked for with a Range header field, not the whole representation.
   *
   * Returned for a request with a Range header field that the server can fulfil. A single part comes with a Content-Range field saying which bytes it holds; several parts are sent as a multipart/byteranges body with a Content-Range in each part and none in the header section. The response must also repeat the Date, Cache-Control, ETag, Expires, Content-Location and Vary fields that a 200 to the same request would have carried. Download managers and media players rely on it to continue an interrupted transfer or to seek within a large file.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7 | RFC 9110, Section 15.3.7}
   */
  readonly PARTIAL_CONTENT: 206;
  /**
   * 207 Multi-Status: The response body reports a separate status for each of several resources or operations.
   *
   * A WebDAV code whose body is an XML multistatus document listing the outcome of each operation, for example per member of a collection. The 207 itself only says the body is such a report; the client has to read the individual statuses to learn what succeeded and what failed.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.1 | RFC 4918, Section 11.1}
   */
  readonly MULTI_STATUS: 207;
  /**
   * 208 Already Reported: Stands in for a binding's members that this multistatus response has reported already, so they are not listed twice.
   *
   * Defined by the WebDAV binding extension and used inside a 207 response body, so that a resource reachable through several bindings is not enumerated again and again. It belongs in the multistatus document rather than the status line of a response.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.1 | RFC 5842, Section 7.1}
   */
  readonly ALREADY_REPORTED: 208;
  /**
   * 218 This is fine: An error from the origin was passed through unchanged by a proxy that was told not to replace error pages.
   *
   * Said to be used by Apache HTTP Server based proxies when ProxyErrorOverride is enabled and the backend's error is forwarded as is, though the attribution is disputed and largely traces back to unsourced list edits. Treat it as a curiosity; nothing in HTTP assigns this number.
   *
   * Unofficial: used by Apache HTTP Server.
   */
  readonly THIS_IS_FINE: 218;
  /**
   * 226 IM Used: The server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result.
   *
   * Part of delta encoding for HTTP. A client that sent A-IM asking for, say, a diff against a version it holds receives the delta instead of the full representation. The IM header field names the manipulations that were applied, and the response must carry an ETag field that identifies the current version. Few servers implement it.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1 | RFC 3229, Section 10.4.1}
   */
  readonly IM_USED: 226;
  /**
   * 300 Multiple Choices: Several representations of the target are available, and the choice among them is left to the client or the user.
   *
   * The server offers a list of alternatives, each with its own URI, and leaves the choice to the client, which is a form of reactive content negotiation. If it has a preferred choice it should name it in Location. There is no standard format for the list, so the code is rarely used.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1 | RFC 9110, Section 15.4.1}
   */
  readonly MULTIPLE_CHOICES: 300;
  /**
   * 301 Moved Permanently: The target has a new permanent URI, named in Location, which clients should use from now on.
   *
   * Clients should follow the Location field and use the new URI from now on, for example by updating stored links. For historical reasons user agents may turn a POST into a GET when following it; use 308 when the method must be kept. The response is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2 | RFC 9110, Section 15.4.2}
   */
  readonly MOVED_PERMANENTLY: 301;
  /**
   * 302 Found: For now the resource is at another URI, given in Location, and the original URI stays in use.
   *
   * The client should follow Location for this request but keep using the original URI in future. Many user agents change a POST into a GET when following it, so use 307 when the method must be preserved or 303 when the switch to GET is intended.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3 | RFC 9110, Section 15.4.3}
   */
  readonly FOUND: 302;
  /**
   * 302 Found, under its former constant name MOVED_TEMPORARILY.
   * @deprecated Use StatusCode.FOUND
   */
  readonly MOVED_TEMPORARILY: 302;
  /**
   * 303 See Other: The server points the client at a different resource, named in Location, to be retrieved with GET.
   *
   * Commonly sent after a POST to point the client at a page that shows the result, so that reloading does not resubmit the form. Whatever the original method, the client follows Location with GET (or HEAD). The other resource is not a replacement for the target, only related to it.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4 | RFC 9110, Section 15.4.4}
   */
  readonly SEE_OTHER: 303;
  /**
   * 304 Not Modified: The cached copy the client holds is still current, so no content is sent.
   *
   * The answer to a conditional GET or HEAD (If-None-Match or If-Modified-Since) when the selected representation has not changed. It never carries content. The client or cache reuses its stored copy and refreshes that copy's metadata from this response, which must repeat the Cache-Control, Content-Location, Date, ETag, Expires and Vary fields that a 200 to the same request would have carried.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5 | RFC 9110, Section 15.4.5}
   */
  readonly NOT_MODIFIED: 304;
  /**
   * 305 Use Proxy: A deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing.
   *
   * Earlier HTTP specifications let a server name a proxy that the client had to send the request through again. Letting a server steer a client's traffic that way was judged a security risk, so RFC 7231 deprecated the code and user agents ignore it. Servers should not send it.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6 | RFC 9110, Section 15.4.6}
   * @deprecated Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.
   */
  readonly USE_PROXY: 305;
  /**
   * 306 Switch Proxy: A reserved number that a 1997 proposal used to ask a client to switch to another proxy.
   *
   * A 1997 Internet-Draft in the HTTP working group, separate from the HTTP/1.1 specification, proposed 306 "Switch Proxy" to tell a client that already used a proxy to move to another one for later requests. The proposal was never adopted; RFC 2616 already listed 306 as unused, and RFC 9110 keeps the number reserved so that it is never reassigned. No current software sends or expects it.
   *
   * IANA registry: unused.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7 | RFC 9110, Section 15.4.7}
   * @deprecated Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.
   */
  readonly SWITCH_PROXY: 306;
  /**
   * 307 Temporary Redirect: A temporary redirect to the URI in Location, to be followed with the same method and content.
   *
   * The redirect to use when the method matters: unlike 302, the client has to repeat the request at Location with the same method and content, so a form POST is sent again as a POST. Later requests still go to the original URI. Clients may follow it automatically.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8 | RFC 9110, Section 15.4.8}
   */
  readonly TEMPORARY_REDIRECT: 307;
  /**
   * 308 Permanent Redirect: A permanent redirect to the URI in Location, to be followed with the same method and content.
   *
   * The method-preserving counterpart of 301. It was first defined in RFC 7238 (Experimental, 2014), moved to the standards track by RFC 7538 in 2015, and is now part of RFC 9110. Clients should follow Location without changing the method or content and should use the new URI from then on. It is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9 | RFC 9110, Section 15.4.9}
   */
  readonly PERMANENT_REDIRECT: 308;
  /**
   * 400 Bad Request: The server will not process the request because it sees a fault on the client's side, such as malformed syntax.
   *
   * The catch-all for requests that the server judges to be the client's fault when no more specific 4xx code fits: a body that does not parse, header fields that contradict each other, a message whose length cannot be worked out. The client should correct the request before sending it again, and the content should explain what was wrong.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1 | RFC 9110, Section 15.5.1}
   */
  readonly BAD_REQUEST: 400;
  /**
   * 401 Unauthorized: The request needs valid authentication credentials, and it carried none or ones the server rejected.
   *
   * The name is historical: the code is about authentication, while 403 is for a client the server has identified but will not let in. The server must include a WWW-Authenticate field naming at least one scheme the client can use. The client may retry with a suitable Authorization field; if it already sent credentials, they were rejected.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2 | RFC 9110, Section 15.5.2}
   */
  readonly UNAUTHORIZED: 401;
  /**
   * 402 Payment Required: Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed.
   *
   * HTTP has never given 402 a standard meaning. Some APIs and platforms send it when a subscription has lapsed or a quota needs a paid plan, but clients cannot rely on any common behaviour and should read the content for details.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3 | RFC 9110, Section 15.5.3}
   */
  readonly PAYMENT_REQUIRED: 402;
  /**
   * 403 Forbidden: The server understood the request and will not carry it out.
   *
   * The server refuses the request and may say why in the content. If the request carried credentials, the server judged them insufficient: the client should not resend the same credentials automatically, but it may try again with new or different ones. The refusal can also have nothing to do with credentials. A server that prefers to hide that the resource exists can answer 404 instead.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4 | RFC 9110, Section 15.5.4}
   */
  readonly FORBIDDEN: 403;
  /**
   * 404 Not Found: Nothing is available at the target URI, or the server prefers not to say whether anything is.
   *
   * The most familiar error. It does not say whether the absence is temporary or permanent; use 410 when the resource is known to be gone for good. It is heuristically cacheable, so clients and caches may reuse it for a while.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5 | RFC 9110, Section 15.5.5}
   */
  readonly NOT_FOUND: 404;
  /**
   * 405 Method Not Allowed: The resource exists but does not support the request method.
   *
   * The server implements the method, but not for this resource, for example DELETE on a read-only collection. The response must carry an Allow field listing the methods the resource does support. The client should switch to one of them rather than retry.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6 | RFC 9110, Section 15.5.6}
   */
  readonly METHOD_NOT_ALLOWED: 405;
  /**
   * 406 Not Acceptable: No representation of the resource matches what the request's content negotiation fields accept.
   *
   * Sent when the server cannot satisfy the client's Accept, Accept-Language or similar preferences and chooses not to fall back to a default. The content should list the available representations so that the client or user can choose one. Many servers send a default representation instead.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7 | RFC 9110, Section 15.5.7}
   */
  readonly NOT_ACCEPTABLE: 406;
  /**
   * 407 Proxy Authentication Required: A proxy on the way wants the client to authenticate with it before it forwards the request.
   *
   * The proxy-level counterpart of 401. The proxy must send a Proxy-Authenticate field with the scheme it expects, and the client may repeat the request with a Proxy-Authorization field.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8 | RFC 9110, Section 15.5.8}
   */
  readonly PROXY_AUTHENTICATION_REQUIRED: 407;
  /**
   * 408 Request Timeout: The server stopped waiting for a request that the client did not finish sending in time.
   *
   * The client opened the connection but did not deliver a complete request within the time the server was prepared to wait, and the server gives up on it, usually by closing the connection. A client with a request still in transit may send it again; in HTTP/1.1 the old connection is no longer usable, since the framing may be out of step, so the retry goes over a new one.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9 | RFC 9110, Section 15.5.9}
   */
  readonly REQUEST_TIMEOUT: 408;
  /**
   * 409 Conflict: The resource's current state does not allow the change the request asks for.
   *
   * For example, a PUT based on an outdated version of a document, or an attempt to create a record whose unique name is already taken. The content should tell the client enough to sort out the conflict, after which it may send a corrected request.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10 | RFC 9110, Section 15.5.10}
   */
  readonly CONFLICT: 409;
  /**
   * 410 Gone: The resource has been removed on purpose, and the server expects it never to return.
   *
   * A stronger form of 404 for resources that were deliberately removed. Clients that can edit links should delete references to the URI. Servers are not required to use it, and it is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11 | RFC 9110, Section 15.5.11}
   */
  readonly GONE: 410;
  /**
   * 411 Length Required: The server needs a Content-Length header field for this request.
   *
   * The server will not take content of undeclared length, for example a chunked upload to a server that insists on knowing the size in advance. The client may repeat the request with a valid Content-Length.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12 | RFC 9110, Section 15.5.12}
   */
  readonly LENGTH_REQUIRED: 411;
  /**
   * 412 Precondition Failed: A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.
   *
   * Returned when a condition such as If-Match or If-Unmodified-Since does not hold, which is how optimistic concurrency control prevents lost updates. The client should fetch the current state of the resource before trying again.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13 | RFC 9110, Section 15.5.13}
   */
  readonly PRECONDITION_FAILED: 412;
  /**
   * 413 Content Too Large: The server refuses the request because its content exceeds a size limit.
   *
   * Formerly called Payload Too Large and, before that, Request Entity Too Large. The server may close the connection to stop the client from sending more. If the limit is temporary, it can send Retry-After to say when the client may try again; otherwise the client must send smaller content.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14 | RFC 9110, Section 15.5.14}
   */
  readonly CONTENT_TOO_LARGE: 413;
  /**
   * 413 Content Too Large, under its former constant name PAYLOAD_TOO_LARGE.
   * @deprecated Use StatusCode.CONTENT_TOO_LARGE
   */
  readonly PAYLOAD_TOO_LARGE: 413;
  /**
   * 413 Content Too Large, under its former constant name REQUEST_ENTITY_TOO_LARGE.
   * @deprecated Use StatusCode.CONTENT_TOO_LARGE
   */
  readonly REQUEST_ENTITY_TOO_LARGE: 413;
  /**
   * 413 Content Too Large, under its former constant name REQUEST_TOO_LONG.
   * @deprecated Use StatusCode.CONTENT_TOO_LARGE
   */
  readonly REQUEST_TOO_LONG: 413;
  /**
   * 414 URI Too Long: The target URI exceeds the length the server is prepared to parse.
   *
   * Usually caused by a form that should have used POST sending its data in the query string, by redirect loops that keep growing the URI, or by probing attacks. The client needs to shorten the URI, for example by moving data into the request content. It is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15 | RFC 9110, Section 15.5.15}
   */
  readonly URI_TOO_LONG: 414;
  /**
   * 414 URI Too Long, under its former constant name REQUEST_URI_TOO_LONG.
   * @deprecated Use StatusCode.URI_TOO_LONG
   */
  readonly REQUEST_URI_TOO_LONG: 414;
  /**
   * 415 Unsupported Media Type: The server will not accept the request content because of its media type or content coding.
   *
   * Sent when the Content-Type or Content-Encoding of the request is one the target resource does not handle, or when the data does not match its declared type. The server can list what it accepts in Accept or Accept-Encoding, and the client should resend in a supported format.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16 | RFC 9110, Section 15.5.16}
   */
  readonly UNSUPPORTED_MEDIA_TYPE: 415;
  /**
   * 416 Range Not Satisfiable: The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.
   *
   * None of the requested byte ranges overlaps the current representation, for instance because they all start after its last byte, or the request asks for so many small or overlapping ranges that the server declines. For byte ranges the server should send Content-Range with an unsatisfied range and the real length, so the client can correct its request.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17 | RFC 9110, Section 15.5.17}
   */
  readonly RANGE_NOT_SATISFIABLE: 416;
  /**
   * 416 Range Not Satisfiable, under its former constant name REQUESTED_RANGE_NOT_SATISFIABLE.
   * @deprecated Use StatusCode.RANGE_NOT_SATISFIABLE
   */
  readonly REQUESTED_RANGE_NOT_SATISFIABLE: 416;
  /**
   * 417 Expectation Failed: The request's Expect field asks for something that the server, or a proxy on the path, does not provide.
   *
   * Most often the server or a proxy on the path does not support "Expect: 100-continue". The client can repeat the request without the Expect field.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18 | RFC 9110, Section 15.5.18}
   */
  readonly EXPECTATION_FAILED: 417;
  /**
   * 418 I'm a teapot: An April Fools' code with which a server claims to be a teapot that cannot make coffee.
   *
   * It comes from the 1998 April Fools' Hyper Text Coffee Pot Control Protocol (RFC 2324) and was copied into enough real software that RFC 9110 reserves the number as unused instead of assigning it. Some services return it playfully or to turn away requests they consider unwanted. Do not give it any meaning in a real API.
   *
   * IANA registry: unused.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19 | RFC 9110, Section 15.5.19}
   */
  readonly IM_A_TEAPOT: 418;
  /**
   * 419 Page Expired: Laravel refused a form submission whose anti-CSRF token was absent or out of date.
   *
   * The Laravel framework returns 419 when a request fails its cross-site request forgery check, most often because the session that issued the token timed out. The user should reload the page to get a fresh token and submit the form again.
   *
   * Unofficial: used by Laravel. Spring Framework uses 419 for "Insufficient Space On Resource".
   * @see {@link https://github.com/laravel/framework/blob/c1b04b2857436858bebdb53fc2d6ce7417cbe09e/src/Illuminate/Foundation/Exceptions/Handler.php | Laravel source, src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException rendered as 419)}
   */
  readonly PAGE_EXPIRED: 419;
  /**
   * 420 Enhance Your Calm: Twitter's API was throttling the app for sending too many requests.
   *
   * Twitter's API answered 420 when an app was being rate limited: its Search API began doing so in January 2010, and the documentation of its standard API listed 420 for rate limiting beside 429. The client should slow down and try again after a pause. X, as Twitter is now called, reports rate limiting with 429 Too Many Requests, which new services should use as well.
   *
   * Unofficial: used by Twitter. Spring Framework uses 420 for "Method Failure".
   * @see {@link https://web.archive.org/web/2019/https://developer.twitter.com/en/docs/basics/response-codes | X (Twitter) developer documentation, Response codes (standard API), archived English page}
   * @deprecated X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.
   */
  readonly ENHANCE_YOUR_CALM: 420;
  /**
   * 421 Misdirected Request: The server that received the request cannot give an authoritative answer for its target URI.
   *
   * Mainly seen with HTTP/2 and HTTP/3 connection reuse, where a client sends a request for one host over a connection that was set up for another and the server is not authoritative for it. The client may send the same request again, whatever its method, over a different, freshly opened connection.
   *
   * IANA registry: permanent. Spring Framework uses 421 for "Destination Locked".
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20 | RFC 9110, Section 15.5.20}
   */
  readonly MISDIRECTED_REQUEST: 421;
  /**
   * 422 Unprocessable Content: The server understands the content's type and syntax but cannot act on what it says.
   *
   * Formerly Unprocessable Entity in WebDAV, now part of core HTTP. APIs use it for well-formed requests that fail validation, such as a JSON body with semantically invalid values. The client should fix the content rather than resend it unchanged.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21 | RFC 9110, Section 15.5.21}
   */
  readonly UNPROCESSABLE_CONTENT: 422;
  /**
   * 422 Unprocessable Content, under its former constant name UNPROCESSABLE_ENTITY.
   * @deprecated Use StatusCode.UNPROCESSABLE_CONTENT
   */
  readonly UNPROCESSABLE_ENTITY: 422;
  /**
   * 423 Locked: A lock on the source or destination resource keeps the request from going through.
   *
   * A WebDAV code returned when the request would change a resource that is locked and the client did not submit the matching lock token. The client must obtain the lock, or wait until it is released, before retrying.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.3 | RFC 4918, Section 11.3}
   */
  readonly LOCKED: 423;
  /**
   * 424 Failed Dependency: An operation was skipped because another operation it relied on failed.
   *
   * A WebDAV code found mostly inside multistatus reports. When one request carries several operations that must succeed or fail together and one of them fails, the others are reported with 424. Fixing the operation that failed usually clears this one.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.4 | RFC 4918, Section 11.4}
   */
  readonly FAILED_DEPENDENCY: 424;
  /**
   * 425 Too Early: The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.
   *
   * Defined in RFC 8470 for requests sent in TLS 1.3 early data (0-RTT), which an attacker could replay. A client that receives it should send the request again once the handshake has completed, which user agents typically do automatically. It has nothing to do with WebDAV, despite an older draft that used the same number.
   *
   * IANA registry: permanent. WebDAV draft uses 425 for "Unordered Collection".
   * @see {@link https://www.rfc-editor.org/rfc/rfc8470#section-5.2 | RFC 8470, Section 5.2}
   */
  readonly TOO_EARLY: 425;
  /**
   * 426 Upgrade Required: The server insists on a different protocol, named in its Upgrade field, before it will handle the request.
   *
   * The server must send an Upgrade field naming the protocol or protocols it requires, for example a newer HTTP version or TLS; in HTTP/1.1 the Connection field then lists upgrade too (RFC 9110, Section 7.8). The client should repeat the request after switching to one of them.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22 | RFC 9110, Section 15.5.22}
   */
  readonly UPGRADE_REQUIRED: 426;
  /**
   * 428 Precondition Required: The server will act on this kind of request only when it carries a condition such as If-Match.
   *
   * Asked for by servers that want to prevent lost updates, where one client overwrites a change made by another that it never saw. The client should fetch the resource, then repeat the change with a condition such as If-Match. Caches must not store this response.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-3 | RFC 6585, Section 3}
   */
  readonly PRECONDITION_REQUIRED: 428;
  /**
   * 429 Too Many Requests: The client has gone over the server's limit on how many requests it may send.
   *
   * The server may include Retry-After to say how long to wait, and the content may describe the limit. Clients should back off and try again later rather than retry at once. Caches must not store this response.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-4 | RFC 6585, Section 4}
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * 430 Shopify Security Rejection: Shopify's security checks flagged the request as possibly malicious and refused it.
   *
   * Returned by Shopify when its security checks judge a request to be malicious. Sending the same request again will not help; the client has to change whatever triggered the rejection.
   *
   * Unofficial: used by Shopify. Shopify uses 430 for "Request Header Fields Too Large".
   * @see {@link https://shopify.dev/docs/api/usage/response-codes | Shopify API documentation, Response status and error codes}
   */
  readonly SHOPIFY_SECURITY_REJECTION: 430;
  /**
   * 431 Request Header Fields Too Large: The server refuses the request because its header fields are too big, singly or together.
   *
   * The content should say whether a single field or the total size is at fault, and the client can retry after trimming them, for example by clearing oversized cookies. Caches must not store this response.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-5 | RFC 6585, Section 5}
   */
  readonly REQUEST_HEADER_FIELDS_TOO_LARGE: 431;
  /**
   * 440 Login Timeout: Outlook Web Access ended the user's session, so the user has to sign in again.
   *
   * Outlook Web Access, Microsoft Exchange's web client running on IIS, sends 440 when the user's sign-in session has timed out, and the user has to sign in again before the request can succeed. Microsoft's troubleshooting guide for Exchange 2007 also traces 440 errors that persist to authentication or permission settings in IIS, which an administrator has to correct.
   *
   * Unofficial: used by Microsoft IIS.
   * @see {@link https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx | Microsoft Exchange Server 2007 documentation, How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access}
   */
  readonly LOGIN_TIMEOUT: 440;
  /**
   * 440 Login Timeout, under its former constant name LOGIN_TIME_OUT.
   * @deprecated Use StatusCode.LOGIN_TIMEOUT
   */
  readonly LOGIN_TIME_OUT: 440;
  /**
   * 444 No Response: nginx closed the connection without sending any response.
   *
   * A code used only inside nginx configuration, with "return 444", to drop a connection silently, often to shake off malicious or unwanted clients. No status line is ever sent on the wire, so a client only sees the connection close; the number appears in nginx's access log.
   *
   * Unofficial: used by nginx.
   * @see {@link https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return | nginx documentation, ngx_http_rewrite_module (return)}
   */
  readonly NO_RESPONSE: 444;
  /**
   * 449 Retry With: The server needs more information and asks the client to repeat the request with an extra header field.
   *
   * Defined by Microsoft's WebDAV client extensions ([MS-WDV]) for a server that cannot answer until the client provides more information. The response carries an Ms-Echo-Request header field; a client that supports the extension repeats the request with an Ms-Echo-Reply header field, and other clients treat 449 like any unknown 4xx code. The protocol's grammar spells the reason phrase "Reply With".
   *
   * Unofficial: used by Microsoft IIS.
   * @see {@link https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100 | Microsoft [MS-WDV] WebDAV Protocol Client Extensions, Section 2.2.6 (449 Retry With Status Code)}
   */
  readonly RETRY_WITH: 449;
  /**
   * 450 Blocked by Windows Parental Controls: Windows family safety settings stopped the page from loading.
   *
   * Microsoft's code for a page that Windows Parental Controls will not let the signed-in account open. Only a change to those settings, made by the account's supervisor, lifts the block.
   *
   * Unofficial: used by Microsoft.
   */
  readonly BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS: 450;
  /**
   * 451 Unavailable For Legal Reasons: Access to the resource is blocked because of a legal demand, such as a court order.
   *
   * For content withheld because of a court order, a government's censorship or another legal duty. The response should explain the demand and should carry a Link field with rel="blocked-by" pointing at the entity that is applying the block. It is cacheable by default.
   *
   * IANA registry: permanent. Microsoft Exchange ActiveSync uses 451 for "Redirect".
   * @see {@link https://www.rfc-editor.org/rfc/rfc7725#section-3 | RFC 7725, Section 3}
   */
  readonly UNAVAILABLE_FOR_LEGAL_REASONS: 451;
  /**
   * 460 Client Closed Connection: The client dropped its connection to the load balancer before the idle timeout expired.
   *
   * AWS Elastic Load Balancing logs 460 when the client disconnects before the load balancer has a response for it, typically because the client gives up sooner than the load balancer's timeout allows. No response reaches the client; giving the client a longer timeout usually cures it.
   *
   * Unofficial: used by AWS Elastic Load Balancing.
   * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
   */
  readonly CLIENT_CLOSED_CONNECTION: 460;
  /**
   * 463 X-Forwarded-For Too Large: The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.
   *
   * AWS Elastic Load Balancing rejects a request whose X-Forwarded-For header lists more than 30 addresses, which usually points to a forwarding loop or a misbehaving proxy chain. The chain of proxies has to be fixed before the request can go through.
   *
   * Unofficial: used by AWS Elastic Load Balancing.
   * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
   */
  readonly X_FORWARDED_FOR_TOO_LARGE: 463;
  /**
   * 464 Incompatible Protocol Versions: The request's protocol version does not match what the load balancer's target group expects.
   *
   * Returned by AWS Elastic Load Balancing when, for example, an HTTP/1.1 request arrives for a target group configured for gRPC or HTTP/2 only. The client or the load balancer configuration must be changed so that the protocol versions agree.
   *
   * Unofficial: used by AWS Elastic Load Balancing.
   * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
   */
  readonly INCOMPATIBLE_PROTOCOL_VERSIONS: 464;
  /**
   * 494 Request Header Too Large: nginx refused a request because its header, or a single header line, did not fit in the configured buffers.
   *
   * An internal nginx code for requests whose header exceeds the configured buffers. It can be mapped to a custom error page, but on the wire nginx reports it as 400 Bad Request. The client must send smaller headers.
   *
   * Unofficial: used by nginx.
   * @see {@link https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h | nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)}
   */
  readonly REQUEST_HEADER_TOO_LARGE: 494;
  /**
   * 495 SSL Certificate Error: The client presented a TLS certificate that nginx could not verify.
   *
   * An internal nginx code used when client certificate verification fails, so that a custom error page can be shown. The client receives 400 Bad Request and must present a valid certificate.
   *
   * Unofficial: used by nginx.
   * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
   */
  readonly SSL_CERTIFICATE_ERROR: 495;
  /**
   * 496 SSL Certificate Required: nginx demands a client certificate for mutual TLS and the client presented none.
   *
   * An internal nginx code for servers that demand mutual TLS, available for custom error handling. The response on the wire is 400 Bad Request; the client has to connect again with a certificate.
   *
   * Unofficial: used by nginx.
   * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
   */
  readonly SSL_CERTIFICATE_REQUIRED: 496;
  /**
   * 497 HTTP Request Sent to HTTPS Port: A plain HTTP request arrived on a port where nginx expects HTTPS.
   *
   * An internal nginx code, often mapped through an error page rule to a redirect to the https URL. Without such a mapping the client receives 400 Bad Request and should use https for that port.
   *
   * Unofficial: used by nginx.
   * @see {@link https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors | nginx documentation, ngx_http_ssl_module (error processing)}
   */
  readonly HTTP_REQUEST_SENT_TO_HTTPS_PORT: 497;
  /**
   * 498 Invalid Token: ArcGIS rejected the access token sent with the request as expired or not valid.
   *
   * Esri ArcGIS Server and ArcGIS Online report 498 when the access token sent with a request can no longer be used, because it has timed out or was never valid. ArcGIS REST services can report it as the code of a JSON error object while the status line says 200, so clients check both. The client must obtain a new token and send the request with it.
   *
   * Unofficial: used by Esri ArcGIS Server.
   * @see {@link https://support.esri.com/en-us/knowledge-base/bug-error-code-498-invalid-token-returned-when-viewing--000016034 | Esri Support, Error Code 498 "Invalid Token" returned when viewing images in the Story Map Journal app}
   */
  readonly INVALID_TOKEN: 498;
  /**
   * 499 Client Closed Request: The client closed the connection while nginx was still processing the request.
   *
   * nginx writes 499 to its access log when a client gives up before the response is ready, for example because it timed out waiting for a slow upstream. It is only logged and never sent, since nobody is left to receive it.
   *
   * Unofficial: used by nginx. Esri ArcGIS Server uses 499 for "Token Required".
   * @see {@link https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h | nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)}
   */
  readonly CLIENT_CLOSED_REQUEST: 499;
  /**
   * 500 Internal Server Error: Something unexpected went wrong on the server while it handled the request.
   *
   * The server hit a fault of its own, such as an unhandled exception, and no other 5xx code describes it better. The problem lies with the server, not the request, so the same request may work later; clients can retry with a back-off, taking care with requests that are not idempotent.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1 | RFC 9110, Section 15.6.1}
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * 501 Not Implemented: The server does not implement what the request needs, usually its method.
   *
   * The usual answer when the server does not recognise the request method at all and cannot support it for any resource. Unlike 405, it is not about one particular resource. It is heuristically cacheable.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2 | RFC 9110, Section 15.6.2}
   */
  readonly NOT_IMPLEMENTED: 501;
  /**
   * 502 Bad Gateway: The gateway or proxy that answered got a broken or unusable reply from the server behind it.
   *
   * The intermediary reached the server it forwards to, but the answer was malformed or the connection broke. The failure is usually transient, so the client may try again later.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3 | RFC 9110, Section 15.6.3}
   */
  readonly BAD_GATEWAY: 502;
  /**
   * 503 Service Unavailable: The server cannot take requests for now, because of overload or maintenance, and expects to recover.
   *
   * A temporary condition that should clear after some delay. The server may say how long with Retry-After; without it, the client should treat the delay as unknown and back off. Servers are not obliged to answer 503 when overloaded: some simply refuse new connections instead.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4 | RFC 9110, Section 15.6.4}
   */
  readonly SERVICE_UNAVAILABLE: 503;
  /**
   * 504 Gateway Timeout: The gateway or proxy that answered gave up waiting for the server behind it.
   *
   * The intermediary waited for the server it forwards to, or for another service it needed, and gave up. The upstream may only be slow, so the client can retry later, bearing in mind that the first request may still have been carried out.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5 | RFC 9110, Section 15.6.5}
   */
  readonly GATEWAY_TIMEOUT: 504;
  /**
   * 505 HTTP Version Not Supported: The server will not handle requests in the major HTTP version the client used.
   *
   * The server cannot or will not complete the request using the same major protocol version as the client. The content should say which versions are supported, and the client should repeat the request with one of them.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6 | RFC 9110, Section 15.6.6}
   */
  readonly HTTP_VERSION_NOT_SUPPORTED: 505;
  /**
   * 506 Variant Also Negotiates: The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.
   *
   * Part of the experimental transparent content negotiation scheme. The variant the server picked is itself set up to negotiate, which would make the process loop, so this is a server configuration error that the client cannot fix.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc2295#section-8.1 | RFC 2295, Section 8.1}
   */
  readonly VARIANT_ALSO_NEGOTIATES: 506;
  /**
   * 507 Insufficient Storage: The server has run out of the space it needs to store the result of the request.
   *
   * A WebDAV code for when the server runs out of space, for example while handling PUT or COPY. RFC 4918 treats the condition as temporary, but a request that a user triggered must not be repeated until the user asks for it again, so clients should not retry it on their own.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc4918#section-11.5 | RFC 4918, Section 11.5}
   */
  readonly INSUFFICIENT_STORAGE: 507;
  /**
   * 508 Loop Detected: The server aborted an operation on a whole tree of bindings because it ran into a loop.
   *
   * Defined by the WebDAV binding extension for requests with "Depth: infinity" that run into a cycle of bindings. The whole operation fails. Clients should not expect a repeat of the same request to behave differently.
   *
   * IANA registry: permanent. cPanel uses 508 for "Resource Limit Is Reached".
   * @see {@link https://www.rfc-editor.org/rfc/rfc5842#section-7.2 | RFC 5842, Section 7.2}
   */
  readonly LOOP_DETECTED: 508;
  /**
   * 509 Bandwidth Limit Exceeded: The site has used up the bandwidth its hosting plan allows.
   *
   * Sent by bandwidth-limiting modules for Apache HTTP Server, above all cPanel's mod_bwlimited on shared hosting, when a site has used up its traffic allowance; core Apache httpd defines no 509. The limit normally resets after the accounting period, so the request may succeed later. IANA leaves 509 unassigned.
   *
   * Unofficial: used by cPanel.
   */
  readonly BANDWIDTH_LIMIT_EXCEEDED: 509;
  /**
   * 510 Not Extended: The request does not meet the extension policy needed to access the resource.
   *
   * Defined by the HTTP Extension Framework, which let a server demand that a client use a particular mandatory extension. That framework never saw wide use and has been moved to Historic status, so IANA now lists 510 as obsoleted.
   *
   * IANA registry: obsoleted.
   * @see {@link https://www.rfc-editor.org/rfc/rfc2774#section-7 | RFC 2774, Section 7}
   * @deprecated The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.
   */
  readonly NOT_EXTENDED: 510;
  /**
   * 511 Network Authentication Required: The user has to log in to the network, for example at a captive portal, before getting access.
   *
   * Sent by the network's access control, typically the captive portal of a hotel or café Wi-Fi, not by the origin server the user wanted to reach. The content should link to the page where the user can sign in or accept the network's terms. Caches must not store this response.
   *
   * IANA registry: permanent.
   * @see {@link https://www.rfc-editor.org/rfc/rfc6585#section-6 | RFC 6585, Section 6}
   */
  readonly NETWORK_AUTHENTICATION_REQUIRED: 511;
  /**
   * 520 Web Server Returned an Unknown Error: Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.
   *
   * Cloudflare's code for an origin response it cannot use that no other 52x code covers. The causes Cloudflare lists, among them a crashed or misconfigured origin, a firewall blocking Cloudflare's addresses, response headers over 128 KB and a broken HTTP/2 setup, have to be fixed by the site owner, who should start with the origin's logs.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/ | Cloudflare documentation, Error 520}
   */
  readonly WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR: 520;
  /**
   * 521 Web Server Is Down: Cloudflare's connection attempt was rejected by the origin web server.
   *
   * Cloudflare could not open a connection because the origin's web server is offline or a firewall is blocking Cloudflare's addresses. The site owner has to bring the origin back or allow Cloudflare's IP ranges; until then, repeating the request does not help.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/ | Cloudflare documentation, Error 521}
   */
  readonly WEB_SERVER_IS_DOWN: 521;
  /**
   * 522 Connection Timed Out: Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.
   *
   * The origin did not complete the TCP handshake within about 19 seconds, or did not acknowledge the request within 90 seconds of connecting. Cloudflare traces it to the origin's side: most often a firewall or rate limiter that throttles Cloudflare's addresses, otherwise an overloaded or offline server, an outdated origin address or dropped packets. Throttling and overload often pass, so a client may try again after a pause, as Cloudflare's error page suggests; a lasting cause has to be fixed by the site owner.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/ | Cloudflare documentation, Error 522}
   */
  readonly CONNECTION_TIMED_OUT: 522;
  /**
   * 523 Origin Is Unreachable: Cloudflare could not reach the origin server at all.
   *
   * Usually the origin's DNS records point to the wrong address, or a network device on the way has no route to it. The site owner has to correct the DNS records or the routing; until then, repeating the request does not help.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/ | Cloudflare documentation, Error 523}
   */
  readonly ORIGIN_IS_UNREACHABLE: 523;
  /**
   * 524 A Timeout Occurred: The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).
   *
   * The origin took too long to answer, because of a long-running process such as a large query or because the server is overloaded. An overloaded origin may answer in time later, so a client may try again after a pause, bearing in mind that the origin may still have carried out the first request; a request that always runs past the limit will fail every time. The lasting remedies are the site owner's: move long work to an asynchronous pattern such as 202 with polling, or raise the timeout where the plan allows it.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/ | Cloudflare documentation, Error 524}
   */
  readonly A_TIMEOUT_OCCURRED: 524;
  /**
   * 525 SSL Handshake Failed: The TLS handshake between Cloudflare and the origin server failed.
   *
   * Cloudflare connects to the origin over TLS and the two sides could not agree, for example because the origin has no certificate configured or shares no cipher suite with Cloudflare. The site owner must fix the origin's TLS setup.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/ | Cloudflare documentation, Error 525}
   */
  readonly SSL_HANDSHAKE_FAILED: 525;
  /**
   * 526 Invalid SSL Certificate: The origin's TLS certificate did not pass Cloudflare's validation.
   *
   * With strict certificate checking, Cloudflare rejects an origin certificate that is expired, self-signed or issued for another name. The Cloud Foundry gorouter uses the same code when a backend presents a certificate it cannot validate. The origin's certificate must be fixed.
   *
   * Unofficial: used by Cloudflare.
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/ | Cloudflare documentation, Error 526}
   */
  readonly INVALID_SSL_CERTIFICATE: 526;
  /**
   * 527 Railgun Error: Cloudflare lost its link to the Railgun listener at the origin.
   *
   * Railgun was a Cloudflare product that compressed traffic between its edge and the origin, and 527 reported a broken or timed-out link between Cloudflare and the origin's Railgun listener. Cloudflare shut Railgun down on 31 January 2024, so the code no longer appears and Cloudflare no longer documents it.
   *
   * Unofficial: used by Cloudflare.
   * @deprecated Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.
   */
  readonly RAILGUN_ERROR: 527;
  /**
   * 529 Site Is Overloaded: The service is overloaded for the moment and cannot take the request now.
   *
   * The Qualys SSL Labs assessment API answers 529 when it is under too much load, and its documentation asks clients to pause for several minutes before trying again. Anthropic's API uses 529 with the error type overloaded_error for the same temporary condition. Neither is the client's fault, so the same request can succeed later.
   *
   * Unofficial: used by Qualys SSL Labs.
   * @see {@link https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md | SSL Labs API v4 documentation (Error Response Status Codes)}
   */
  readonly SITE_IS_OVERLOADED: 529;
  /**
   * 530 Origin Unavailable: Cloudflare could not serve the request because of an origin problem described by a 1xxx error.
   *
   * Cloudflare pairs 530 with one of its own 1xxx errors, shown on the error page, and that 1xxx code names the real cause, most often that Cloudflare cannot resolve the origin's hostname (1016, Origin DNS error). The site owner has to fix what it names.
   *
   * Unofficial: used by Cloudflare. Pantheon uses 530 for "Site Is Frozen".
   * @see {@link https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/ | Cloudflare documentation, Error 530}
   */
  readonly ORIGIN_UNAVAILABLE: 530;
  /**
   * 540 Temporarily Disabled: Shopify has switched the requested endpoint off for the time being.
   *
   * Shopify uses 540 when the requested resource or API endpoint has been switched off for the time being. The client should not depend on the endpoint until Shopify enables it again.
   *
   * Unofficial: used by Shopify.
   * @see {@link https://shopify.dev/docs/api/usage/response-codes | Shopify API documentation, Response status and error codes}
   */
  readonly TEMPORARILY_DISABLED: 540;
  /**
   * 561 Unauthorized: The load balancer was authenticating the user and the identity provider answered with an error.
   *
   * Sent by an AWS Application Load Balancer whose listener rule authenticates users (through Amazon Cognito or an OpenID Connect provider) when the identity provider answers the authentication step with an error. The fault lies in the identity provider or in the rule's configuration, not in the client's request, so repeating the request does not help until that is fixed.
   *
   * Unofficial: used by AWS Elastic Load Balancing.
   * @see {@link https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues | AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers}
   */
  readonly IDENTITY_PROVIDER_ERROR: 561;
  /**
   * 598 Network Read Timeout Error: A proxy timed out while reading the response from the upstream server.
   *
   * A convention, not a standard: some proxies and HTTP client libraries use it when the server behind the proxy did not send its response in time, to tell this apart from a plain 504. The condition is transient, so the request may succeed when retried.
   *
   * Unofficial: used by Informal convention.
   */
  readonly NETWORK_READ_TIMEOUT_ERROR: 598;
  /**
   * 599 Network Connect Timeout Error: A proxy timed out while trying to connect to the upstream server.
   *
   * An informal convention, used for example by some proxies and HTTP client libraries, to report that the connection to the next hop could not be opened in time. It is transient, so the request may succeed when retried.
   *
   * Unofficial: used by Informal convention.
   */
  readonly NETWORK_CONNECT_TIMEOUT_ERROR: 599;
  /**
   * 783 Unexpected Token: Shopify could not parse the JSON in the request.
   *
   * Shopify answers 783 when the JSON in the request body does not parse. The code lies outside the ranges HTTP defines, so generic clients may not classify it; the client must fix the JSON before resending.
   *
   * Unofficial: used by Shopify.
   * @see {@link https://shopify.dev/docs/api/usage/response-codes | Shopify API documentation, Response status and error codes}
   */
  readonly UNEXPECTED_TOKEN: 783;
  /**
   * 999 Request Denied: LinkedIn refused the request, typically because it looks automated.
   *
   * LinkedIn answers 999 to clients it suspects of scraping or other automated access, such as requests without a normal browser profile or at too high a rate. The number lies outside the ranges HTTP defines. Access through LinkedIn's official APIs avoids it.
   *
   * Unofficial: used by LinkedIn.
   */
  readonly REQUEST_DENIED: 999;
}

/** Every status code in the spec, official or not. */
export type StatusCode = 100 | 101 | 102 | 103 | 104 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 218 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 430 | 431 | 440 | 444 | 449 | 450 | 451 | 460 | 463 | 464 | 494 | 495 | 496 | 497 | 498 | 499 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 529 | 530 | 540 | 561 | 598 | 599 | 783 | 999;
/** A key of `StatusCode`, legacy keys included. */
export type StatusCodeKey = keyof StatusCodeConstants;
/**
 * Every 1xx (Informational) code in the spec.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type InformationalStatusCode = 100 | 101 | 102 | 103 | 104;
/**
 * Every 2xx (Successful) code in the spec.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type SuccessStatusCode = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 218 | 226;
/**
 * Every 3xx (Redirection) code in the spec.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type RedirectionStatusCode = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308;
/**
 * Every 4xx (Client Error) code in the spec.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type ClientErrorStatusCode = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 430 | 431 | 440 | 444 | 449 | 450 | 451 | 460 | 463 | 464 | 494 | 495 | 496 | 497 | 498 | 499;
/**
 * Every 5xx (Server Error) code in the spec.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type ServerErrorStatusCode = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 529 | 530 | 540 | 561 | 598 | 599;
/** Every code registered with IANA. */
export type OfficialStatusCode = 100 | 101 | 102 | 103 | 104 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;
/** Every vendor code in the spec that IANA does not register. */
export type UnofficialStatusCode = 218 | 419 | 420 | 430 | 440 | 444 | 449 | 450 | 460 | 463 | 464 | 494 | 495 | 496 | 497 | 498 | 499 | 509 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 529 | 530 | 540 | 561 | 598 | 599 | 783 | 999;

/** Every status code in the spec, ascending. */
export const STATUS_CODES: readonly StatusCode[] = [100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 218, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 450, 451, 460, 463, 464, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 540, 561, 598, 599, 783, 999];
