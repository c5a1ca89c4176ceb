// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import type { StatusCode } from "./status-code.js";

/** The reason phrase of every code, as literal types. */
export interface ReasonPhrases {
  /** 100 Continue: So far the server has not turned the request down, and the client can send the rest of it. */
  readonly 100: "Continue";
  /** 101 Switching Protocols: The server is switching this connection to the protocol the client asked for in its Upgrade header field. */
  readonly 101: "Switching Protocols";
  /** 102 Processing: An interim notice that the request is still being worked on and that the final response will follow. */
  readonly 102: "Processing";
  /** 103 Early Hints: The server is sending header fields it expects the final response to carry, before that response is ready. */
  readonly 103: "Early Hints";
  /** 104 Upload Resumption Supported: The server tells the client that an upload in progress can be resumed if it gets interrupted. */
  readonly 104: "Upload Resumption Supported";
  /** 200 OK: The server carried out the request successfully. */
  readonly 200: "OK";
  /** 201 Created: The server carried out the request by creating one or more new resources. */
  readonly 201: "Created";
  /** 202 Accepted: The server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed. */
  readonly 202: "Accepted";
  /** 203 Non-Authoritative Information: A successful response that a proxy on the way has altered, so it is not exactly what the origin sent. */
  readonly 203: "Non-Authoritative Information";
  /** 204 No Content: The request succeeded and the response deliberately carries no content. */
  readonly 204: "No Content";
  /** 205 Reset Content: The request succeeded and the user agent should reset the form or view the request came from. */
  readonly 205: "Reset Content";
  /** 206 Partial Content: The response holds just the byte ranges the client asked for with a Range header field, not the whole representation. */
  readonly 206: "Partial Content";
  /** 207 Multi-Status: The response body reports a separate status for each of several resources or operations. */
  readonly 207: "Multi-Status";
  /** 208 Already Reported: Stands in for a binding's members that this multistatus response has reported already, so they are not listed twice. */
  readonly 208: "Already Reported";
  /** 218 This is fine: An error from the origin was passed through unchanged by a proxy that was told not to replace error pages. */
  readonly 218: "This is fine";
  /** 226 IM Used: The server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result. */
  readonly 226: "IM Used";
  /** 300 Multiple Choices: Several representations of the target are available, and the choice among them is left to the client or the user. */
  readonly 300: "Multiple Choices";
  /** 301 Moved Permanently: The target has a new permanent URI, named in Location, which clients should use from now on. */
  readonly 301: "Moved Permanently";
  /** 302 Found: For now the resource is at another URI, given in Location, and the original URI stays in use. */
  readonly 302: "Found";
  /** 303 See Other: The server points the client at a different resource, named in Location, to be retrieved with GET. */
  readonly 303: "See Other";
  /** 304 Not Modified: The cached copy the client holds is still current, so no content is sent. */
  readonly 304: "Not Modified";
  /** 305 Use Proxy: A deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing. */
  readonly 305: "Use Proxy";
  /** 306 Switch Proxy: A reserved number that a 1997 proposal used to ask a client to switch to another proxy. */
  readonly 306: "Switch Proxy";
  /** 307 Temporary Redirect: A temporary redirect to the URI in Location, to be followed with the same method and content. */
  readonly 307: "Temporary Redirect";
  /** 308 Permanent Redirect: A permanent redirect to the URI in Location, to be followed with the same method and content. */
  readonly 308: "Permanent Redirect";
  /** 400 Bad Request: The server will not process the request because it sees a fault on the client's side, such as malformed syntax. */
  readonly 400: "Bad Request";
  /** 401 Unauthorized: The request needs valid authentication credentials, and it carried none or ones the server rejected. */
  readonly 401: "Unauthorized";
  /** 402 Payment Required: Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed. */
  readonly 402: "Payment Required";
  /** 403 Forbidden: The server understood the request and will not carry it out. */
  readonly 403: "Forbidden";
  /** 404 Not Found: Nothing is available at the target URI, or the server prefers not to say whether anything is. */
  readonly 404: "Not Found";
  /** 405 Method Not Allowed: The resource exists but does not support the request method. */
  readonly 405: "Method Not Allowed";
  /** 406 Not Acceptable: No representation of the resource matches what the request's content negotiation fields accept. */
  readonly 406: "Not Acceptable";
  /** 407 Proxy Authentication Required: A proxy on the way wants the client to authenticate with it before it forwards the request. */
  readonly 407: "Proxy Authentication Required";
  /** 408 Request Timeout: The server stopped waiting for a request that the client did not finish sending in time. */
  readonly 408: "Request Timeout";
  /** 409 Conflict: The resource's current state does not allow the change the request asks for. */
  readonly 409: "Conflict";
  /** 410 Gone: The resource has been removed on purpose, and the server expects it never to return. */
  readonly 410: "Gone";
  /** 411 Length Required: The server needs a Content-Length header field for this request. */
  readonly 411: "Length Required";
  /** 412 Precondition Failed: A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server. */
  readonly 412: "Precondition Failed";
  /** 413 Content Too Large: The server refuses the request because its content exceeds a size limit. */
  readonly 413: "Content Too Large";
  /** 414 URI Too Long: The target URI exceeds the length the server is prepared to parse. */
  readonly 414: "URI Too Long";
  /** 415 Unsupported Media Type: The server will not accept the request content because of its media type or content coding. */
  readonly 415: "Unsupported Media Type";
  /** 416 Range Not Satisfiable: The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones. */
  readonly 416: "Range Not Satisfiable";
  /** 417 Expectation Failed: The request's Expect field asks for something that the server, or a proxy on the path, does not provide. */
  readonly 417: "Expectation Failed";
  /** 418 I'm a teapot: An April Fools' code with which a server claims to be a teapot that cannot make coffee. */
  readonly 418: "I'm a teapot";
  /** 419 Page Expired: Laravel refused a form submission whose anti-CSRF token was absent or out of date. */
  readonly 419: "Page Expired";
  /** 420 Enhance Your Calm: Twitter's API was throttling the app for sending too many requests. */
  readonly 420: "Enhance Your Calm";
  /** 421 Misdirected Request: The server that received the request cannot give an authoritative answer for its target URI. */
  readonly 421: "Misdirected Request";
  /** 422 Unprocessable Content: The server understands the content's type and syntax but cannot act on what it says. */
  readonly 422: "Unprocessable Content";
  /** 423 Locked: A lock on the source or destination resource keeps the request from going through. */
  readonly 423: "Locked";
  /** 424 Failed Dependency: An operation was skipped because another operation it relied on failed. */
  readonly 424: "Failed Dependency";
  /** 425 Too Early: The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed. */
  readonly 425: "Too Early";
  /** 426 Upgrade Required: The server insists on a different protocol, named in its Upgrade field, before it will handle the request. */
  readonly 426: "Upgrade Required";
  /** 428 Precondition Required: The server will act on this kind of request only when it carries a condition such as If-Match. */
  readonly 428: "Precondition Required";
  /** 429 Too Many Requests: The client has gone over the server's limit on how many requests it may send. */
  readonly 429: "Too Many Requests";
  /** 430 Shopify Security Rejection: Shopify's security checks flagged the request as possibly malicious and refused it. */
  readonly 430: "Shopify Security Rejection";
  /** 431 Request Header Fields Too Large: The server refuses the request because its header fields are too big, singly or together. */
  readonly 431: "Request Header Fields Too Large";
  /** 440 Login Timeout: Outlook Web Access ended the user's session, so the user has to sign in again. */
  readonly 440: "Login Timeout";
  /** 444 No Response: nginx closed the connection without sending any response. */
  readonly 444: "No Response";
  /** 449 Retry With: The server needs more information and asks the client to repeat the request with an extra header field. */
  readonly 449: "Retry With";
  /** 450 Blocked by Windows Parental Controls: Windows family safety settings stopped the page from loading. */
  readonly 450: "Blocked by Windows Parental Controls";
  /** 451 Unavailable For Legal Reasons: Access to the resource is blocked because of a legal demand, such as a court order. */
  readonly 451: "Unavailable For Legal Reasons";
  /** 460 Client Closed Connection: The client dropped its connection to the load balancer before the idle timeout expired. */
  readonly 460: "Client Closed Connection";
  /** 463 X-Forwarded-For Too Large: The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses. */
  readonly 463: "X-Forwarded-For Too Large";
  /** 464 Incompatible Protocol Versions: The request's protocol version does not match what the load balancer's target group expects. */
  readonly 464: "Incompatible Protocol Versions";
  /** 494 Request Header Too Large: nginx refused a request because its header, or a single header line, did not fit in the configured buffers. */
  readonly 494: "Request Header Too Large";
  /** 495 SSL Certificate Error: The client presented a TLS certificate that nginx could not verify. */
  readonly 495: "SSL Certificate Error";
  /** 496 SSL Certificate Required: nginx demands a client certificate for mutual TLS and the client presented none. */
  readonly 496: "SSL Certificate Required";
  /** 497 HTTP Request Sent to HTTPS Port: A plain HTTP request arrived on a port where nginx expects HTTPS. */
  readonly 497: "HTTP Request Sent to HTTPS Port";
  /** 498 Invalid Token: ArcGIS rejected the access token sent with the request as expired or not valid. */
  readonly 498: "Invalid Token";
  /** 499 Client Closed Request: The client closed the connection while nginx was still processing the request. */
  readonly 499: "Client Closed Request";
  /** 500 Internal Server Error: Something unexpected went wrong on the server while it handled the request. */
  readonly 500: "Internal Server Error";
  /** 501 Not Implemented: The server does not implement what the request needs, usually its method. */
  readonly 501: "Not Implemented";
  /** 502 Bad Gateway: The gateway or proxy that answered got a broken or unusable reply from the server behind it. */
  readonly 502: "Bad Gateway";
  /** 503 Service Unavailable: The server cannot take requests for now, because of overload or maintenance, and expects to recover. */
  readonly 503: "Service Unavailable";
  /** 504 Gateway Timeout: The gateway or proxy that answered gave up waiting for the server behind it. */
  readonly 504: "Gateway Timeout";
  /** 505 HTTP Version Not Supported: The server will not handle requests in the major HTTP version the client used. */
  readonly 505: "HTTP Version Not Supported";
  /** 506 Variant Also Negotiates: The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again. */
  readonly 506: "Variant Also Negotiates";
  /** 507 Insufficient Storage: The server has run out of the space it needs to store the result of the request. */
  readonly 507: "Insufficient Storage";
  /** 508 Loop Detected: The server aborted an operation on a whole tree of bindings because it ran into a loop. */
  readonly 508: "Loop Detected";
  /** 509 Bandwidth Limit Exceeded: The site has used up the bandwidth its hosting plan allows. */
  readonly 509: "Bandwidth Limit Exceeded";
  /** 510 Not Extended: The request does not meet the extension policy needed to access the resource. */
  readonly 510: "Not Extended";
  /** 511 Network Authentication Required: The user has to log in to the network, for example at a captive portal, before getting access. */
  readonly 511: "Network Authentication Required";
  /** 520 Web Server Returned an Unknown Error: Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected. */
  readonly 520: "Web Server Returned an Unknown Error";
  /** 521 Web Server Is Down: Cloudflare's connection attempt was rejected by the origin web server. */
  readonly 521: "Web Server Is Down";
  /** 522 Connection Timed Out: Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time. */
  readonly 522: "Connection Timed Out";
  /** 523 Origin Is Unreachable: Cloudflare could not reach the origin server at all. */
  readonly 523: "Origin Is Unreachable";
  /** 524 A Timeout Occurred: The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default). */
  readonly 524: "A Timeout Occurred";
  /** 525 SSL Handshake Failed: The TLS handshake between Cloudflare and the origin server failed. */
  readonly 525: "SSL Handshake Failed";
  /** 526 Invalid SSL Certificate: The origin's TLS certificate did not pass Cloudflare's validation. */
  readonly 526: "Invalid SSL Certificate";
  /** 527 Railgun Error: Cloudflare lost its link to the Railgun listener at the origin. */
  readonly 527: "Railgun Error";
  /** 529 Site Is Overloaded: The service is overloaded for the moment and cannot take the request now. */
  readonly 529: "Site Is Overloaded";
  /** 530 Origin Unavailable: Cloudflare could not serve the request because of an origin problem described by a 1xxx error. */
  readonly 530: "Origin Unavailable";
  /** 540 Temporarily Disabled: Shopify has switched the requested endpoint off for the time being. */
  readonly 540: "Temporarily Disabled";
  /** 561 Unauthorized: The load balancer was authenticating the user and the identity provider answered with an error. */
  readonly 561: "Unauthorized";
  /** 598 Network Read Timeout Error: A proxy timed out while reading the response from the upstream server. */
  readonly 598: "Network Read Timeout Error";
  /** 599 Network Connect Timeout Error: A proxy timed out while trying to connect to the upstream server. */
  readonly 599: "Network Connect Timeout Error";
  /** 783 Unexpected Token: Shopify could not parse the JSON in the request. */
  readonly 783: "Unexpected Token";
  /** 999 Request Denied: LinkedIn refused the request, typically because it looks automated. */
  readonly 999: "Request Denied";
}

