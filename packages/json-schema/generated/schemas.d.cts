// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/** JSON Schema (draft 2020-12) of any status code in the spec. */
export declare const statusCodeSchema: {
  readonly "$schema": "https://json-schema.org/draft/2020-12/schema";
  readonly "$id": "https://github.com/org/status-codes/schemas/status-code.schema.json";
  readonly "$comment": "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";
  readonly "title": "HTTP status code";
  readonly "description": "An HTTP status code of the spec: every code IANA registers and the vendor codes in common use.";
  readonly "type": "integer";
  readonly "oneOf": readonly [
    {
      readonly "const": 100;
      readonly "title": "Continue";
      readonly "description": "So far the server has not turned the request down, and the client can send the rest of it.";
    },
    {
      readonly "const": 101;
      readonly "title": "Switching Protocols";
      readonly "description": "The server is switching this connection to the protocol the client asked for in its Upgrade header field.";
    },
    {
      readonly "const": 102;
      readonly "title": "Processing";
      readonly "description": "An interim notice that the request is still being worked on and that the final response will follow.";
    },
    {
      readonly "const": 103;
      readonly "title": "Early Hints";
      readonly "description": "The server is sending header fields it expects the final response to carry, before that response is ready.";
    },
    {
      readonly "const": 104;
      readonly "title": "Upload Resumption Supported";
      readonly "description": "The server tells the client that an upload in progress can be resumed if it gets interrupted.";
    },
    {
      readonly "const": 200;
      readonly "title": "OK";
      readonly "description": "The server carried out the request successfully.";
    },
    {
      readonly "const": 201;
      readonly "title": "Created";
      readonly "description": "The server carried out the request by creating one or more new resources.";
    },
    {
      readonly "const": 202;
      readonly "title": "Accepted";
      readonly "description": "The server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed.";
    },
    {
      readonly "const": 203;
      readonly "title": "Non-Authoritative Information";
      readonly "description": "A successful response that a proxy on the way has altered, so it is not exactly what the origin sent.";
    },
    {
      readonly "const": 204;
      readonly "title": "No Content";
      readonly "description": "The request succeeded and the response deliberately carries no content.";
    },
    {
      readonly "const": 205;
      readonly "title": "Reset Content";
      readonly "description": "The request succeeded and the user agent should reset the form or view the request came from.";
    },
    {
      readonly "const": 206;
      readonly "title": "Partial Content";
      readonly "description": "The response holds just the byte ranges the client asked for with a Range header field, not the whole representation.";
    },
    {
      readonly "const": 207;
      readonly "title": "Multi-Status";
      readonly "description": "The response body reports a separate status for each of several resources or operations.";
    },
    {
      readonly "const": 208;
      readonly "title": "Already Reported";
      readonly "description": "Stands in for a binding's members that this multistatus response has reported already, so they are not listed twice.";
    },
    {
      readonly "const": 218;
      readonly "title": "This is fine";
      readonly "description": "An error from the origin was passed through unchanged by a proxy that was told not to replace error pages.";
    },
    {
      readonly "const": 226;
      readonly "title": "IM Used";
      readonly "description": "The server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result.";
    },
    {
      readonly "const": 300;
      readonly "title": "Multiple Choices";
      readonly "description": "Several representations of the target are available, and the choice among them is left to the client or the user.";
    },
    {
      readonly "const": 301;
      readonly "title": "Moved Permanently";
      readonly "description": "The target has a new permanent URI, named in Location, which clients should use from now on.";
    },
    {
      readonly "const": 302;
      readonly "title": "Found";
      readonly "description": "For now the resource is at another URI, given in Location, and the original URI stays in use.";
    },
    {
      readonly "const": 303;
      readonly "title": "See Other";
      readonly "description": "The server points the client at a different resource, named in Location, to be retrieved with GET.";
    },
    {
      readonly "const": 304;
      readonly "title": "Not Modified";
      readonly "description": "The cached copy the client holds is still current, so no content is sent.";
    },
    {
      readonly "const": 305;
      readonly "title": "Use Proxy";
      readonly "description": "A deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing. Deprecated: Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.";
      readonly "deprecated": true;
    },
    {
      readonly "const": 306;
      readonly "title": "Switch Proxy";
      readonly "description": "A reserved number that a 1997 proposal used to ask a client to switch to another proxy. Deprecated: Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.";
      readonly "deprecated": true;
    },
    {
      readonly "const": 307;
      readonly "title": "Temporary Redirect";
      readonly "description": "A temporary redirect to the URI in Location, to be followed with the same method and content.";
    },
    {
      readonly "const": 308;
      readonly "title": "Permanent Redirect";
      readonly "description": "A permanent redirect to the URI in Location, to be followed with the same method and content.";
    },
    {
      readonly "const": 400;
      readonly "title": "Bad Request";
      readonly "description": "The server will not process the request because it sees a fault on the client's side, such as malformed syntax.";
    },
    {
      readonly "const": 401;
      readonly "title": "Unauthorized";
      readonly "description": "The request needs valid authentication credentials, and it carried none or ones the server rejected.";
    },
    {
      readonly "const": 402;
      readonly "title": "Payment Required";
      readonly "description": "Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed.";
    },
    {
      readonly "const": 403;
      readonly "title": "Forbidden";
      readonly "description": "The server understood the request and will not carry it out.";
    },
    {
      readonly "const": 404;
      readonly "title": "Not Found";
      readonly "description": "Nothing is available at the target URI, or the server prefers not to say whether anything is.";
    },
    {
      readonly "const": 405;
      readonly "title": "Method Not Allowed";
      readonly "description": "The resource exists but does not support the request method.";
    },
    {
      readonly "const": 406;
      readonly "title": "Not Acceptable";
      readonly "description": "No representation of the resource matches what the request's content negotiation fields accept.";
    },
    {
      readonly "const": 407;
      readonly "title": "Proxy Authentication Required";
      readonly "description": "A proxy on the way wants the client to authenticate with it before it forwards the request.";
    },
    {
      readonly "const": 408;
      readonly "title": "Request Timeout";
      readonly "description": "The server stopped waiting for a request that the client did not finish sending in time.";
    },
    {
      readonly "const": 409;
      readonly "title": "Conflict";
      readonly "description": "The resource's current state does not allow the change the request asks for.";
    },
    {
      readonly "const": 410;
      readonly "title": "Gone";
      readonly "description": "The resource has been removed on purpose, and the server expects it never to return.";
    },
    {
      readonly "const": 411;
      readonly "title": "Length Required";
      readonly "description": "The server needs a Content-Length header field for this request.";
    },
    {
      readonly "const": 412;
      readonly "title": "Precondition Failed";
      readonly "description": "A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.";
    },
    {
      readonly "const": 413;
      readonly "title": "Content Too Large";
      readonly "description": "The server refuses the request because its content exceeds a size limit.";
    },
    {
      readonly "const": 414;
      readonly "title": "URI Too Long";
      readonly "description": "The target URI exceeds the length the server is prepared to parse.";
    },
    {
      readonly "const": 415;
      readonly "title": "Unsupported Media Type";
      readonly "description": "The server will not accept the request content because of its media type or content coding.";
    },
    {
      readonly "const": 416;
      readonly "title": "Range Not Satisfiable";
      readonly "description": "The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.";
    },
    {
      readonly "const": 417;
      readonly "title": "Expectation Failed";
      readonly "description": "The request's Expect field asks for something that the server, or a proxy on the path, does not provide.";
    },
    {
      readonly "const": 418;
      readonly "title": "I'm a teapot";
      readonly "description": "An April Fools' code with which a server claims to be a teapot that cannot make coffee.";
    },
    {
      readonly "const": 419;
      readonly "title": "Page Expired";
      readonly "description": "Laravel refused a form submission whose anti-CSRF token was absent or out of date.";
    },
    {
      readonly "const": 420;
      readonly "title": "Enhance Your Calm";
      readonly "description": "Twitter's API was throttling the app for sending too many requests. Deprecated: X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.";
      readonly "deprecated": true;
    },
    {
      readonly "const": 421;
      readonly "title": "Misdirected Request";
      readonly "description": "The server that received the request cannot give an authoritative answer for its target URI.";
    },
    {
      readonly "const": 422;
      readonly "title": "Unprocessable Content";
      readonly "description": "The server understands the content's type and syntax but cannot act on what it says.";
    },
    {
      readonly "const": 423;
      readonly "title": "Locked";
      readonly "description": "A lock on the source or destination resource keeps the request from going through.";
    },
    {
      readonly "const": 424;
      readonly "title": "Failed Dependency";
      readonly "description": "An operation was skipped because another operation it relied on failed.";
    },
    {
      readonly "const": 425;
      readonly "title": "Too Early";
      readonly "description": "The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.";
    },
    {
      readonly "const": 426;
      readonly "title": "Upgrade Required";
      readonly "description": "The server insists on a different protocol, named in its Upgrade field, before it will handle the request.";
    },
    {
      readonly "const": 428;
      readonly "title": "Precondition Required";
      readonly "description": "The server will act on this kind of request only when it carries a condition such as If-Match.";
    },
    {
      readonly "const": 429;
      readonly "title": "Too Many Requests";
      readonly "description": "The client has gone over the server's limit on how many requests it may send.";
    },
    {
      readonly "const": 430;
      readonly "title": "Shopify Security Rejection";
      readonly "description": "Shopify's security checks flagged the request as possibly malicious and refused it.";
    },
    {
      readonly "const": 431;
      readonly "title": "Request Header Fields Too Large";
      readonly "description": "The server refuses the request because its header fields are too big, singly or together.";
    },
    {
      readonly "const": 440;
      readonly "title": "Login Timeout";
      readonly "description": "Outlook Web Access ended the user's session, so the user has to sign in again.";
    },
    {
      readonly "const": 444;
      readonly "title": "No Response";
      readonly "description": "nginx closed the connection without sending any response.";
    },
    {
      readonly "const": 449;
      readonly "title": "Retry With";
      readonly "description": "The server needs more information and asks the client to repeat the request with an extra header field.";
    },
    {
      readonly "const": 450;
      readonly "title": "Blocked by Windows Parental Controls";
      readonly "description": "Windows family safety settings stopped the page from loading.";
    },
    {
      readonly "const": 451;
      readonly "title": "Unavailable For Legal Reasons";
      readonly "description": "Access to the resource is blocked because of a legal demand, such as a court order.";
    },
    {
      readonly "const": 460;
      readonly "title": "Client Closed Connection";
      readonly "description": "The client dropped its connection to the load balancer before the idle timeout expired.";
    },
    {
      readonly "const": 463;
      readonly "title": "X-Forwarded-For Too Large";
      readonly "description": "The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.";
    },
    {
      readonly "const": 464;
      readonly "title": "Incompatible Protocol Versions";
      readonly "description": "The request's protocol version does not match what the load balancer's target group expects.";
    },
    {
      readonly "const": 494;
      readonly "title": "Request Header Too Large";
      readonly "description": "nginx refused a request because its header, or a single header line, did not fit in the configured buffers.";
    },
    {
      readonly "const": 495;
      readonly "title": "SSL Certificate Error";
      readonly "description": "The client presented a TLS certificate that nginx could not verify.";
    },
    {
      readonly "const": 496;
      readonly "title": "SSL Certificate Required";
      readonly "description": "nginx demands a client certificate for mutual TLS and the client presented none.";
    },
    {
      readonly "const": 497;
      readonly "title": "HTTP Request Sent to HTTPS Port";
      readonly "description": "A plain HTTP request arrived on a port where nginx expects HTTPS.";
    },
    {
      readonly "const": 498;
      readonly "title": "Invalid Token";
      readonly "description": "ArcGIS rejected the access token sent with the request as expired or not valid.";
    },
    {
      readonly "const": 499;
      readonly "title": "Client Closed Request";
      readonly "description": "The client closed the connection while nginx was still processing the request.";
    },
    {
      readonly "const": 500;
      readonly "title": "Internal Server Error";
      readonly "description": "Something unexpected went wrong on the server while it handled the request.";
    },
    {
      readonly "const": 501;
      readonly "title": "Not Implemented";
      readonly "description": "The server does not implement what the request needs, usually its method.";
    },
    {
      readonly "const": 502;
      readonly "title": "Bad Gateway";
      readonly "description": "The gateway or proxy that answered got a broken or unusable reply from the server behind it.";
    },
    {
      readonly "const": 503;
      readonly "title": "Service Unavailable";
      readonly "description": "The server cannot take requests for now, because of overload or maintenance, and expects to recover.";
    },
    {
      readonly "const": 504;
      readonly "title": "Gateway Timeout";
      readonly "description": "The gateway or proxy that answered gave up waiting for the server behind it.";
    },
    {
      readonly "const": 505;
      readonly "title": "HTTP Version Not Supported";
      readonly "description": "The server will not handle requests in the major HTTP version the client used.";
    },
    {
      readonly "const": 506;
      readonly "title": "Variant Also Negotiates";
      readonly "description": "The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.";
    },
    {
      readonly "const": 507;
      readonly "title": "Insufficient Storage";
      readonly "description": "The server has run out of the space it needs to store the result of the request.";
    },
    {
      readonly "const": 508;
      readonly "title": "Loop Detected";
      readonly "description": "The server aborted an operation on a whole tree of bindings because it ran into a loop.";
    },
    {
      readonly "const": 509;
      readonly "title": "Bandwidth Limit Exceeded";
      readonly "description": "The site has used up the bandwidth its hosting plan allows.";
    },
    {
      readonly "const": 510;
      readonly "title": "Not Extended";
      readonly "description": "The request does not meet the extension policy needed to access the resource. Deprecated: The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.";
      readonly "deprecated": true;
    },
    {
      readonly "const": 511;
      readonly "title": "Network Authentication Required";
      readonly "description": "The user has to log in to the network, for example at a captive portal, before getting access.";
    },
    {
      readonly "const": 520;
      readonly "title": "Web Server Returned an Unknown Error";
      readonly "description": "Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.";
    },
    {
      readonly "const": 521;
      readonly "title": "Web Server Is Down";
      readonly "description": "Cloudflare's connection attempt was rejected by the origin web server.";
    },
    {
      readonly "const": 522;
      readonly "title": "Connection Timed Out";
      readonly "description": "Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.";
    },
    {
      readonly "const": 523;
      readonly "title": "Origin Is Unreachable";
      readonly "description": "Cloudflare could not reach the origin server at all.";
    },
    {
      readonly "const": 524;
      readonly "title": "A Timeout Occurred";
      readonly "description": "The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).";
    },
    {
      readonly "const": 525;
      readonly "title": "SSL Handshake Failed";
      readonly "description": "The TLS handshake between Cloudflare and the origin server failed.";
    },
    {
      readonly "const": 526;
      readonly "title": "Invalid SSL Certificate";
      readonly "description": "The origin's TLS certificate did not pass Cloudflare's validation.";
    },
    {
      readonly "const": 527;
      readonly "title": "Railgun Error";
      readonly "description": "Cloudflare lost its link to the Railgun listener at the origin. Deprecated: Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.";
      readonly "deprecated": true;
    },
    {
      readonly "const": 529;
      readonly "title": "Site Is Overloaded";
      readonly "description": "The service is overloaded for the moment and cannot take the request now.";
    },
    {
      readonly "const": 530;
      readonly "title": "Origin Unavailable";
      readonly "description": "Cloudflare could not serve the request because of an origin problem described by a 1xxx error.";
    },
    {
      readonly "const": 540;
      readonly "title": "Temporarily Disabled";
      readonly "description": "Shopify has switched the requested endpoint off for the time being.";
    },
    {
      readonly "const": 561;
      readonly "title": "Unauthorized";
      readonly "description": "The load balancer was authenticating the user and the identity provider answered with an error.";
    },
    {
      readonly "const": 598;
      readonly "title": "Network Read Timeout Error";
      readonly "description": "A proxy timed out while reading the response from the upstream server.";
    },
    {
      readonly "const": 599;
      readonly "title": "Network Connect Timeout Error";
      readonly "description": "A proxy timed out while trying to connect to the upstream server.";
    },
    {
      readonly "const": 783;
      readonly "title": "Unexpected Token";
      readonly "description": "Shopify could not parse the JSON in the request.";
    },
    {
      readonly "const": 999;
      readonly "title": "Request Denied";
      readonly "description": "LinkedIn refused the request, typically because it looks automated.";
    }
  ];
  readonly "$defs": {
    readonly "InformationalStatusCode": {
      readonly "title": "Informational status code";
      readonly "description": "A 1xx status code of the spec (100-199), official or vendor-specific.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 100;
          readonly "title": "Continue";
          readonly "description": "So far the server has not turned the request down, and the client can send the rest of it.";
        },
        {
          readonly "const": 101;
          readonly "title": "Switching Protocols";
          readonly "description": "The server is switching this connection to the protocol the client asked for in its Upgrade header field.";
        },
        {
          readonly "const": 102;
          readonly "title": "Processing";
          readonly "description": "An interim notice that the request is still being worked on and that the final response will follow.";
        },
        {
          readonly "const": 103;
          readonly "title": "Early Hints";
          readonly "description": "The server is sending header fields it expects the final response to carry, before that response is ready.";
        },
        {
          readonly "const": 104;
          readonly "title": "Upload Resumption Supported";
          readonly "description": "The server tells the client that an upload in progress can be resumed if it gets interrupted.";
        }
      ];
    };
    readonly "SuccessStatusCode": {
      readonly "title": "Successful status code";
      readonly "description": "A 2xx status code of the spec (200-299), official or vendor-specific.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 200;
          readonly "title": "OK";
          readonly "description": "The server carried out the request successfully.";
        },
        {
          readonly "const": 201;
          readonly "title": "Created";
          readonly "description": "The server carried out the request by creating one or more new resources.";
        },
        {
          readonly "const": 202;
          readonly "title": "Accepted";
          readonly "description": "The server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed.";
        },
        {
          readonly "const": 203;
          readonly "title": "Non-Authoritative Information";
          readonly "description": "A successful response that a proxy on the way has altered, so it is not exactly what the origin sent.";
        },
        {
          readonly "const": 204;
          readonly "title": "No Content";
          readonly "description": "The request succeeded and the response deliberately carries no content.";
        },
        {
          readonly "const": 205;
          readonly "title": "Reset Content";
          readonly "description": "The request succeeded and the user agent should reset the form or view the request came from.";
        },
        {
          readonly "const": 206;
          readonly "title": "Partial Content";
          readonly "description": "The response holds just the byte ranges the client asked for with a Range header field, not the whole representation.";
        },
        {
          readonly "const": 207;
          readonly "title": "Multi-Status";
          readonly "description": "The response body reports a separate status for each of several resources or operations.";
        },
        {
          readonly "const": 208;
          readonly "title": "Already Reported";
          readonly "description": "Stands in for a binding's members that this multistatus response has reported already, so they are not listed twice.";
        },
        {
          readonly "const": 218;
          readonly "title": "This is fine";
          readonly "description": "An error from the origin was passed through unchanged by a proxy that was told not to replace error pages.";
        },
        {
          readonly "const": 226;
          readonly "title": "IM Used";
          readonly "description": "The server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result.";
        }
      ];
    };
    readonly "RedirectionStatusCode": {
      readonly "title": "Redirection status code";
      readonly "description": "A 3xx status code of the spec (300-399), official or vendor-specific.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 300;
          readonly "title": "Multiple Choices";
          readonly "description": "Several representations of the target are available, and the choice among them is left to the client or the user.";
        },
        {
          readonly "const": 301;
          readonly "title": "Moved Permanently";
          readonly "description": "The target has a new permanent URI, named in Location, which clients should use from now on.";
        },
        {
          readonly "const": 302;
          readonly "title": "Found";
          readonly "description": "For now the resource is at another URI, given in Location, and the original URI stays in use.";
        },
        {
          readonly "const": 303;
          readonly "title": "See Other";
          readonly "description": "The server points the client at a different resource, named in Location, to be retrieved with GET.";
        },
        {
          readonly "const": 304;
          readonly "title": "Not Modified";
          readonly "description": "The cached copy the client holds is still current, so no content is sent.";
        },
        {
          readonly "const": 305;
          readonly "title": "Use Proxy";
          readonly "description": "A deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing. Deprecated: Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 306;
          readonly "title": "Switch Proxy";
          readonly "description": "A reserved number that a 1997 proposal used to ask a client to switch to another proxy. Deprecated: Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 307;
          readonly "title": "Temporary Redirect";
          readonly "description": "A temporary redirect to the URI in Location, to be followed with the same method and content.";
        },
        {
          readonly "const": 308;
          readonly "title": "Permanent Redirect";
          readonly "description": "A permanent redirect to the URI in Location, to be followed with the same method and content.";
        }
      ];
    };
    readonly "ClientErrorStatusCode": {
      readonly "title": "Client Error status code";
      readonly "description": "A 4xx status code of the spec (400-499), official or vendor-specific.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 400;
          readonly "title": "Bad Request";
          readonly "description": "The server will not process the request because it sees a fault on the client's side, such as malformed syntax.";
        },
        {
          readonly "const": 401;
          readonly "title": "Unauthorized";
          readonly "description": "The request needs valid authentication credentials, and it carried none or ones the server rejected.";
        },
        {
          readonly "const": 402;
          readonly "title": "Payment Required";
          readonly "description": "Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed.";
        },
        {
          readonly "const": 403;
          readonly "title": "Forbidden";
          readonly "description": "The server understood the request and will not carry it out.";
        },
        {
          readonly "const": 404;
          readonly "title": "Not Found";
          readonly "description": "Nothing is available at the target URI, or the server prefers not to say whether anything is.";
        },
        {
          readonly "const": 405;
          readonly "title": "Method Not Allowed";
          readonly "description": "The resource exists but does not support the request method.";
        },
        {
          readonly "const": 406;
          readonly "title": "Not Acceptable";
          readonly "description": "No representation of the resource matches what the request's content negotiation fields accept.";
        },
        {
          readonly "const": 407;
          readonly "title": "Proxy Authentication Required";
          readonly "description": "A proxy on the way wants the client to authenticate with it before it forwards the request.";
        },
        {
          readonly "const": 408;
          readonly "title": "Request Timeout";
          readonly "description": "The server stopped waiting for a request that the client did not finish sending in time.";
        },
        {
          readonly "const": 409;
          readonly "title": "Conflict";
          readonly "description": "The resource's current state does not allow the change the request asks for.";
        },
        {
          readonly "const": 410;
          readonly "title": "Gone";
          readonly "description": "The resource has been removed on purpose, and the server expects it never to return.";
        },
        {
          readonly "const": 411;
          readonly "title": "Length Required";
          readonly "description": "The server needs a Content-Length header field for this request.";
        },
        {
          readonly "const": 412;
          readonly "title": "Precondition Failed";
          readonly "description": "A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.";
        },
        {
          readonly "const": 413;
          readonly "title": "Content Too Large";
          readonly "description": "The server refuses the request because its content exceeds a size limit.";
        },
        {
          readonly "const": 414;
          readonly "title": "URI Too Long";
          readonly "description": "The target URI exceeds the length the server is prepared to parse.";
        },
        {
          readonly "const": 415;
          readonly "title": "Unsupported Media Type";
          readonly "description": "The server will not accept the request content because of its media type or content coding.";
        },
        {
          readonly "const": 416;
          readonly "title": "Range Not Satisfiable";
          readonly "description": "The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.";
        },
        {
          readonly "const": 417;
          readonly "title": "Expectation Failed";
          readonly "description": "The request's Expect field asks for something that the server, or a proxy on the path, does not provide.";
        },
        {
          readonly "const": 418;
          readonly "title": "I'm a teapot";
          readonly "description": "An April Fools' code with which a server claims to be a teapot that cannot make coffee.";
        },
        {
          readonly "const": 419;
          readonly "title": "Page Expired";
          readonly "description": "Laravel refused a form submission whose anti-CSRF token was absent or out of date.";
        },
        {
          readonly "const": 420;
          readonly "title": "Enhance Your Calm";
          readonly "description": "Twitter's API was throttling the app for sending too many requests. Deprecated: X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 421;
          readonly "title": "Misdirected Request";
          readonly "description": "The server that received the request cannot give an authoritative answer for its target URI.";
        },
        {
          readonly "const": 422;
          readonly "title": "Unprocessable Content";
          readonly "description": "The server understands the content's type and syntax but cannot act on what it says.";
        },
        {
          readonly "const": 423;
          readonly "title": "Locked";
          readonly "description": "A lock on the source or destination resource keeps the request from going through.";
        },
        {
          readonly "const": 424;
          readonly "title": "Failed Dependency";
          readonly "description": "An operation was skipped because another operation it relied on failed.";
        },
        {
          readonly "const": 425;
          readonly "title": "Too Early";
          readonly "description": "The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.";
        },
        {
          readonly "const": 426;
          readonly "title": "Upgrade Required";
          readonly "description": "The server insists on a different protocol, named in its Upgrade field, before it will handle the request.";
        },
        {
          readonly "const": 428;
          readonly "title": "Precondition Required";
          readonly "description": "The server will act on this kind of request only when it carries a condition such as If-Match.";
        },
        {
          readonly "const": 429;
          readonly "title": "Too Many Requests";
          readonly "description": "The client has gone over the server's limit on how many requests it may send.";
        },
        {
          readonly "const": 430;
          readonly "title": "Shopify Security Rejection";
          readonly "description": "Shopify's security checks flagged the request as possibly malicious and refused it.";
        },
        {
          readonly "const": 431;
          readonly "title": "Request Header Fields Too Large";
          readonly "description": "The server refuses the request because its header fields are too big, singly or together.";
        },
        {
          readonly "const": 440;
          readonly "title": "Login Timeout";
          readonly "description": "Outlook Web Access ended the user's session, so the user has to sign in again.";
        },
        {
          readonly "const": 444;
          readonly "title": "No Response";
          readonly "description": "nginx closed the connection without sending any response.";
        },
        {
          readonly "const": 449;
          readonly "title": "Retry With";
          readonly "description": "The server needs more information and asks the client to repeat the request with an extra header field.";
        },
        {
          readonly "const": 450;
          readonly "title": "Blocked by Windows Parental Controls";
          readonly "description": "Windows family safety settings stopped the page from loading.";
        },
        {
          readonly "const": 451;
          readonly "title": "Unavailable For Legal Reasons";
          readonly "description": "Access to the resource is blocked because of a legal demand, such as a court order.";
        },
        {
          readonly "const": 460;
          readonly "title": "Client Closed Connection";
          readonly "description": "The client dropped its connection to the load balancer before the idle timeout expired.";
        },
        {
          readonly "const": 463;
          readonly "title": "X-Forwarded-For Too Large";
          readonly "description": "The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.";
        },
        {
          readonly "const": 464;
          readonly "title": "Incompatible Protocol Versions";
          readonly "description": "The request's protocol version does not match what the load balancer's target group expects.";
        },
        {
          readonly "const": 494;
          readonly "title": "Request Header Too Large";
          readonly "description": "nginx refused a request because its header, or a single header line, did not fit in the configured buffers.";
        },
        {
          readonly "const": 495;
          readonly "title": "SSL Certificate Error";
          readonly "description": "The client presented a TLS certificate that nginx could not verify.";
        },
        {
          readonly "const": 496;
          readonly "title": "SSL Certificate Required";
          readonly "description": "nginx demands a client certificate for mutual TLS and the client presented none.";
        },
        {
          readonly "const": 497;
          readonly "title": "HTTP Request Sent to HTTPS Port";
          readonly "description": "A plain HTTP request arrived on a port where nginx expects HTTPS.";
        },
        {
          readonly "const": 498;
          readonly "title": "Invalid Token";
          readonly "description": "ArcGIS rejected the access token sent with the request as expired or not valid.";
        },
        {
          readonly "const": 499;
          readonly "title": "Client Closed Request";
          readonly "description": "The client closed the connection while nginx was still processing the request.";
        }
      ];
    };
    readonly "ServerErrorStatusCode": {
      readonly "title": "Server Error status code";
      readonly "description": "A 5xx status code of the spec (500-599), official or vendor-specific.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 500;
          readonly "title": "Internal Server Error";
          readonly "description": "Something unexpected went wrong on the server while it handled the request.";
        },
        {
          readonly "const": 501;
          readonly "title": "Not Implemented";
          readonly "description": "The server does not implement what the request needs, usually its method.";
        },
        {
          readonly "const": 502;
          readonly "title": "Bad Gateway";
          readonly "description": "The gateway or proxy that answered got a broken or unusable reply from the server behind it.";
        },
        {
          readonly "const": 503;
          readonly "title": "Service Unavailable";
          readonly "description": "The server cannot take requests for now, because of overload or maintenance, and expects to recover.";
        },
        {
          readonly "const": 504;
          readonly "title": "Gateway Timeout";
          readonly "description": "The gateway or proxy that answered gave up waiting for the server behind it.";
        },
        {
          readonly "const": 505;
          readonly "title": "HTTP Version Not Supported";
          readonly "description": "The server will not handle requests in the major HTTP version the client used.";
        },
        {
          readonly "const": 506;
          readonly "title": "Variant Also Negotiates";
          readonly "description": "The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.";
        },
        {
          readonly "const": 507;
          readonly "title": "Insufficient Storage";
          readonly "description": "The server has run out of the space it needs to store the result of the request.";
        },
        {
          readonly "const": 508;
          readonly "title": "Loop Detected";
          readonly "description": "The server aborted an operation on a whole tree of bindings because it ran into a loop.";
        },
        {
          readonly "const": 509;
          readonly "title": "Bandwidth Limit Exceeded";
          readonly "description": "The site has used up the bandwidth its hosting plan allows.";
        },
        {
          readonly "const": 510;
          readonly "title": "Not Extended";
          readonly "description": "The request does not meet the extension policy needed to access the resource. Deprecated: The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 511;
          readonly "title": "Network Authentication Required";
          readonly "description": "The user has to log in to the network, for example at a captive portal, before getting access.";
        },
        {
          readonly "const": 520;
          readonly "title": "Web Server Returned an Unknown Error";
          readonly "description": "Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.";
        },
        {
          readonly "const": 521;
          readonly "title": "Web Server Is Down";
          readonly "description": "Cloudflare's connection attempt was rejected by the origin web server.";
        },
        {
          readonly "const": 522;
          readonly "title": "Connection Timed Out";
          readonly "description": "Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.";
        },
        {
          readonly "const": 523;
          readonly "title": "Origin Is Unreachable";
          readonly "description": "Cloudflare could not reach the origin server at all.";
        },
        {
          readonly "const": 524;
          readonly "title": "A Timeout Occurred";
          readonly "description": "The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).";
        },
        {
          readonly "const": 525;
          readonly "title": "SSL Handshake Failed";
          readonly "description": "The TLS handshake between Cloudflare and the origin server failed.";
        },
        {
          readonly "const": 526;
          readonly "title": "Invalid SSL Certificate";
          readonly "description": "The origin's TLS certificate did not pass Cloudflare's validation.";
        },
        {
          readonly "const": 527;
          readonly "title": "Railgun Error";
          readonly "description": "Cloudflare lost its link to the Railgun listener at the origin. Deprecated: Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 529;
          readonly "title": "Site Is Overloaded";
          readonly "description": "The service is overloaded for the moment and cannot take the request now.";
        },
        {
          readonly "const": 530;
          readonly "title": "Origin Unavailable";
          readonly "description": "Cloudflare could not serve the request because of an origin problem described by a 1xxx error.";
        },
        {
          readonly "const": 540;
          readonly "title": "Temporarily Disabled";
          readonly "description": "Shopify has switched the requested endpoint off for the time being.";
        },
        {
          readonly "const": 561;
          readonly "title": "Unauthorized";
          readonly "description": "The load balancer was authenticating the user and the identity provider answered with an error.";
        },
        {
          readonly "const": 598;
          readonly "title": "Network Read Timeout Error";
          readonly "description": "A proxy timed out while reading the response from the upstream server.";
        },
        {
          readonly "const": 599;
          readonly "title": "Network Connect Timeout Error";
          readonly "description": "A proxy timed out while trying to connect to the upstream server.";
        }
      ];
    };
    readonly "OfficialStatusCode": {
      readonly "title": "Official status code";
      readonly "description": "A status code registered with IANA.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 100;
          readonly "title": "Continue";
          readonly "description": "So far the server has not turned the request down, and the client can send the rest of it.";
        },
        {
          readonly "const": 101;
          readonly "title": "Switching Protocols";
          readonly "description": "The server is switching this connection to the protocol the client asked for in its Upgrade header field.";
        },
        {
          readonly "const": 102;
          readonly "title": "Processing";
          readonly "description": "An interim notice that the request is still being worked on and that the final response will follow.";
        },
        {
          readonly "const": 103;
          readonly "title": "Early Hints";
          readonly "description": "The server is sending header fields it expects the final response to carry, before that response is ready.";
        },
        {
          readonly "const": 104;
          readonly "title": "Upload Resumption Supported";
          readonly "description": "The server tells the client that an upload in progress can be resumed if it gets interrupted.";
        },
        {
          readonly "const": 200;
          readonly "title": "OK";
          readonly "description": "The server carried out the request successfully.";
        },
        {
          readonly "const": 201;
          readonly "title": "Created";
          readonly "description": "The server carried out the request by creating one or more new resources.";
        },
        {
          readonly "const": 202;
          readonly "title": "Accepted";
          readonly "description": "The server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed.";
        },
        {
          readonly "const": 203;
          readonly "title": "Non-Authoritative Information";
          readonly "description": "A successful response that a proxy on the way has altered, so it is not exactly what the origin sent.";
        },
        {
          readonly "const": 204;
          readonly "title": "No Content";
          readonly "description": "The request succeeded and the response deliberately carries no content.";
        },
        {
          readonly "const": 205;
          readonly "title": "Reset Content";
          readonly "description": "The request succeeded and the user agent should reset the form or view the request came from.";
        },
        {
          readonly "const": 206;
          readonly "title": "Partial Content";
          readonly "description": "The response holds just the byte ranges the client asked for with a Range header field, not the whole representation.";
        },
        {
          readonly "const": 207;
          readonly "title": "Multi-Status";
          readonly "description": "The response body reports a separate status for each of several resources or operations.";
        },
        {
          readonly "const": 208;
          readonly "title": "Already Reported";
          readonly "description": "Stands in for a binding's members that this multistatus response has reported already, so they are not listed twice.";
        },
        {
          readonly "const": 226;
          readonly "title": "IM Used";
          readonly "description": "The server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result.";
        },
        {
          readonly "const": 300;
          readonly "title": "Multiple Choices";
          readonly "description": "Several representations of the target are available, and the choice among them is left to the client or the user.";
        },
        {
          readonly "const": 301;
          readonly "title": "Moved Permanently";
          readonly "description": "The target has a new permanent URI, named in Location, which clients should use from now on.";
        },
        {
          readonly "const": 302;
          readonly "title": "Found";
          readonly "description": "For now the resource is at another URI, given in Location, and the original URI stays in use.";
        },
        {
          readonly "const": 303;
          readonly "title": "See Other";
          readonly "description": "The server points the client at a different resource, named in Location, to be retrieved with GET.";
        },
        {
          readonly "const": 304;
          readonly "title": "Not Modified";
          readonly "description": "The cached copy the client holds is still current, so no content is sent.";
        },
        {
          readonly "const": 305;
          readonly "title": "Use Proxy";
          readonly "description": "A deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing. Deprecated: Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 306;
          readonly "title": "Switch Proxy";
          readonly "description": "A reserved number that a 1997 proposal used to ask a client to switch to another proxy. Deprecated: Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 307;
          readonly "title": "Temporary Redirect";
          readonly "description": "A temporary redirect to the URI in Location, to be followed with the same method and content.";
        },
        {
          readonly "const": 308;
          readonly "title": "Permanent Redirect";
          readonly "description": "A permanent redirect to the URI in Location, to be followed with the same method and content.";
        },
        {
          readonly "const": 400;
          readonly "title": "Bad Request";
          readonly "description": "The server will not process the request because it sees a fault on the client's side, such as malformed syntax.";
        },
        {
          readonly "const": 401;
          readonly "title": "Unauthorized";
          readonly "description": "The request needs valid authentication credentials, and it carried none or ones the server rejected.";
        },
        {
          readonly "const": 402;
          readonly "title": "Payment Required";
          readonly "description": "Set aside by HTTP for future use; some services send it when a payment or a paid plan is needed.";
        },
        {
          readonly "const": 403;
          readonly "title": "Forbidden";
          readonly "description": "The server understood the request and will not carry it out.";
        },
        {
          readonly "const": 404;
          readonly "title": "Not Found";
          readonly "description": "Nothing is available at the target URI, or the server prefers not to say whether anything is.";
        },
        {
          readonly "const": 405;
          readonly "title": "Method Not Allowed";
          readonly "description": "The resource exists but does not support the request method.";
        },
        {
          readonly "const": 406;
          readonly "title": "Not Acceptable";
          readonly "description": "No representation of the resource matches what the request's content negotiation fields accept.";
        },
        {
          readonly "const": 407;
          readonly "title": "Proxy Authentication Required";
          readonly "description": "A proxy on the way wants the client to authenticate with it before it forwards the request.";
        },
        {
          readonly "const": 408;
          readonly "title": "Request Timeout";
          readonly "description": "The server stopped waiting for a request that the client did not finish sending in time.";
        },
        {
          readonly "const": 409;
          readonly "title": "Conflict";
          readonly "description": "The resource's current state does not allow the change the request asks for.";
        },
        {
          readonly "const": 410;
          readonly "title": "Gone";
          readonly "description": "The resource has been removed on purpose, and the server expects it never to return.";
        },
        {
          readonly "const": 411;
          readonly "title": "Length Required";
          readonly "description": "The server needs a Content-Length header field for this request.";
        },
        {
          readonly "const": 412;
          readonly "title": "Precondition Failed";
          readonly "description": "A condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.";
        },
        {
          readonly "const": 413;
          readonly "title": "Content Too Large";
          readonly "description": "The server refuses the request because its content exceeds a size limit.";
        },
        {
          readonly "const": 414;
          readonly "title": "URI Too Long";
          readonly "description": "The target URI exceeds the length the server is prepared to parse.";
        },
        {
          readonly "const": 415;
          readonly "title": "Unsupported Media Type";
          readonly "description": "The server will not accept the request content because of its media type or content coding.";
        },
        {
          readonly "const": 416;
          readonly "title": "Range Not Satisfiable";
          readonly "description": "The server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.";
        },
        {
          readonly "const": 417;
          readonly "title": "Expectation Failed";
          readonly "description": "The request's Expect field asks for something that the server, or a proxy on the path, does not provide.";
        },
        {
          readonly "const": 418;
          readonly "title": "I'm a teapot";
          readonly "description": "An April Fools' code with which a server claims to be a teapot that cannot make coffee.";
        },
        {
          readonly "const": 421;
          readonly "title": "Misdirected Request";
          readonly "description": "The server that received the request cannot give an authoritative answer for its target URI.";
        },
        {
          readonly "const": 422;
          readonly "title": "Unprocessable Content";
          readonly "description": "The server understands the content's type and syntax but cannot act on what it says.";
        },
        {
          readonly "const": 423;
          readonly "title": "Locked";
          readonly "description": "A lock on the source or destination resource keeps the request from going through.";
        },
        {
          readonly "const": 424;
          readonly "title": "Failed Dependency";
          readonly "description": "An operation was skipped because another operation it relied on failed.";
        },
        {
          readonly "const": 425;
          readonly "title": "Too Early";
          readonly "description": "The request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.";
        },
        {
          readonly "const": 426;
          readonly "title": "Upgrade Required";
          readonly "description": "The server insists on a different protocol, named in its Upgrade field, before it will handle the request.";
        },
        {
          readonly "const": 428;
          readonly "title": "Precondition Required";
          readonly "description": "The server will act on this kind of request only when it carries a condition such as If-Match.";
        },
        {
          readonly "const": 429;
          readonly "title": "Too Many Requests";
          readonly "description": "The client has gone over the server's limit on how many requests it may send.";
        },
        {
          readonly "const": 431;
          readonly "title": "Request Header Fields Too Large";
          readonly "description": "The server refuses the request because its header fields are too big, singly or together.";
        },
        {
          readonly "const": 451;
          readonly "title": "Unavailable For Legal Reasons";
          readonly "description": "Access to the resource is blocked because of a legal demand, such as a court order.";
        },
        {
          readonly "const": 500;
          readonly "title": "Internal Server Error";
          readonly "description": "Something unexpected went wrong on the server while it handled the request.";
        },
        {
          readonly "const": 501;
          readonly "title": "Not Implemented";
          readonly "description": "The server does not implement what the request needs, usually its method.";
        },
        {
          readonly "const": 502;
          readonly "title": "Bad Gateway";
          readonly "description": "The gateway or proxy that answered got a broken or unusable reply from the server behind it.";
        },
        {
          readonly "const": 503;
          readonly "title": "Service Unavailable";
          readonly "description": "The server cannot take requests for now, because of overload or maintenance, and expects to recover.";
        },
        {
          readonly "const": 504;
          readonly "title": "Gateway Timeout";
          readonly "description": "The gateway or proxy that answered gave up waiting for the server behind it.";
        },
        {
          readonly "const": 505;
          readonly "title": "HTTP Version Not Supported";
          readonly "description": "The server will not handle requests in the major HTTP version the client used.";
        },
        {
          readonly "const": 506;
          readonly "title": "Variant Also Negotiates";
          readonly "description": "The server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.";
        },
        {
          readonly "const": 507;
          readonly "title": "Insufficient Storage";
          readonly "description": "The server has run out of the space it needs to store the result of the request.";
        },
        {
          readonly "const": 508;
          readonly "title": "Loop Detected";
          readonly "description": "The server aborted an operation on a whole tree of bindings because it ran into a loop.";
        },
        {
          readonly "const": 510;
          readonly "title": "Not Extended";
          readonly "description": "The request does not meet the extension policy needed to access the resource. Deprecated: The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 511;
          readonly "title": "Network Authentication Required";
          readonly "description": "The user has to log in to the network, for example at a captive portal, before getting access.";
        }
      ];
    };
    readonly "UnofficialStatusCode": {
      readonly "title": "Unofficial status code";
      readonly "description": "A vendor-specific status code that IANA does not register; some lie outside 100-599 and belong to no class.";
      readonly "type": "integer";
      readonly "oneOf": readonly [
        {
          readonly "const": 218;
          readonly "title": "This is fine";
          readonly "description": "An error from the origin was passed through unchanged by a proxy that was told not to replace error pages.";
        },
        {
          readonly "const": 419;
          readonly "title": "Page Expired";
          readonly "description": "Laravel refused a form submission whose anti-CSRF token was absent or out of date.";
        },
        {
          readonly "const": 420;
          readonly "title": "Enhance Your Calm";
          readonly "description": "Twitter's API was throttling the app for sending too many requests. Deprecated: X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 430;
          readonly "title": "Shopify Security Rejection";
          readonly "description": "Shopify's security checks flagged the request as possibly malicious and refused it.";
        },
        {
          readonly "const": 440;
          readonly "title": "Login Timeout";
          readonly "description": "Outlook Web Access ended the user's session, so the user has to sign in again.";
        },
        {
          readonly "const": 444;
          readonly "title": "No Response";
          readonly "description": "nginx closed the connection without sending any response.";
        },
        {
          readonly "const": 449;
          readonly "title": "Retry With";
          readonly "description": "The server needs more information and asks the client to repeat the request with an extra header field.";
        },
        {
          readonly "const": 450;
          readonly "title": "Blocked by Windows Parental Controls";
          readonly "description": "Windows family safety settings stopped the page from loading.";
        },
        {
          readonly "const": 460;
          readonly "title": "Client Closed Connection";
          readonly "description": "The client dropped its connection to the load balancer before the idle timeout expired.";
        },
        {
          readonly "const": 463;
          readonly "title": "X-Forwarded-For Too Large";
          readonly "description": "The load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.";
        },
        {
          readonly "const": 464;
          readonly "title": "Incompatible Protocol Versions";
          readonly "description": "The request's protocol version does not match what the load balancer's target group expects.";
        },
        {
          readonly "const": 494;
          readonly "title": "Request Header Too Large";
          readonly "description": "nginx refused a request because its header, or a single header line, did not fit in the configured buffers.";
        },
        {
          readonly "const": 495;
          readonly "title": "SSL Certificate Error";
          readonly "description": "The client presented a TLS certificate that nginx could not verify.";
        },
        {
          readonly "const": 496;
          readonly "title": "SSL Certificate Required";
          readonly "description": "nginx demands a client certificate for mutual TLS and the client presented none.";
        },
        {
          readonly "const": 497;
          readonly "title": "HTTP Request Sent to HTTPS Port";
          readonly "description": "A plain HTTP request arrived on a port where nginx expects HTTPS.";
        },
        {
          readonly "const": 498;
          readonly "title": "Invalid Token";
          readonly "description": "ArcGIS rejected the access token sent with the request as expired or not valid.";
        },
        {
          readonly "const": 499;
          readonly "title": "Client Closed Request";
          readonly "description": "The client closed the connection while nginx was still processing the request.";
        },
        {
          readonly "const": 509;
          readonly "title": "Bandwidth Limit Exceeded";
          readonly "description": "The site has used up the bandwidth its hosting plan allows.";
        },
        {
          readonly "const": 520;
          readonly "title": "Web Server Returned an Unknown Error";
          readonly "description": "Cloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.";
        },
        {
          readonly "const": 521;
          readonly "title": "Web Server Is Down";
          readonly "description": "Cloudflare's connection attempt was rejected by the origin web server.";
        },
        {
          readonly "const": 522;
          readonly "title": "Connection Timed Out";
          readonly "description": "Cloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.";
        },
        {
          readonly "const": 523;
          readonly "title": "Origin Is Unreachable";
          readonly "description": "Cloudflare could not reach the origin server at all.";
        },
        {
          readonly "const": 524;
          readonly "title": "A Timeout Occurred";
          readonly "description": "The origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).";
        },
        {
          readonly "const": 525;
          readonly "title": "SSL Handshake Failed";
          readonly "description": "The TLS handshake between Cloudflare and the origin server failed.";
        },
        {
          readonly "const": 526;
          readonly "title": "Invalid SSL Certificate";
          readonly "description": "The origin's TLS certificate did not pass Cloudflare's validation.";
        },
        {
          readonly "const": 527;
          readonly "title": "Railgun Error";
          readonly "description": "Cloudflare lost its link to the Railgun listener at the origin. Deprecated: Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.";
          readonly "deprecated": true;
        },
        {
          readonly "const": 529;
          readonly "title": "Site Is Overloaded";
          readonly "description": "The service is overloaded for the moment and cannot take the request now.";
        },
        {
          readonly "const": 530;
          readonly "title": "Origin Unavailable";
          readonly "description": "Cloudflare could not serve the request because of an origin problem described by a 1xxx error.";
        },
        {
          readonly "const": 540;
          readonly "title": "Temporarily Disabled";
          readonly "description": "Shopify has switched the requested endpoint off for the time being.";
        },
        {
          readonly "const": 561;
          readonly "title": "Unauthorized";
          readonly "description": "The load balancer was authenticating the user and the identity provider answered with an error.";
        },
        {
          readonly "const": 598;
          readonly "title": "Network Read Timeout Error";
          readonly "description": "A proxy timed out while reading the response from the upstream server.";
        },
        {
          readonly "const": 599;
          readonly "title": "Network Connect Timeout Error";
          readonly "description": "A proxy timed out while trying to connect to the upstream server.";
        },
        {
          readonly "const": 783;
          readonly "title": "Unexpected Token";
          readonly "description": "Shopify could not parse the JSON in the request.";
        },
        {
          readonly "const": 999;
          readonly "title": "Request Denied";
          readonly "description": "LinkedIn refused the request, typically because it looks automated.";
        }
      ];
    };
  };
};

