// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/** A line per code from 400: the title of its class, then its header fields after CRs; an empty line for a code without a class, a line `\r<count>` for a run of them. */
export const ERROR_TITLES: string = `Bad Request
Unauthorized\rWWW-Authenticate
Payment Required
Forbidden
Not Found
Method Not Allowed\rAllow
Not Acceptable
Proxy Authentication Required\rProxy-Authenticate
Request Timeout
Conflict
Gone
Length Required
Precondition Failed
Content Too Large\rRetry-After
URI Too Long
Unsupported Media Type\rAccept\rAccept-Encoding
Range Not Satisfiable\rContent-Range
Expectation Failed
I'm a teapot
Page Expired
Enhance Your Calm
Misdirected Request
Unprocessable Content
Locked
Failed Dependency
Too Early
Upgrade Required\rConnection\rUpgrade

Precondition Required
Too Many Requests\rRetry-After
Shopify Security Rejection
Request Header Fields Too Large
\r8
Login Timeout
\r8
Retry With
Blocked by Windows Parental Controls
Unavailable For Legal Reasons\rLink
\r11
X-Forwarded-For Too Large
Incompatible Protocol Versions
\r29
Request Header Too Large
SSL Certificate Error
SSL Certificate Required
HTTP Request Sent to HTTPS Port
Invalid Token

Internal Server Error
Not Implemented
Bad Gateway
Service Unavailable\rRetry-After
Gateway Timeout
HTTP Version Not Supported
Variant Also Negotiates
Insufficient Storage
Loop Detected
Bandwidth Limit Exceeded
Not Extended
Network Authentication Required
\r8
Web Server Returned an Unknown Error
Web Server Is Down
Connection Timed Out
Origin Is Unreachable
A Timeout Occurred
SSL Handshake Failed
Invalid SSL Certificate
Railgun Error

Site Is Overloaded
Origin Unavailable
\r9
Temporarily Disabled
\r20
Unauthorized
\r36
Network Read Timeout Error
Network Connect Timeout Error`;

/** Class names that do not follow from the title (its words capitalised and joined), by code. */
export const ERROR_NAMES: { readonly [code: number]: string } = {
  418: "ImATeapot",
  561: "IdentityProviderError",
};