/** Every reason phrase, in code order. */
export const PHRASE_LIST: readonly string[] = [
  "Continue",
  "Switching Protocols",
  "Processing",
  "Early Hints",
  "Upload Resumption Supported",
  "OK",
  "Created",
  "Accepted",
  "Non-Authoritative Information",
  "No Content",
  "Reset Content",
  "Partial Content",
  "Multi-Status",
  "Already Reported",
  "This is fine",
  "IM Used",
  "Multiple Choices",
  "Moved Permanently",
  "Found",
  "See Other",
  "Not Modified",
  "Use Proxy",
  "Switch Proxy",
  "Temporary Redirect",
  "Permanent Redirect",
  "Bad Request",
  "Unauthorized",
  "Payment Required",
  "Forbidden",
  "Not Found",
  "Method Not Allowed",
  "Not Acceptable",
  "Proxy Authentication Required",
  "Request Timeout",
  "Conflict",
  "Gone",
  "Length Required",
  "Precondition Failed",
  "Content Too Large",
  "URI Too Long",
  "Unsupported Media Type",
  "Range Not Satisfiable",
  "Expectation Failed",
  "I'm a teapot",
  "Page Expired",
  "Enhance Your Calm",
  "Misdirected Request",
  "Unprocessable Content",
  "Locked",
  "Failed Dependency",
  "Too Early",
  "Upgrade Required",
  "Precondition Required",
  "Too Many Requests",
  "Shopify Security Rejection",
  "Request Header Fields Too Large",
  "Login Timeout",
  "No Response",
  "Retry With",
  "Blocked by Windows Parental Controls",
  "Unavailable For Legal Reasons",
  "Client Closed Connection",
  "X-Forwarded-For Too Large",
  "Incompatible Protocol Versions",
  "Request Header Too Large",
  "SSL Certificate Error",
  "SSL Certificate Required",
  "HTTP Request Sent to HTTPS Port",
  "Invalid Token",
  "Client Closed Request",
  "Internal Server Error",
  "Not Implemented",
  "Bad Gateway",
  "Service Unavailable",
  "Gateway Timeout",
  "HTTP Version Not Supported",
  "Variant Also Negotiates",
  "Insufficient Storage",
  "Loop Detected",
  "Bandwidth Limit Exceeded",
  "Not Extended",
  "Network Authentication Required",
  "Web Server Returned an Unknown Error",
  "Web Server Is Down",
  "Connection Timed Out",
  "Origin Is Unreachable",
  "A Timeout Occurred",
  "SSL Handshake Failed",
  "Invalid SSL Certificate",
  "Railgun Error",
  "Site Is Overloaded",
  "Origin Unavailable",
  "Temporarily Disabled",
  "Unauthorized",
  "Network Read Timeout Error",
  "Network Connect Timeout Error",
  "Unexpected Token",
  "Request Denied",
];