/** JSON Schema (draft 2020-12) of RFC 9457 problem details. */
export declare const problemDetailsSchema: {
  readonly "$schema": "https://json-schema.org/draft/2020-12/schema";
  readonly "$id": "https://github.com/org/status-codes/schemas/problem-details.schema.json";
  readonly "$comment": "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";
  readonly "title": "Problem details (RFC 9457)";
  readonly "description": "A machine-readable description of an error in an HTTP API response (media type application/problem+json). Every member is optional, and members other than the five standard ones are extensions that carry problem-specific data.";
  readonly "type": "object";
  readonly "properties": {
    readonly "type": {
      readonly "description": "A URI reference that names the problem type, resolved against the document's base URI. When it is absent the type is `about:blank`: a problem with no more meaning than its status code, whose `title` is then the code's reason phrase.";
      readonly "type": "string";
      readonly "format": "uri-reference";
    };
    readonly "title": {
      readonly "description": "A short, human-readable summary of the problem type, the same for every occurrence of it (apart from localisation).";
      readonly "type": "string";
    };
    readonly "status": {
      readonly "description": "The HTTP status code the origin server sent for this occurrence, repeated here for convenience; it is advisory and should equal the response's status.";
      readonly "$ref": "https://github.com/org/status-codes/schemas/status-code.schema.json";
    };
    readonly "detail": {
      readonly "description": "A human-readable explanation of this occurrence of the problem, meant to help the client correct it rather than to debug the server.";
      readonly "type": "string";
    };
    readonly "instance": {
      readonly "description": "A URI reference that names this occurrence of the problem.";
      readonly "type": "string";
      readonly "format": "uri-reference";
    };
  };
  readonly "examples": readonly [
    {
      readonly "type": "https://github.com/org/status-codes/problems/out-of-credit";
      readonly "title": "You do not have enough credit.";
      readonly "status": 403;
      readonly "detail": "Your current balance is 30, but that costs 50.";
      readonly "instance": "/account/12345/transactions/abc";
      readonly "balance": 30;
    }
  ];
};

/** JSON Schema (draft 2020-12) of status-codes.json. */
export declare const statusInfoSchema: {
  readonly "$schema": "https://json-schema.org/draft/2020-12/schema";
  readonly "$id": "https://github.com/org/status-codes/schemas/status-info.schema.json";
  readonly "$comment": "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";
  readonly "title": "HTTP status codes as data";
  readonly "description": "The spec's status codes, header fields and classes, as status-codes.json ships them.";
  readonly "type": "object";
  readonly "properties": {
    readonly "$comment": {
      readonly "description": "A note that the file is generated.";
      readonly "type": "string";
    };
    readonly "version": {
      readonly "description": "The version of the packages this data belongs to.";
      readonly "type": "string";
    };
    readonly "classes": {
      readonly "description": "The five classes, in order.";
      readonly "type": "array";
      readonly "items": {
        readonly "$ref": "#/$defs/StatusClass";
      };
    };
    readonly "headers": {
      readonly "description": "Every header field the codes refer to, sorted by name.";
      readonly "type": "array";
      readonly "items": {
        readonly "$ref": "#/$defs/Header";
      };
    };
    readonly "statuses": {
      readonly "description": "Every status code, sorted by code.";
      readonly "type": "array";
      readonly "items": {
        readonly "$ref": "#/$defs/Status";
      };
    };
  };
  readonly "required": readonly [
    "$comment",
    "version",
    "classes",
    "headers",
    "statuses"
  ];
  readonly "additionalProperties": false;
  readonly "$defs": {
    readonly "Status": {
      readonly "title": "Status code";
      readonly "description": "Everything the spec says about one status code.";
      readonly "type": "object";
      readonly "properties": {
        readonly "code": {
          readonly "description": "The numeric status code.";
          readonly "$ref": "https://github.com/org/status-codes/schemas/status-code.schema.json";
        };
        readonly "phrase": {
          readonly "description": "The reason phrase, e.g. \"Not Found\".";
          readonly "type": "string";
        };
        readonly "key": {
          readonly "description": "The constant name, e.g. \"NOT_FOUND\".";
          readonly "type": "string";
        };
        readonly "name": {
          readonly "description": "The PascalCase name, e.g. \"NotFound\".";
          readonly "type": "string";
        };
        readonly "class": {
          readonly "description": "The class by range, or null for a vendor code outside 100-599.";
          readonly "enum": readonly [
            "informational",
            "success",
            "redirection",
            "client-error",
            "server-error",
            null
          ];
        };
        readonly "official": {
          readonly "description": "Whether IANA registers the code.";
          readonly "type": "boolean";
        };
        readonly "registry": {
          readonly "description": "The IANA registry status of an official code; null for unofficial codes.";
          readonly "enum": readonly [
            "permanent",
            "temporary",
            "unused",
            "obsoleted",
            null
          ];
        };
        readonly "vendor": {
          readonly "description": "The vendor that uses an unofficial code; null for official codes.";
          readonly "anyOf": readonly [
            {
              readonly "type": "string";
            },
            {
              readonly "type": "null";
            }
          ];
        };
        readonly "summary": {
          readonly "description": "What the code means, in one sentence.";
          readonly "type": "string";
        };
        readonly "description": {
          readonly "description": "What the code means and when to send it, in a paragraph.";
          readonly "type": "string";
        };
        readonly "reference": {
          readonly "description": "The document that defines the code, or null when there is none.";
          readonly "anyOf": readonly [
            {
              readonly "$ref": "#/$defs/Reference";
            },
            {
              readonly "type": "null";
            }
          ];
        };
        readonly "aliases": {
          readonly "description": "Other reason phrases the code is known by, such as older names.";
          readonly "type": "array";
          readonly "items": {
            readonly "type": "string";
          };
        };
        readonly "legacyKeys": {
          readonly "description": "Constant names the code had before, kept so old code keeps working.";
          readonly "type": "array";
          readonly "items": {
            readonly "type": "string";
          };
        };
        readonly "legacyNames": {
          readonly "description": "PascalCase names the code had before, kept as deprecated aliases of its response and other per-code names.";
          readonly "type": "array";
          readonly "items": {
            readonly "type": "string";
          };
        };
        readonly "deprecated": {
          readonly "description": "Why the code should no longer be sent, or null when it may be.";
          readonly "anyOf": readonly [
            {
              readonly "type": "string";
            },
            {
              readonly "type": "null";
            }
          ];
        };
        readonly "reverseLookup": {
          readonly "description": "Whether looking the phrase or an alias up finds this code; false when a vendor phrase repeats another code's.";
          readonly "type": "boolean";
        };
        readonly "cacheable": {
          readonly "description": "Whether a response with this code is heuristically cacheable (RFC 9110, Section 15.1).";
          readonly "type": "boolean";
        };
        readonly "noContent": {
          readonly "description": "Whether a response with this code never carries content.";
          readonly "type": "boolean";
        };
        readonly "noStore": {
          readonly "description": "Whether a cache must not store a response with this code.";
          readonly "type": "boolean";
        };
        readonly "retryable": {
          readonly "description": "Whether the condition is transient and not the request's fault, so the same request repeated unchanged after a delay may succeed without anyone acting first.";
          readonly "type": "boolean";
        };
        readonly "redirect": {
          readonly "description": "Whether the code sends the client to another URI.";
          readonly "type": "boolean";
        };
        readonly "neverSent": {
          readonly "description": "Whether servers or proxies only log the code, so that no client ever receives a response with it.";
          readonly "type": "boolean";
        };
        readonly "headers": {
          readonly "description": "The names of the header fields (listed under `headers`) that go with the code, required or not.";
          readonly "type": "array";
          readonly "items": {
            readonly "type": "string";
          };
        };
        readonly "requiredHeaders": {
          readonly "description": "The subset of `headers` that a response with this code must carry.";
          readonly "type": "array";
          readonly "items": {
            readonly "type": "string";
          };
        };
        readonly "otherMeanings": {
          readonly "description": "What other vendors mean by the same code.";
          readonly "type": "array";
          readonly "items": {
            readonly "$ref": "#/$defs/OtherMeaning";
          };
        };
      };
      readonly "required": readonly [
        "code",
        "phrase",
        "key",
        "name",
        "class",
        "official",
        "registry",
        "vendor",
        "summary",
        "description",
        "reference",
        "aliases",
        "legacyKeys",
        "legacyNames",
        "deprecated",
        "reverseLookup",
        "cacheable",
        "noContent",
        "noStore",
        "retryable",
        "redirect",
        "neverSent",
        "headers",
        "requiredHeaders",
        "otherMeanings"
      ];
      readonly "additionalProperties": false;
    };
    readonly "Reference": {
      readonly "title": "Reference";
      readonly "description": "A citation with its link.";
      readonly "type": "object";
      readonly "properties": {
        readonly "title": {
          readonly "description": "The citation, e.g. \"RFC 9110, Section 15.5.5\".";
          readonly "type": "string";
        };
        readonly "url": {
          readonly "description": "A link to it.";
          readonly "type": "string";
        };
      };
      readonly "required": readonly [
        "title",
        "url"
      ];
      readonly "additionalProperties": false;
    };
    readonly "Header": {
      readonly "title": "Header field";
      readonly "description": "A response header field that codes refer to.";
      readonly "type": "object";
      readonly "properties": {
        readonly "name": {
          readonly "description": "The field name, e.g. \"Retry-After\".";
          readonly "type": "string";
        };
        readonly "description": {
          readonly "description": "What the field tells the client.";
          readonly "type": "string";
        };
        readonly "reference": {
          readonly "$ref": "#/$defs/Reference";
        };
        readonly "example": {
          readonly "description": "An example value, or null.";
          readonly "anyOf": readonly [
            {
              readonly "type": "string";
            },
            {
              readonly "type": "null";
            }
          ];
        };
      };
      readonly "required": readonly [
        "name",
        "description",
        "reference",
        "example"
      ];
      readonly "additionalProperties": false;
    };
    readonly "OtherMeaning": {
      readonly "title": "Other meaning";
      readonly "description": "What another vendor means by a code.";
      readonly "type": "object";
      readonly "properties": {
        readonly "vendor": {
          readonly "description": "The vendor.";
          readonly "type": "string";
        };
        readonly "phrase": {
          readonly "description": "The vendor's reason phrase.";
          readonly "type": "string";
        };
        readonly "description": {
          readonly "description": "What the vendor means by the code.";
          readonly "type": "string";
        };
      };
      readonly "required": readonly [
        "vendor",
        "phrase",
        "description"
      ];
      readonly "additionalProperties": false;
    };
    readonly "StatusClass": {
      readonly "title": "Status class";
      readonly "description": "One of the five classes of RFC 9110, Section 15.";
      readonly "type": "object";
      readonly "properties": {
        readonly "key": {
          readonly "description": "The class's key.";
          readonly "enum": readonly [
            "informational",
            "success",
            "redirection",
            "client-error",
            "server-error"
          ];
        };
        readonly "range": {
          readonly "description": "The range as written, e.g. \"4xx\".";
          readonly "type": "string";
        };
        readonly "min": {
          readonly "description": "The lowest code of the class.";
          readonly "type": "integer";
        };
        readonly "max": {
          readonly "description": "The highest code of the class.";
          readonly "type": "integer";
        };
        readonly "title": {
          readonly "description": "The class's title, e.g. \"Client Error\".";
          readonly "type": "string";
        };
        readonly "name": {
          readonly "description": "The PascalCase prefix of per-class names, e.g. \"ClientError\".";
          readonly "type": "string";
        };
        readonly "typeName": {
          readonly "description": "The name of the class's union type and schema definition, e.g. \"ClientErrorStatusCode\".";
          readonly "type": "string";
        };
      };
      readonly "required": readonly [
        "key",
        "range",
        "min",
        "max",
        "title",
        "name",
        "typeName"
      ];
      readonly "additionalProperties": false;
    };
  };
};