/** The codes of `PHRASE_LIST`, each as its distance from the one before (smaller in a bundle than the codes). */
export const PHRASE_CODE_STEPS: readonly number[] = [100, 1, 1, 1, 1, 96, 1, 1, 1, 1, 1, 1, 1, 1, 10, 8, 74, 1, 1, 1, 1, 1, 1, 1, 1, 92, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 9, 4, 5, 1, 1, 9, 3, 1, 30, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 2, 1, 10, 21, 37, 1, 184, 216];

/** Former and variant phrases that `getStatusCode` also accepts, with their codes. */
export const PHRASE_ALIASES: readonly (readonly [string, StatusCode])[] = [
  ["Non Authoritative Information", 203],
  ["Multi Status", 207],
  ["Moved Temporarily", 302],
  ["Not Allowed", 405],
  ["Request Time-out", 408],
  ["Payload Too Large", 413],
  ["Request Entity Too Large", 413],
  ["Request-URI Too Long", 414],
  ["Request-URI Too Large", 414],
  ["Request URI Too Long", 414],
  ["Requested Range Not Satisfiable", 416],
  ["Unprocessable Entity", 422],
  ["Login Time-out", 440],
  ["Reply With", 449],
  ["Service Temporarily Unavailable", 503],
  ["Gateway Time-out", 504],
  ["Unknown Error", 520],
  ["Web Server Is Returning an Unknown Error", 520],
  ["Origin Error", 520],
  ["Origin DNS Error", 530],
];

/** Codes whose phrase `getStatusCode` does not accept (a vendor phrase that repeats another code's). */
export const NO_REVERSE_LOOKUP: readonly StatusCode[] = [561];