/** The draft 2020-12 schema of each problem type of the spec, by its slug: `problemTypeSchemas["out-of-credit"]`. */
export declare const problemTypeSchemas: {
  readonly "out-of-credit": {
    readonly "$schema": "https://json-schema.org/draft/2020-12/schema";
    readonly "$id": "https://github.com/org/status-codes/schemas/problem-types/out-of-credit.schema.json";
    readonly "$comment": "Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.";
    readonly "title": "You do not have enough credit";
    readonly "description": "The account's balance does not cover the cost of the request.\n\nSent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.\n\nProblem type https://github.com/org/status-codes/problems/out-of-credit, sent with 403 Forbidden.";
    readonly "allOf": readonly [
      {
        readonly "$ref": "https://github.com/org/status-codes/schemas/problem-details.schema.json";
      }
    ];
    readonly "type": "object";
    readonly "required": readonly [
      "type",
      "balance"
    ];
    readonly "properties": {
      readonly "type": {
        readonly "const": "https://github.com/org/status-codes/problems/out-of-credit";
      };
      readonly "status": {
        readonly "const": 403;
      };
      readonly "accounts": {
        readonly "type": "array";
        readonly "items": {
          readonly "type": "string";
          readonly "format": "uri";
        };
        readonly "description": "Accounts the client could charge instead.";
      };
      readonly "balance": {
        readonly "type": "integer";
        readonly "description": "The account's balance, in cents.";
      };
    };
  };
};
