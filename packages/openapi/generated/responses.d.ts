// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/** RFC 9457 problem details as an OpenAPI 3.1 schema, as each error response of `Responses` holds it. */
export type ProblemDetailsSchema = {
  readonly "type": "object";
  readonly "description": "A machine-readable description of an error in an HTTP API response (media type application/problem+json). Every member is optional, and members other than the five standard ones are extensions that carry problem-specific data.";
  readonly "externalDocs": {
    readonly "description": "RFC 9457, Section 3";
    readonly "url": "https://www.rfc-editor.org/rfc/rfc9457#section-3";
  };
  readonly "properties": {
    readonly "type": {
      readonly "type": "string";
      readonly "format": "uri-reference";
      readonly "description": "A URI reference that names the problem type, resolved against the document's base URI. When it is absent the type is `about:blank`: a problem with no more meaning than its status code, whose `title` is then the code's reason phrase.";
      readonly "examples": [
        "https://github.com/org/status-codes/problems/out-of-credit"
      ];
    };
    readonly "title": {
      readonly "type": "string";
      readonly "description": "A short, human-readable summary of the problem type, the same for every occurrence of it (apart from localisation).";
      readonly "examples": [
        "You do not have enough credit."
      ];
    };
    readonly "status": {
      readonly "type": "integer";
      readonly "minimum": 100;
      readonly "maximum": 999;
      readonly "description": "The HTTP status code the origin server sent for this occurrence, repeated here for convenience; it is advisory and should equal the response's status.";
      readonly "examples": [
        403
      ];
    };
    readonly "detail": {
      readonly "type": "string";
      readonly "description": "A human-readable explanation of this occurrence of the problem, meant to help the client correct it rather than to debug the server.";
      readonly "examples": [
        "Your current balance is 30, but that costs 50."
      ];
    };
    readonly "instance": {
      readonly "type": "string";
      readonly "format": "uri-reference";
      readonly "description": "A URI reference that names this occurrence of the problem.";
      readonly "examples": [
        "/account/12345/transactions/abc"
      ];
    };
  };
  readonly "additionalProperties": true;
  readonly "examples": [
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

/** RFC 9457 problem details as an OpenAPI 3.0 Schema Object, as each error response of `Responses30` holds it. */
export type ProblemDetailsSchema30 = {
  readonly "type": "object";
  readonly "description": "A machine-readable description of an error in an HTTP API response (media type application/problem+json). Every member is optional, and members other than the five standard ones are extensions that carry problem-specific data.";
  readonly "externalDocs": {
    readonly "description": "RFC 9457, Section 3";
    readonly "url": "https://www.rfc-editor.org/rfc/rfc9457#section-3";
  };
  readonly "properties": {
    readonly "type": {
      readonly "type": "string";
      readonly "format": "uri-reference";
      readonly "description": "A URI reference that names the problem type, resolved against the document's base URI. When it is absent the type is `about:blank`: a problem with no more meaning than its status code, whose `title` is then the code's reason phrase.";
      readonly "example": "https://github.com/org/status-codes/problems/out-of-credit";
    };
    readonly "title": {
      readonly "type": "string";
      readonly "description": "A short, human-readable summary of the problem type, the same for every occurrence of it (apart from localisation).";
      readonly "example": "You do not have enough credit.";
    };
    readonly "status": {
      readonly "type": "integer";
      readonly "minimum": 100;
      readonly "maximum": 999;
      readonly "description": "The HTTP status code the origin server sent for this occurrence, repeated here for convenience; it is advisory and should equal the response's status.";
      readonly "example": 403;
    };
    readonly "detail": {
      readonly "type": "string";
      readonly "description": "A human-readable explanation of this occurrence of the problem, meant to help the client correct it rather than to debug the server.";
      readonly "example": "Your current balance is 30, but that costs 50.";
    };
    readonly "instance": {
      readonly "type": "string";
      readonly "format": "uri-reference";
      readonly "description": "A URI reference that names this occurrence of the problem.";
      readonly "example": "/account/12345/transactions/abc";
    };
  };
  readonly "additionalProperties": true;
  readonly "example": {
    readonly "type": "https://github.com/org/status-codes/problems/out-of-credit";
    readonly "title": "You do not have enough credit.";
    readonly "status": 403;
    readonly "detail": "Your current balance is 30, but that costs 50.";
    readonly "instance": "/account/12345/transactions/abc";
    readonly "balance": 30;
  };
};

/** One self-contained OpenAPI 3.1 response per status code and per problem type, by name. */
export type Responses = {
  readonly "Continue": {
    readonly "description": "100 Continue\n\nSo far the server has not turned the request down, and the client can send the rest of it.\n\nSee [RFC 9110, Section 15.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1).";
    readonly "x-status-code": 100;
  };
  readonly "SwitchingProtocols": {
    readonly "description": "101 Switching Protocols\n\nThe server is switching this connection to the protocol the client asked for in its Upgrade header field.\n\nSee [RFC 9110, Section 15.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2).";
    readonly "headers": {
      readonly "Connection": {
        readonly "description": "Options that apply to the current HTTP/1.1 connection only, such as upgrade, which has to accompany an Upgrade field, or close, which announces that the sender will shut the connection after this message. HTTP/2 and HTTP/3 do not use the field.\n\nSee [RFC 9110, Section 7.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "upgrade";
      };
      readonly "Upgrade": {
        readonly "description": "The protocol or protocols the server is switching to, or would be willing to switch to.\n\nSee [RFC 9110, Section 7.8](https://www.rfc-editor.org/rfc/rfc9110#section-7.8).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "websocket";
      };
    };
    readonly "x-status-code": 101;
  };
  readonly "Processing": {
    readonly "description": "102 Processing\n\nAn interim notice that the request is still being worked on and that the final response will follow.\n\nSee [RFC 2518, Section 10.1](https://www.rfc-editor.org/rfc/rfc2518#section-10.1).";
    readonly "x-status-code": 102;
  };
  readonly "EarlyHints": {
    readonly "description": "103 Early Hints\n\nThe server is sending header fields it expects the final response to carry, before that response is ready.\n\nAlso used by Google Gears resumable upload proposal as \"Checkpoint\": An old, never standardised proposal for resumable requests used 103 to acknowledge a checkpoint in an interrupted upload.\n\nSee [RFC 8297, Section 2](https://www.rfc-editor.org/rfc/rfc8297#section-2).";
    readonly "headers": {
      readonly "Link": {
        readonly "description": "Typed links to related resources, such as assets worth preloading or the entity responsible for blocking access.\n\nSee [RFC 8288, Section 3](https://www.rfc-editor.org/rfc/rfc8288#section-3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "</styles/main.css>; rel=preload; as=style";
      };
    };
    readonly "x-status-code": 103;
  };
  readonly "UploadResumptionSupported": {
    readonly "description": "104 Upload Resumption Supported\n\nThe server tells the client that an upload in progress can be resumed if it gets interrupted.\n\nIANA registration: temporary.\n\nSee [draft-ietf-httpbis-resumable-upload (Resumable Uploads for HTTP)](https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 104;
  };
  readonly "Ok": {
    readonly "description": "200 OK\n\nThe server carried out the request successfully.\n\nSee [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1).";
    readonly "x-status-code": 200;
  };
  readonly "Created": {
    readonly "description": "201 Created\n\nThe server carried out the request by creating one or more new resources.\n\nSee [RFC 9110, Section 15.3.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 201;
  };
  readonly "Accepted": {
    readonly "description": "202 Accepted\n\nThe server has taken the request on but has not finished acting on it, and cannot yet say whether it will succeed.\n\nSee [RFC 9110, Section 15.3.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3).";
    readonly "x-status-code": 202;
  };
  readonly "NonAuthoritativeInformation": {
    readonly "description": "203 Non-Authoritative Information\n\nA successful response that a proxy on the way has altered, so it is not exactly what the origin sent.\n\nSee [RFC 9110, Section 15.3.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4).";
    readonly "x-status-code": 203;
  };
  readonly "NoContent": {
    readonly "description": "204 No Content\n\nThe request succeeded and the response deliberately carries no content.\n\nSee [RFC 9110, Section 15.3.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5).";
    readonly "x-status-code": 204;
  };
  readonly "ResetContent": {
    readonly "description": "205 Reset Content\n\nThe request succeeded and the user agent should reset the form or view the request came from.\n\nSee [RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6).";
    readonly "x-status-code": 205;
  };
  readonly "PartialContent": {
    readonly "description": "206 Partial Content\n\nThe response holds just the byte ranges the client asked for with a Range header field, not the whole representation.\n\nSee [RFC 9110, Section 15.3.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7).";
    readonly "headers": {
      readonly "Cache-Control": {
        readonly "description": "Directives that tell caches on the way whether they may keep the response and for how long they may reuse it, such as max-age, no-cache or no-store.\n\nSee [RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "max-age=3600, must-revalidate";
      };
      readonly "Content-Location": {
        readonly "description": "A URI for the particular representation carried or described by the response, which can differ from the target URI, for instance when content negotiation picked a language variant.\n\nSee [RFC 9110, Section 8.7](https://www.rfc-editor.org/rfc/rfc9110#section-8.7).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/reports/2026/summary.en.json";
      };
      readonly "Content-Range": {
        readonly "description": "Which byte range of the representation the enclosed part covers, or, on a failed range request, the full length of the representation.\n\nSee [RFC 9110, Section 14.4](https://www.rfc-editor.org/rfc/rfc9110#section-14.4).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "bytes 0-1023/146515";
      };
      readonly "Date": {
        readonly "description": "When the response was generated, as an HTTP date. An origin server with a clock sends it on every 2xx, 3xx and 4xx response and may send it on the others.\n\nSee [RFC 9110, Section 6.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Tue, 01 Dec 2026 14:43:09 GMT";
      };
      readonly "ETag": {
        readonly "description": "An opaque tag naming the current version of the selected representation. Clients send it back in If-None-Match or If-Match to make requests conditional; a W/ prefix marks a weak tag.\n\nSee [RFC 9110, Section 8.8.3](https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "\"686897696a7c876b7e\"";
      };
      readonly "Expires": {
        readonly "description": "The date after which the response is stale; a max-age directive in Cache-Control takes precedence over it.\n\nSee [RFC 9111, Section 5.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Wed, 02 Dec 2026 14:43:09 GMT";
      };
      readonly "Vary": {
        readonly "description": "The request header fields, beyond the method and target URI, that the server used to choose this representation, so that caches keep one stored response per combination of their values. A value of \"*\" means other factors played a part too.\n\nSee [RFC 9110, Section 12.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Accept-Encoding, Accept-Language";
      };
    };
    readonly "x-status-code": 206;
  };
  readonly "MultiStatus": {
    readonly "description": "207 Multi-Status\n\nThe response body reports a separate status for each of several resources or operations.\n\nSee [RFC 4918, Section 11.1](https://www.rfc-editor.org/rfc/rfc4918#section-11.1).";
    readonly "x-status-code": 207;
  };
  readonly "AlreadyReported": {
    readonly "description": "208 Already Reported\n\nStands in for a binding's members that this multistatus response has reported already, so they are not listed twice.\n\nSee [RFC 5842, Section 7.1](https://www.rfc-editor.org/rfc/rfc5842#section-7.1).";
    readonly "x-status-code": 208;
  };
  readonly "ThisIsFine": {
    readonly "description": "218 This is fine\n\nAn error from the origin was passed through unchanged by a proxy that was told not to replace error pages.\n\n**Unofficial:** used by Apache HTTP Server; not registered with IANA.";
    readonly "x-status-code": 218;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Apache HTTP Server";
  };
  readonly "ImUsed": {
    readonly "description": "226 IM Used\n\nThe server applied the instance manipulations the client asked for in A-IM, such as a delta, and sends their result.\n\nSee [RFC 3229, Section 10.4.1](https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1).";
    readonly "headers": {
      readonly "ETag": {
        readonly "description": "An opaque tag naming the current version of the selected representation. Clients send it back in If-None-Match or If-Match to make requests conditional; a W/ prefix marks a weak tag.\n\nSee [RFC 9110, Section 8.8.3](https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "\"686897696a7c876b7e\"";
      };
    };
    readonly "x-status-code": 226;
  };
  readonly "MultipleChoices": {
    readonly "description": "300 Multiple Choices\n\nSeveral representations of the target are available, and the choice among them is left to the client or the user.\n\nSee [RFC 9110, Section 15.4.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 300;
  };
  readonly "MovedPermanently": {
    readonly "description": "301 Moved Permanently\n\nThe target has a new permanent URI, named in Location, which clients should use from now on.\n\nSee [RFC 9110, Section 15.4.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 301;
  };
  readonly "Found": {
    readonly "description": "302 Found\n\nFor now the resource is at another URI, given in Location, and the original URI stays in use.\n\nSee [RFC 9110, Section 15.4.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 302;
  };
  readonly "SeeOther": {
    readonly "description": "303 See Other\n\nThe server points the client at a different resource, named in Location, to be retrieved with GET.\n\nSee [RFC 9110, Section 15.4.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 303;
  };
  readonly "NotModified": {
    readonly "description": "304 Not Modified\n\nThe cached copy the client holds is still current, so no content is sent.\n\nSee [RFC 9110, Section 15.4.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5).";
    readonly "headers": {
      readonly "Cache-Control": {
        readonly "description": "Directives that tell caches on the way whether they may keep the response and for how long they may reuse it, such as max-age, no-cache or no-store.\n\nSee [RFC 9111, Section 5.2](https://www.rfc-editor.org/rfc/rfc9111#section-5.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "max-age=3600, must-revalidate";
      };
      readonly "Content-Location": {
        readonly "description": "A URI for the particular representation carried or described by the response, which can differ from the target URI, for instance when content negotiation picked a language variant.\n\nSee [RFC 9110, Section 8.7](https://www.rfc-editor.org/rfc/rfc9110#section-8.7).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/reports/2026/summary.en.json";
      };
      readonly "Date": {
        readonly "description": "When the response was generated, as an HTTP date. An origin server with a clock sends it on every 2xx, 3xx and 4xx response and may send it on the others.\n\nSee [RFC 9110, Section 6.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Tue, 01 Dec 2026 14:43:09 GMT";
      };
      readonly "ETag": {
        readonly "description": "An opaque tag naming the current version of the selected representation. Clients send it back in If-None-Match or If-Match to make requests conditional; a W/ prefix marks a weak tag.\n\nSee [RFC 9110, Section 8.8.3](https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "\"686897696a7c876b7e\"";
      };
      readonly "Expires": {
        readonly "description": "The date after which the response is stale; a max-age directive in Cache-Control takes precedence over it.\n\nSee [RFC 9111, Section 5.3](https://www.rfc-editor.org/rfc/rfc9111#section-5.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Wed, 02 Dec 2026 14:43:09 GMT";
      };
      readonly "Vary": {
        readonly "description": "The request header fields, beyond the method and target URI, that the server used to choose this representation, so that caches keep one stored response per combination of their values. A value of \"*\" means other factors played a part too.\n\nSee [RFC 9110, Section 12.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Accept-Encoding, Accept-Language";
      };
    };
    readonly "x-status-code": 304;
  };
  readonly "UseProxy": {
    readonly "description": "305 Use Proxy\n\nA deprecated way for a server to tell the client to repeat the request through a proxy of the server's choosing.\n\n**Deprecated:** Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.\n\nSee [RFC 9110, Section 15.4.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6).";
    readonly "x-status-code": 305;
    readonly "x-deprecated": "Deprecated by RFC 7231 (Appendix B) because a server choosing the client's proxy is a security risk; RFC 9110, Section 15.4.6 records it as deprecated, and clients ignore it.";
  };
  readonly "SwitchProxy": {
    readonly "description": "306 Switch Proxy\n\nA reserved number that a 1997 proposal used to ask a client to switch to another proxy.\n\n**Deprecated:** Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.\n\nIANA registration: unused.\n\nSee [RFC 9110, Section 15.4.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7).";
    readonly "x-status-code": 306;
    readonly "x-deprecated": "Never standardised; RFC 9110 keeps the number reserved as unused only so that it is not reassigned.";
  };
  readonly "TemporaryRedirect": {
    readonly "description": "307 Temporary Redirect\n\nA temporary redirect to the URI in Location, to be followed with the same method and content.\n\nSee [RFC 9110, Section 15.4.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 307;
  };
  readonly "PermanentRedirect": {
    readonly "description": "308 Permanent Redirect\n\nA permanent redirect to the URI in Location, to be followed with the same method and content.\n\nSee [RFC 9110, Section 15.4.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9).";
    readonly "headers": {
      readonly "Location": {
        readonly "description": "The URI the client should go to next, or of the resource that was created.\n\nSee [RFC 9110, Section 10.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "/orders/42";
      };
    };
    readonly "x-status-code": 308;
  };
  readonly "BadRequest": {
    readonly "description": "400 Bad Request\n\nThe server will not process the request because it sees a fault on the client's side, such as malformed syntax.\n\nSee [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 400;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bad Request";
          readonly "status": 400;
        };
      };
    };
    readonly "x-status-code": 400;
  };
  readonly "Unauthorized": {
    readonly "description": "401 Unauthorized\n\nThe request needs valid authentication credentials, and it carried none or ones the server rejected.\n\nSee [RFC 9110, Section 15.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2).";
    readonly "headers": {
      readonly "WWW-Authenticate": {
        readonly "description": "The authentication scheme or schemes, with their parameters, that the client can use to obtain access to the resource.\n\nSee [RFC 9110, Section 11.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Bearer realm=\"api\", error=\"invalid_token\"";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 401;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unauthorized";
          readonly "status": 401;
        };
      };
    };
    readonly "x-status-code": 401;
  };
  readonly "PaymentRequired": {
    readonly "description": "402 Payment Required\n\nSet aside by HTTP for future use; some services send it when a payment or a paid plan is needed.\n\nSee [RFC 9110, Section 15.5.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 402;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Payment Required";
          readonly "status": 402;
        };
      };
    };
    readonly "x-status-code": 402;
  };
  readonly "Forbidden": {
    readonly "description": "403 Forbidden\n\nThe server understood the request and will not carry it out.\n\nSee [RFC 9110, Section 15.5.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 403;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Forbidden";
          readonly "status": 403;
        };
      };
    };
    readonly "x-status-code": 403;
  };
  readonly "NotFound": {
    readonly "description": "404 Not Found\n\nNothing is available at the target URI, or the server prefers not to say whether anything is.\n\nSee [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 404;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Found";
          readonly "status": 404;
        };
      };
    };
    readonly "x-status-code": 404;
  };
  readonly "MethodNotAllowed": {
    readonly "description": "405 Method Not Allowed\n\nThe resource exists but does not support the request method.\n\nSee [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6).";
    readonly "headers": {
      readonly "Allow": {
        readonly "description": "The request methods the target resource supports, listed so the client can pick a valid one.\n\nSee [RFC 9110, Section 10.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "GET, HEAD, POST";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 405;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Method Not Allowed";
          readonly "status": 405;
        };
      };
    };
    readonly "x-status-code": 405;
  };
  readonly "NotAcceptable": {
    readonly "description": "406 Not Acceptable\n\nNo representation of the resource matches what the request's content negotiation fields accept.\n\nSee [RFC 9110, Section 15.5.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 406;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Acceptable";
          readonly "status": 406;
        };
      };
    };
    readonly "x-status-code": 406;
  };
  readonly "ProxyAuthenticationRequired": {
    readonly "description": "407 Proxy Authentication Required\n\nA proxy on the way wants the client to authenticate with it before it forwards the request.\n\nSee [RFC 9110, Section 15.5.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8).";
    readonly "headers": {
      readonly "Proxy-Authenticate": {
        readonly "description": "The authentication scheme and parameters the proxy expects before it will forward the request.\n\nSee [RFC 9110, Section 11.7.1](https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "Basic realm=\"corporate-proxy\"";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 407;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Proxy Authentication Required";
          readonly "status": 407;
        };
      };
    };
    readonly "x-status-code": 407;
  };
  readonly "RequestTimeout": {
    readonly "description": "408 Request Timeout\n\nThe server stopped waiting for a request that the client did not finish sending in time.\n\nSee [RFC 9110, Section 15.5.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 408;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Timeout";
          readonly "status": 408;
        };
      };
    };
    readonly "x-status-code": 408;
  };
  readonly "Conflict": {
    readonly "description": "409 Conflict\n\nThe resource's current state does not allow the change the request asks for.\n\nSee [RFC 9110, Section 15.5.10](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 409;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Conflict";
          readonly "status": 409;
        };
      };
    };
    readonly "x-status-code": 409;
  };
  readonly "Gone": {
    readonly "description": "410 Gone\n\nThe resource has been removed on purpose, and the server expects it never to return.\n\nSee [RFC 9110, Section 15.5.11](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 410;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Gone";
          readonly "status": 410;
        };
      };
    };
    readonly "x-status-code": 410;
  };
  readonly "LengthRequired": {
    readonly "description": "411 Length Required\n\nThe server needs a Content-Length header field for this request.\n\nSee [RFC 9110, Section 15.5.12](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 411;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Length Required";
          readonly "status": 411;
        };
      };
    };
    readonly "x-status-code": 411;
  };
  readonly "PreconditionFailed": {
    readonly "description": "412 Precondition Failed\n\nA condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.\n\nSee [RFC 9110, Section 15.5.13](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 412;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Precondition Failed";
          readonly "status": 412;
        };
      };
    };
    readonly "x-status-code": 412;
  };
  readonly "ContentTooLarge": {
    readonly "description": "413 Content Too Large\n\nThe server refuses the request because its content exceeds a size limit.\n\nSee [RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14).";
    readonly "headers": {
      readonly "Retry-After": {
        readonly "description": "How long the client should wait before trying again, as a number of seconds or an HTTP date.\n\nSee [RFC 9110, Section 10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "120";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 413;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Content Too Large";
          readonly "status": 413;
        };
      };
    };
    readonly "x-status-code": 413;
  };
  readonly "UriTooLong": {
    readonly "description": "414 URI Too Long\n\nThe target URI exceeds the length the server is prepared to parse.\n\nSee [RFC 9110, Section 15.5.15](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 414;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "URI Too Long";
          readonly "status": 414;
        };
      };
    };
    readonly "x-status-code": 414;
  };
  readonly "UnsupportedMediaType": {
    readonly "description": "415 Unsupported Media Type\n\nThe server will not accept the request content because of its media type or content coding.\n\nSee [RFC 9110, Section 15.5.16](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16).";
    readonly "headers": {
      readonly "Accept": {
        readonly "description": "The media types the server is able to accept for the target resource, so the client can resend the content in one of them.\n\nSee [RFC 9110, Section 12.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "application/json, application/xml;q=0.9";
      };
      readonly "Accept-Encoding": {
        readonly "description": "The content codings the server is willing to accept in requests, sent when the client used a coding the server does not understand.\n\nSee [RFC 9110, Section 12.5.3](https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "gzip, br";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 415;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unsupported Media Type";
          readonly "status": 415;
        };
      };
    };
    readonly "x-status-code": 415;
  };
  readonly "RangeNotSatisfiable": {
    readonly "description": "416 Range Not Satisfiable\n\nThe server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.\n\nSee [RFC 9110, Section 15.5.17](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17).";
    readonly "headers": {
      readonly "Content-Range": {
        readonly "description": "Which byte range of the representation the enclosed part covers, or, on a failed range request, the full length of the representation.\n\nSee [RFC 9110, Section 14.4](https://www.rfc-editor.org/rfc/rfc9110#section-14.4).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "bytes 0-1023/146515";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 416;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Range Not Satisfiable";
          readonly "status": 416;
        };
      };
    };
    readonly "x-status-code": 416;
  };
  readonly "ExpectationFailed": {
    readonly "description": "417 Expectation Failed\n\nThe request's Expect field asks for something that the server, or a proxy on the path, does not provide.\n\nSee [RFC 9110, Section 15.5.18](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 417;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Expectation Failed";
          readonly "status": 417;
        };
      };
    };
    readonly "x-status-code": 417;
  };
  readonly "ImATeapot": {
    readonly "description": "418 I'm a teapot\n\nAn April Fools' code with which a server claims to be a teapot that cannot make coffee.\n\nIANA registration: unused.\n\nSee [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 418;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "I'm a teapot";
          readonly "status": 418;
        };
      };
    };
    readonly "x-status-code": 418;
  };
  readonly "PageExpired": {
    readonly "description": "419 Page Expired\n\nLaravel refused a form submission whose anti-CSRF token was absent or out of date.\n\n**Unofficial:** used by Laravel; not registered with IANA.\n\nAlso used by Spring Framework as \"Insufficient Space On Resource\": Spring's HttpStatus (inherited from an early WebDAV draft and Apache HttpClient) names 419 for a resource that lacks the space to record the method's result; Spring has deprecated the constant.\n\nSee [Laravel source, src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException rendered as 419)](https://github.com/laravel/framework/blob/c1b04b2857436858bebdb53fc2d6ce7417cbe09e/src/Illuminate/Foundation/Exceptions/Handler.php).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 419;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Page Expired";
          readonly "status": 419;
        };
      };
    };
    readonly "x-status-code": 419;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Laravel";
  };
  readonly "EnhanceYourCalm": {
    readonly "description": "420 Enhance Your Calm\n\nTwitter's API was throttling the app for sending too many requests.\n\n**Deprecated:** X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.\n\n**Unofficial:** used by Twitter; not registered with IANA.\n\nAlso used by Spring Framework as \"Method Failure\": Spring's HttpStatus carries 420 from a WebDAV draft to signal that a method failed; the constant is deprecated.\n\nSee [X (Twitter) developer documentation, Response codes (standard API), archived English page](https://web.archive.org/web/2019/https://developer.twitter.com/en/docs/basics/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 420;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Enhance Your Calm";
          readonly "status": 420;
        };
      };
    };
    readonly "x-status-code": 420;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Twitter";
    readonly "x-deprecated": "X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.";
  };
  readonly "MisdirectedRequest": {
    readonly "description": "421 Misdirected Request\n\nThe server that received the request cannot give an authoritative answer for its target URI.\n\nAlso used by Spring Framework as \"Destination Locked\": Spring's HttpStatus carries 421 from an early WebDAV draft, where it meant that the destination of a COPY or MOVE was locked (RFC 4918 uses 423 Locked for that); the constant is deprecated.\n\nSee [RFC 9110, Section 15.5.20](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 421;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Misdirected Request";
          readonly "status": 421;
        };
      };
    };
    readonly "x-status-code": 421;
  };
  readonly "UnprocessableContent": {
    readonly "description": "422 Unprocessable Content\n\nThe server understands the content's type and syntax but cannot act on what it says.\n\nSee [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 422;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unprocessable Content";
          readonly "status": 422;
        };
      };
    };
    readonly "x-status-code": 422;
  };
  readonly "Locked": {
    readonly "description": "423 Locked\n\nA lock on the source or destination resource keeps the request from going through.\n\nSee [RFC 4918, Section 11.3](https://www.rfc-editor.org/rfc/rfc4918#section-11.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 423;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Locked";
          readonly "status": 423;
        };
      };
    };
    readonly "x-status-code": 423;
  };
  readonly "FailedDependency": {
    readonly "description": "424 Failed Dependency\n\nAn operation was skipped because another operation it relied on failed.\n\nSee [RFC 4918, Section 11.4](https://www.rfc-editor.org/rfc/rfc4918#section-11.4).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 424;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Failed Dependency";
          readonly "status": 424;
        };
      };
    };
    readonly "x-status-code": 424;
  };
  readonly "TooEarly": {
    readonly "description": "425 Too Early\n\nThe request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.\n\nAlso used by WebDAV draft as \"Unordered Collection\": Drafts of the WebDAV ordered collections extension (later RFC 3648) used 425 for an attempt to order members of an unordered collection; the code did not survive into the RFC.\n\nSee [RFC 8470, Section 5.2](https://www.rfc-editor.org/rfc/rfc8470#section-5.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 425;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Too Early";
          readonly "status": 425;
        };
      };
    };
    readonly "x-status-code": 425;
  };
  readonly "UpgradeRequired": {
    readonly "description": "426 Upgrade Required\n\nThe server insists on a different protocol, named in its Upgrade field, before it will handle the request.\n\nSee [RFC 9110, Section 15.5.22](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22).";
    readonly "headers": {
      readonly "Connection": {
        readonly "description": "Options that apply to the current HTTP/1.1 connection only, such as upgrade, which has to accompany an Upgrade field, or close, which announces that the sender will shut the connection after this message. HTTP/2 and HTTP/3 do not use the field.\n\nSee [RFC 9110, Section 7.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "upgrade";
      };
      readonly "Upgrade": {
        readonly "description": "The protocol or protocols the server is switching to, or would be willing to switch to.\n\nSee [RFC 9110, Section 7.8](https://www.rfc-editor.org/rfc/rfc9110#section-7.8).";
        readonly "required": true;
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "websocket";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 426;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Upgrade Required";
          readonly "status": 426;
        };
      };
    };
    readonly "x-status-code": 426;
  };
  readonly "PreconditionRequired": {
    readonly "description": "428 Precondition Required\n\nThe server will act on this kind of request only when it carries a condition such as If-Match.\n\nSee [RFC 6585, Section 3](https://www.rfc-editor.org/rfc/rfc6585#section-3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 428;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Precondition Required";
          readonly "status": 428;
        };
      };
    };
    readonly "x-status-code": 428;
  };
  readonly "TooManyRequests": {
    readonly "description": "429 Too Many Requests\n\nThe client has gone over the server's limit on how many requests it may send.\n\nSee [RFC 6585, Section 4](https://www.rfc-editor.org/rfc/rfc6585#section-4).";
    readonly "headers": {
      readonly "Retry-After": {
        readonly "description": "How long the client should wait before trying again, as a number of seconds or an HTTP date.\n\nSee [RFC 9110, Section 10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "120";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 429;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Too Many Requests";
          readonly "status": 429;
        };
      };
    };
    readonly "x-status-code": 429;
  };
  readonly "ShopifySecurityRejection": {
    readonly "description": "430 Shopify Security Rejection\n\nShopify's security checks flagged the request as possibly malicious and refused it.\n\n**Unofficial:** used by Shopify; not registered with IANA.\n\nAlso used by Shopify as \"Request Header Fields Too Large\": Before it moved to 429, Shopify answered 430 to clients that fetched too many URLs in a short span; that use is deprecated.\n\nSee [Shopify API documentation, Response status and error codes](https://shopify.dev/docs/api/usage/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 430;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Shopify Security Rejection";
          readonly "status": 430;
        };
      };
    };
    readonly "x-status-code": 430;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Shopify";
  };
  readonly "RequestHeaderFieldsTooLarge": {
    readonly "description": "431 Request Header Fields Too Large\n\nThe server refuses the request because its header fields are too big, singly or together.\n\nSee [RFC 6585, Section 5](https://www.rfc-editor.org/rfc/rfc6585#section-5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 431;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Header Fields Too Large";
          readonly "status": 431;
        };
      };
    };
    readonly "x-status-code": 431;
  };
  readonly "LoginTimeout": {
    readonly "description": "440 Login Timeout\n\nOutlook Web Access ended the user's session, so the user has to sign in again.\n\n**Unofficial:** used by Microsoft IIS; not registered with IANA.\n\nSee [Microsoft Exchange Server 2007 documentation, How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access](https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 440;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Login Timeout";
          readonly "status": 440;
        };
      };
    };
    readonly "x-status-code": 440;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft IIS";
  };
  readonly "NoResponse": {
    readonly "description": "444 No Response\n\nnginx closed the connection without sending any response.\n\n**Never sent:** servers and proxies only write this code to their logs; no client ever receives a response with it, so the response has no content.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_rewrite_module (return)](https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return).";
    readonly "x-status-code": 444;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "RetryWith": {
    readonly "description": "449 Retry With\n\nThe server needs more information and asks the client to repeat the request with an extra header field.\n\n**Unofficial:** used by Microsoft IIS; not registered with IANA.\n\nSee [Microsoft [MS-WDV] WebDAV Protocol Client Extensions, Section 2.2.6 (449 Retry With Status Code)](https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 449;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Retry With";
          readonly "status": 449;
        };
      };
    };
    readonly "x-status-code": 449;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft IIS";
  };
  readonly "BlockedByWindowsParentalControls": {
    readonly "description": "450 Blocked by Windows Parental Controls\n\nWindows family safety settings stopped the page from loading.\n\n**Unofficial:** used by Microsoft; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 450;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Blocked by Windows Parental Controls";
          readonly "status": 450;
        };
      };
    };
    readonly "x-status-code": 450;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft";
  };
  readonly "UnavailableForLegalReasons": {
    readonly "description": "451 Unavailable For Legal Reasons\n\nAccess to the resource is blocked because of a legal demand, such as a court order.\n\nAlso used by Microsoft Exchange ActiveSync as \"Redirect\": Exchange ActiveSync returns 451 to tell a mobile client that a different server should handle its mailbox, which clashes with the RFC 7725 meaning.\n\nSee [RFC 7725, Section 3](https://www.rfc-editor.org/rfc/rfc7725#section-3).";
    readonly "headers": {
      readonly "Link": {
        readonly "description": "Typed links to related resources, such as assets worth preloading or the entity responsible for blocking access.\n\nSee [RFC 8288, Section 3](https://www.rfc-editor.org/rfc/rfc8288#section-3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "</styles/main.css>; rel=preload; as=style";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 451;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unavailable For Legal Reasons";
          readonly "status": 451;
        };
      };
    };
    readonly "x-status-code": 451;
  };
  readonly "ClientClosedConnection": {
    readonly "description": "460 Client Closed Connection\n\nThe client dropped its connection to the load balancer before the idle timeout expired.\n\n**Never sent:** servers and proxies only write this code to their logs; no client ever receives a response with it, so the response has no content.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues).";
    readonly "x-status-code": 460;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "XForwardedForTooLarge": {
    readonly "description": "463 X-Forwarded-For Too Large\n\nThe load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 463;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "X-Forwarded-For Too Large";
          readonly "status": 463;
        };
      };
    };
    readonly "x-status-code": 463;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "IncompatibleProtocolVersions": {
    readonly "description": "464 Incompatible Protocol Versions\n\nThe request's protocol version does not match what the load balancer's target group expects.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 464;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Incompatible Protocol Versions";
          readonly "status": 464;
        };
      };
    };
    readonly "x-status-code": 464;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "RequestHeaderTooLarge": {
    readonly "description": "494 Request Header Too Large\n\nnginx refused a request because its header, or a single header line, did not fit in the configured buffers.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)](https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 494;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Header Too Large";
          readonly "status": 494;
        };
      };
    };
    readonly "x-status-code": 494;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "SslCertificateError": {
    readonly "description": "495 SSL Certificate Error\n\nThe client presented a TLS certificate that nginx could not verify.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 495;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Certificate Error";
          readonly "status": 495;
        };
      };
    };
    readonly "x-status-code": 495;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "SslCertificateRequired": {
    readonly "description": "496 SSL Certificate Required\n\nnginx demands a client certificate for mutual TLS and the client presented none.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 496;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Certificate Required";
          readonly "status": 496;
        };
      };
    };
    readonly "x-status-code": 496;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "HttpRequestSentToHttpsPort": {
    readonly "description": "497 HTTP Request Sent to HTTPS Port\n\nA plain HTTP request arrived on a port where nginx expects HTTPS.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 497;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "HTTP Request Sent to HTTPS Port";
          readonly "status": 497;
        };
      };
    };
    readonly "x-status-code": 497;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "InvalidToken": {
    readonly "description": "498 Invalid Token\n\nArcGIS rejected the access token sent with the request as expired or not valid.\n\n**Unofficial:** used by Esri ArcGIS Server; not registered with IANA.\n\nSee [Esri Support, Error Code 498 \"Invalid Token\" returned when viewing images in the Story Map Journal app](https://support.esri.com/en-us/knowledge-base/bug-error-code-498-invalid-token-returned-when-viewing--000016034).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 498;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Invalid Token";
          readonly "status": 498;
        };
      };
    };
    readonly "x-status-code": 498;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Esri ArcGIS Server";
  };
  readonly "ClientClosedRequest": {
    readonly "description": "499 Client Closed Request\n\nThe client closed the connection while nginx was still processing the request.\n\n**Never sent:** servers and proxies only write this code to their logs; no client ever receives a response with it, so the response has no content.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nAlso used by Esri ArcGIS Server as \"Token Required\": ArcGIS Server returns 499 when a request for a secured resource carries no token at all.\n\nSee [nginx source, src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)](https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h).";
    readonly "x-status-code": 499;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "InternalServerError": {
    readonly "description": "500 Internal Server Error\n\nSomething unexpected went wrong on the server while it handled the request.\n\nSee [RFC 9110, Section 15.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 500;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Internal Server Error";
          readonly "status": 500;
        };
      };
    };
    readonly "x-status-code": 500;
  };
  readonly "NotImplemented": {
    readonly "description": "501 Not Implemented\n\nThe server does not implement what the request needs, usually its method.\n\nSee [RFC 9110, Section 15.6.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 501;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Implemented";
          readonly "status": 501;
        };
      };
    };
    readonly "x-status-code": 501;
  };
  readonly "BadGateway": {
    readonly "description": "502 Bad Gateway\n\nThe gateway or proxy that answered got a broken or unusable reply from the server behind it.\n\nSee [RFC 9110, Section 15.6.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 502;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bad Gateway";
          readonly "status": 502;
        };
      };
    };
    readonly "x-status-code": 502;
  };
  readonly "ServiceUnavailable": {
    readonly "description": "503 Service Unavailable\n\nThe server cannot take requests for now, because of overload or maintenance, and expects to recover.\n\nSee [RFC 9110, Section 15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4).";
    readonly "headers": {
      readonly "Retry-After": {
        readonly "description": "How long the client should wait before trying again, as a number of seconds or an HTTP date.\n\nSee [RFC 9110, Section 10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3).";
        readonly "schema": {
          readonly "type": "string";
        };
        readonly "example": "120";
      };
    };
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 503;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Service Unavailable";
          readonly "status": 503;
        };
      };
    };
    readonly "x-status-code": 503;
  };
  readonly "GatewayTimeout": {
    readonly "description": "504 Gateway Timeout\n\nThe gateway or proxy that answered gave up waiting for the server behind it.\n\nSee [RFC 9110, Section 15.6.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 504;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Gateway Timeout";
          readonly "status": 504;
        };
      };
    };
    readonly "x-status-code": 504;
  };
  readonly "HttpVersionNotSupported": {
    readonly "description": "505 HTTP Version Not Supported\n\nThe server will not handle requests in the major HTTP version the client used.\n\nSee [RFC 9110, Section 15.6.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 505;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "HTTP Version Not Supported";
          readonly "status": 505;
        };
      };
    };
    readonly "x-status-code": 505;
  };
  readonly "VariantAlsoNegotiates": {
    readonly "description": "506 Variant Also Negotiates\n\nThe server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.\n\nSee [RFC 2295, Section 8.1](https://www.rfc-editor.org/rfc/rfc2295#section-8.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 506;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Variant Also Negotiates";
          readonly "status": 506;
        };
      };
    };
    readonly "x-status-code": 506;
  };
  readonly "InsufficientStorage": {
    readonly "description": "507 Insufficient Storage\n\nThe server has run out of the space it needs to store the result of the request.\n\nSee [RFC 4918, Section 11.5](https://www.rfc-editor.org/rfc/rfc4918#section-11.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 507;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Insufficient Storage";
          readonly "status": 507;
        };
      };
    };
    readonly "x-status-code": 507;
  };
  readonly "LoopDetected": {
    readonly "description": "508 Loop Detected\n\nThe server aborted an operation on a whole tree of bindings because it ran into a loop.\n\nAlso used by cPanel as \"Resource Limit Is Reached\": cPanel and CloudLinux shared hosting send 508 when an account exceeds its allotted CPU, memory or process limits.\n\nSee [RFC 5842, Section 7.2](https://www.rfc-editor.org/rfc/rfc5842#section-7.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 508;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Loop Detected";
          readonly "status": 508;
        };
      };
    };
    readonly "x-status-code": 508;
  };
  readonly "BandwidthLimitExceeded": {
    readonly "description": "509 Bandwidth Limit Exceeded\n\nThe site has used up the bandwidth its hosting plan allows.\n\n**Unofficial:** used by cPanel; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 509;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bandwidth Limit Exceeded";
          readonly "status": 509;
        };
      };
    };
    readonly "x-status-code": 509;
    readonly "x-unofficial": true;
    readonly "x-vendor": "cPanel";
  };
  readonly "NotExtended": {
    readonly "description": "510 Not Extended\n\nThe request does not meet the extension policy needed to access the resource.\n\n**Deprecated:** The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.\n\nIANA registration: obsoleted.\n\nSee [RFC 2774, Section 7](https://www.rfc-editor.org/rfc/rfc2774#section-7).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 510;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Extended";
          readonly "status": 510;
        };
      };
    };
    readonly "x-status-code": 510;
    readonly "x-deprecated": "The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.";
  };
  readonly "NetworkAuthenticationRequired": {
    readonly "description": "511 Network Authentication Required\n\nThe user has to log in to the network, for example at a captive portal, before getting access.\n\nSee [RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585#section-6).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 511;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Authentication Required";
          readonly "status": 511;
        };
      };
    };
    readonly "x-status-code": 511;
  };
  readonly "WebServerReturnedAnUnknownError": {
    readonly "description": "520 Web Server Returned an Unknown Error\n\nCloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 520](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 520;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Web Server Returned an Unknown Error";
          readonly "status": 520;
        };
      };
    };
    readonly "x-status-code": 520;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "WebServerIsDown": {
    readonly "description": "521 Web Server Is Down\n\nCloudflare's connection attempt was rejected by the origin web server.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 521](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 521;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Web Server Is Down";
          readonly "status": 521;
        };
      };
    };
    readonly "x-status-code": 521;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "ConnectionTimedOut": {
    readonly "description": "522 Connection Timed Out\n\nCloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 522](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 522;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Connection Timed Out";
          readonly "status": 522;
        };
      };
    };
    readonly "x-status-code": 522;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "OriginIsUnreachable": {
    readonly "description": "523 Origin Is Unreachable\n\nCloudflare could not reach the origin server at all.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 523](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 523;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Origin Is Unreachable";
          readonly "status": 523;
        };
      };
    };
    readonly "x-status-code": 523;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "ATimeoutOccurred": {
    readonly "description": "524 A Timeout Occurred\n\nThe origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 524](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 524;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "A Timeout Occurred";
          readonly "status": 524;
        };
      };
    };
    readonly "x-status-code": 524;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "SslHandshakeFailed": {
    readonly "description": "525 SSL Handshake Failed\n\nThe TLS handshake between Cloudflare and the origin server failed.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 525](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 525;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Handshake Failed";
          readonly "status": 525;
        };
      };
    };
    readonly "x-status-code": 525;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "InvalidSslCertificate": {
    readonly "description": "526 Invalid SSL Certificate\n\nThe origin's TLS certificate did not pass Cloudflare's validation.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 526](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 526;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Invalid SSL Certificate";
          readonly "status": 526;
        };
      };
    };
    readonly "x-status-code": 526;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "RailgunError": {
    readonly "description": "527 Railgun Error\n\nCloudflare lost its link to the Railgun listener at the origin.\n\n**Deprecated:** Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 527;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Railgun Error";
          readonly "status": 527;
        };
      };
    };
    readonly "x-status-code": 527;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
    readonly "x-deprecated": "Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.";
  };
  readonly "SiteIsOverloaded": {
    readonly "description": "529 Site Is Overloaded\n\nThe service is overloaded for the moment and cannot take the request now.\n\n**Unofficial:** used by Qualys SSL Labs; not registered with IANA.\n\nSee [SSL Labs API v4 documentation (Error Response Status Codes)](https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 529;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Site Is Overloaded";
          readonly "status": 529;
        };
      };
    };
    readonly "x-status-code": 529;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Qualys SSL Labs";
  };
  readonly "OriginUnavailable": {
    readonly "description": "530 Origin Unavailable\n\nCloudflare could not serve the request because of an origin problem described by a 1xxx error.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nAlso used by Pantheon as \"Site Is Frozen\": Pantheon answers 530 for a site it has frozen because nobody used it for a long time.\n\nSee [Cloudflare documentation, Error 530](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 530;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Origin Unavailable";
          readonly "status": 530;
        };
      };
    };
    readonly "x-status-code": 530;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "TemporarilyDisabled": {
    readonly "description": "540 Temporarily Disabled\n\nShopify has switched the requested endpoint off for the time being.\n\n**Unofficial:** used by Shopify; not registered with IANA.\n\nSee [Shopify API documentation, Response status and error codes](https://shopify.dev/docs/api/usage/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 540;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Temporarily Disabled";
          readonly "status": 540;
        };
      };
    };
    readonly "x-status-code": 540;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Shopify";
  };
  readonly "IdentityProviderError": {
    readonly "description": "561 Unauthorized\n\nThe load balancer was authenticating the user and the identity provider answered with an error.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 561;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unauthorized";
          readonly "status": 561;
        };
      };
    };
    readonly "x-status-code": 561;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "NetworkReadTimeoutError": {
    readonly "description": "598 Network Read Timeout Error\n\nA proxy timed out while reading the response from the upstream server.\n\n**Unofficial:** used by Informal convention; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 598;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Read Timeout Error";
          readonly "status": 598;
        };
      };
    };
    readonly "x-status-code": 598;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Informal convention";
  };
  readonly "NetworkConnectTimeoutError": {
    readonly "description": "599 Network Connect Timeout Error\n\nA proxy timed out while trying to connect to the upstream server.\n\n**Unofficial:** used by Informal convention; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "const": 599;
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Connect Timeout Error";
          readonly "status": 599;
        };
      };
    };
    readonly "x-status-code": 599;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Informal convention";
  };
  readonly "OutOfCredit": {
    readonly "description": "403 Forbidden: You do not have enough credit\n\nThe account's balance does not cover the cost of the request.\n\nSent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.\n\nProblem type: [https://github.com/org/status-codes/problems/out-of-credit](https://github.com/org/status-codes/problems/out-of-credit).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "description": "You do not have enough credit: The account's balance does not cover the cost of the request.\n\nSent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.";
          readonly "externalDocs": {
            readonly "description": "Problem type out-of-credit";
            readonly "url": "https://github.com/org/status-codes/problems/out-of-credit";
          };
          readonly "allOf": [
            ProblemDetailsSchema,
            {
              readonly "type": "object";
              readonly "required": [
                "type",
                "balance"
              ];
              readonly "properties": {
                readonly "type": {
                  readonly "const": "https://github.com/org/status-codes/problems/out-of-credit";
                };
                readonly "title": {
                  readonly "type": "string";
                  readonly "default": "You do not have enough credit";
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
            }
          ];
        };
      };
    };
    readonly "x-status-code": 403;
    readonly "x-problem-type": "https://github.com/org/status-codes/problems/out-of-credit";
  };
};

/** One self-contained OpenAPI 3.0 response per status code and per problem type, by name. */
export type Responses30 = {
  readonly "Continue": Responses["Continue"];
  readonly "SwitchingProtocols": Responses["SwitchingProtocols"];
  readonly "Processing": Responses["Processing"];
  readonly "EarlyHints": Responses["EarlyHints"];
  readonly "UploadResumptionSupported": Responses["UploadResumptionSupported"];
  readonly "Ok": Responses["Ok"];
  readonly "Created": Responses["Created"];
  readonly "Accepted": Responses["Accepted"];
  readonly "NonAuthoritativeInformation": Responses["NonAuthoritativeInformation"];
  readonly "NoContent": Responses["NoContent"];
  readonly "ResetContent": Responses["ResetContent"];
  readonly "PartialContent": Responses["PartialContent"];
  readonly "MultiStatus": Responses["MultiStatus"];
  readonly "AlreadyReported": Responses["AlreadyReported"];
  readonly "ThisIsFine": Responses["ThisIsFine"];
  readonly "ImUsed": Responses["ImUsed"];
  readonly "MultipleChoices": Responses["MultipleChoices"];
  readonly "MovedPermanently": Responses["MovedPermanently"];
  readonly "Found": Responses["Found"];
  readonly "SeeOther": Responses["SeeOther"];
  readonly "NotModified": Responses["NotModified"];
  readonly "UseProxy": Responses["UseProxy"];
  readonly "SwitchProxy": Responses["SwitchProxy"];
  readonly "TemporaryRedirect": Responses["TemporaryRedirect"];
  readonly "PermanentRedirect": Responses["PermanentRedirect"];
  readonly "BadRequest": {
    readonly "description": "400 Bad Request\n\nThe server will not process the request because it sees a fault on the client's side, such as malformed syntax.\n\nSee [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    400
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bad Request";
          readonly "status": 400;
        };
      };
    };
    readonly "x-status-code": 400;
  };
  readonly "Unauthorized": {
    readonly "description": "401 Unauthorized\n\nThe request needs valid authentication credentials, and it carried none or ones the server rejected.\n\nSee [RFC 9110, Section 15.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2).";
    readonly "headers": Responses["Unauthorized"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    401
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unauthorized";
          readonly "status": 401;
        };
      };
    };
    readonly "x-status-code": 401;
  };
  readonly "PaymentRequired": {
    readonly "description": "402 Payment Required\n\nSet aside by HTTP for future use; some services send it when a payment or a paid plan is needed.\n\nSee [RFC 9110, Section 15.5.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    402
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Payment Required";
          readonly "status": 402;
        };
      };
    };
    readonly "x-status-code": 402;
  };
  readonly "Forbidden": {
    readonly "description": "403 Forbidden\n\nThe server understood the request and will not carry it out.\n\nSee [RFC 9110, Section 15.5.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    403
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Forbidden";
          readonly "status": 403;
        };
      };
    };
    readonly "x-status-code": 403;
  };
  readonly "NotFound": {
    readonly "description": "404 Not Found\n\nNothing is available at the target URI, or the server prefers not to say whether anything is.\n\nSee [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    404
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Found";
          readonly "status": 404;
        };
      };
    };
    readonly "x-status-code": 404;
  };
  readonly "MethodNotAllowed": {
    readonly "description": "405 Method Not Allowed\n\nThe resource exists but does not support the request method.\n\nSee [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6).";
    readonly "headers": Responses["MethodNotAllowed"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    405
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Method Not Allowed";
          readonly "status": 405;
        };
      };
    };
    readonly "x-status-code": 405;
  };
  readonly "NotAcceptable": {
    readonly "description": "406 Not Acceptable\n\nNo representation of the resource matches what the request's content negotiation fields accept.\n\nSee [RFC 9110, Section 15.5.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    406
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Acceptable";
          readonly "status": 406;
        };
      };
    };
    readonly "x-status-code": 406;
  };
  readonly "ProxyAuthenticationRequired": {
    readonly "description": "407 Proxy Authentication Required\n\nA proxy on the way wants the client to authenticate with it before it forwards the request.\n\nSee [RFC 9110, Section 15.5.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8).";
    readonly "headers": Responses["ProxyAuthenticationRequired"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    407
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Proxy Authentication Required";
          readonly "status": 407;
        };
      };
    };
    readonly "x-status-code": 407;
  };
  readonly "RequestTimeout": {
    readonly "description": "408 Request Timeout\n\nThe server stopped waiting for a request that the client did not finish sending in time.\n\nSee [RFC 9110, Section 15.5.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    408
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Timeout";
          readonly "status": 408;
        };
      };
    };
    readonly "x-status-code": 408;
  };
  readonly "Conflict": {
    readonly "description": "409 Conflict\n\nThe resource's current state does not allow the change the request asks for.\n\nSee [RFC 9110, Section 15.5.10](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    409
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Conflict";
          readonly "status": 409;
        };
      };
    };
    readonly "x-status-code": 409;
  };
  readonly "Gone": {
    readonly "description": "410 Gone\n\nThe resource has been removed on purpose, and the server expects it never to return.\n\nSee [RFC 9110, Section 15.5.11](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    410
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Gone";
          readonly "status": 410;
        };
      };
    };
    readonly "x-status-code": 410;
  };
  readonly "LengthRequired": {
    readonly "description": "411 Length Required\n\nThe server needs a Content-Length header field for this request.\n\nSee [RFC 9110, Section 15.5.12](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    411
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Length Required";
          readonly "status": 411;
        };
      };
    };
    readonly "x-status-code": 411;
  };
  readonly "PreconditionFailed": {
    readonly "description": "412 Precondition Failed\n\nA condition in the request, such as If-Match or If-Unmodified-Since, did not hold on the server.\n\nSee [RFC 9110, Section 15.5.13](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    412
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Precondition Failed";
          readonly "status": 412;
        };
      };
    };
    readonly "x-status-code": 412;
  };
  readonly "ContentTooLarge": {
    readonly "description": "413 Content Too Large\n\nThe server refuses the request because its content exceeds a size limit.\n\nSee [RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14).";
    readonly "headers": Responses["ContentTooLarge"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    413
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Content Too Large";
          readonly "status": 413;
        };
      };
    };
    readonly "x-status-code": 413;
  };
  readonly "UriTooLong": {
    readonly "description": "414 URI Too Long\n\nThe target URI exceeds the length the server is prepared to parse.\n\nSee [RFC 9110, Section 15.5.15](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    414
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "URI Too Long";
          readonly "status": 414;
        };
      };
    };
    readonly "x-status-code": 414;
  };
  readonly "UnsupportedMediaType": {
    readonly "description": "415 Unsupported Media Type\n\nThe server will not accept the request content because of its media type or content coding.\n\nSee [RFC 9110, Section 15.5.16](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16).";
    readonly "headers": Responses["UnsupportedMediaType"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    415
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unsupported Media Type";
          readonly "status": 415;
        };
      };
    };
    readonly "x-status-code": 415;
  };
  readonly "RangeNotSatisfiable": {
    readonly "description": "416 Range Not Satisfiable\n\nThe server rejects the ranges the request asked for, because none overlaps the representation or there are too many small or overlapping ones.\n\nSee [RFC 9110, Section 15.5.17](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17).";
    readonly "headers": Responses["RangeNotSatisfiable"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    416
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Range Not Satisfiable";
          readonly "status": 416;
        };
      };
    };
    readonly "x-status-code": 416;
  };
  readonly "ExpectationFailed": {
    readonly "description": "417 Expectation Failed\n\nThe request's Expect field asks for something that the server, or a proxy on the path, does not provide.\n\nSee [RFC 9110, Section 15.5.18](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    417
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Expectation Failed";
          readonly "status": 417;
        };
      };
    };
    readonly "x-status-code": 417;
  };
  readonly "ImATeapot": {
    readonly "description": "418 I'm a teapot\n\nAn April Fools' code with which a server claims to be a teapot that cannot make coffee.\n\nIANA registration: unused.\n\nSee [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    418
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "I'm a teapot";
          readonly "status": 418;
        };
      };
    };
    readonly "x-status-code": 418;
  };
  readonly "PageExpired": {
    readonly "description": "419 Page Expired\n\nLaravel refused a form submission whose anti-CSRF token was absent or out of date.\n\n**Unofficial:** used by Laravel; not registered with IANA.\n\nAlso used by Spring Framework as \"Insufficient Space On Resource\": Spring's HttpStatus (inherited from an early WebDAV draft and Apache HttpClient) names 419 for a resource that lacks the space to record the method's result; Spring has deprecated the constant.\n\nSee [Laravel source, src/Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException rendered as 419)](https://github.com/laravel/framework/blob/c1b04b2857436858bebdb53fc2d6ce7417cbe09e/src/Illuminate/Foundation/Exceptions/Handler.php).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    419
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Page Expired";
          readonly "status": 419;
        };
      };
    };
    readonly "x-status-code": 419;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Laravel";
  };
  readonly "EnhanceYourCalm": {
    readonly "description": "420 Enhance Your Calm\n\nTwitter's API was throttling the app for sending too many requests.\n\n**Deprecated:** X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.\n\n**Unofficial:** used by Twitter; not registered with IANA.\n\nAlso used by Spring Framework as \"Method Failure\": Spring's HttpStatus carries 420 from a WebDAV draft to signal that a method failed; the constant is deprecated.\n\nSee [X (Twitter) developer documentation, Response codes (standard API), archived English page](https://web.archive.org/web/2019/https://developer.twitter.com/en/docs/basics/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    420
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Enhance Your Calm";
          readonly "status": 420;
        };
      };
    };
    readonly "x-status-code": 420;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Twitter";
    readonly "x-deprecated": "X signals rate limiting with 429 in its current API; 420 belongs to the standard API it has retired.";
  };
  readonly "MisdirectedRequest": {
    readonly "description": "421 Misdirected Request\n\nThe server that received the request cannot give an authoritative answer for its target URI.\n\nAlso used by Spring Framework as \"Destination Locked\": Spring's HttpStatus carries 421 from an early WebDAV draft, where it meant that the destination of a COPY or MOVE was locked (RFC 4918 uses 423 Locked for that); the constant is deprecated.\n\nSee [RFC 9110, Section 15.5.20](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    421
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Misdirected Request";
          readonly "status": 421;
        };
      };
    };
    readonly "x-status-code": 421;
  };
  readonly "UnprocessableContent": {
    readonly "description": "422 Unprocessable Content\n\nThe server understands the content's type and syntax but cannot act on what it says.\n\nSee [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    422
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unprocessable Content";
          readonly "status": 422;
        };
      };
    };
    readonly "x-status-code": 422;
  };
  readonly "Locked": {
    readonly "description": "423 Locked\n\nA lock on the source or destination resource keeps the request from going through.\n\nSee [RFC 4918, Section 11.3](https://www.rfc-editor.org/rfc/rfc4918#section-11.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    423
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Locked";
          readonly "status": 423;
        };
      };
    };
    readonly "x-status-code": 423;
  };
  readonly "FailedDependency": {
    readonly "description": "424 Failed Dependency\n\nAn operation was skipped because another operation it relied on failed.\n\nSee [RFC 4918, Section 11.4](https://www.rfc-editor.org/rfc/rfc4918#section-11.4).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    424
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Failed Dependency";
          readonly "status": 424;
        };
      };
    };
    readonly "x-status-code": 424;
  };
  readonly "TooEarly": {
    readonly "description": "425 Too Early\n\nThe request came in TLS early data, and the server wants it again after the handshake, where it cannot be replayed.\n\nAlso used by WebDAV draft as \"Unordered Collection\": Drafts of the WebDAV ordered collections extension (later RFC 3648) used 425 for an attempt to order members of an unordered collection; the code did not survive into the RFC.\n\nSee [RFC 8470, Section 5.2](https://www.rfc-editor.org/rfc/rfc8470#section-5.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    425
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Too Early";
          readonly "status": 425;
        };
      };
    };
    readonly "x-status-code": 425;
  };
  readonly "UpgradeRequired": {
    readonly "description": "426 Upgrade Required\n\nThe server insists on a different protocol, named in its Upgrade field, before it will handle the request.\n\nSee [RFC 9110, Section 15.5.22](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22).";
    readonly "headers": Responses["SwitchingProtocols"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    426
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Upgrade Required";
          readonly "status": 426;
        };
      };
    };
    readonly "x-status-code": 426;
  };
  readonly "PreconditionRequired": {
    readonly "description": "428 Precondition Required\n\nThe server will act on this kind of request only when it carries a condition such as If-Match.\n\nSee [RFC 6585, Section 3](https://www.rfc-editor.org/rfc/rfc6585#section-3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    428
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Precondition Required";
          readonly "status": 428;
        };
      };
    };
    readonly "x-status-code": 428;
  };
  readonly "TooManyRequests": {
    readonly "description": "429 Too Many Requests\n\nThe client has gone over the server's limit on how many requests it may send.\n\nSee [RFC 6585, Section 4](https://www.rfc-editor.org/rfc/rfc6585#section-4).";
    readonly "headers": Responses["ContentTooLarge"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    429
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Too Many Requests";
          readonly "status": 429;
        };
      };
    };
    readonly "x-status-code": 429;
  };
  readonly "ShopifySecurityRejection": {
    readonly "description": "430 Shopify Security Rejection\n\nShopify's security checks flagged the request as possibly malicious and refused it.\n\n**Unofficial:** used by Shopify; not registered with IANA.\n\nAlso used by Shopify as \"Request Header Fields Too Large\": Before it moved to 429, Shopify answered 430 to clients that fetched too many URLs in a short span; that use is deprecated.\n\nSee [Shopify API documentation, Response status and error codes](https://shopify.dev/docs/api/usage/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    430
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Shopify Security Rejection";
          readonly "status": 430;
        };
      };
    };
    readonly "x-status-code": 430;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Shopify";
  };
  readonly "RequestHeaderFieldsTooLarge": {
    readonly "description": "431 Request Header Fields Too Large\n\nThe server refuses the request because its header fields are too big, singly or together.\n\nSee [RFC 6585, Section 5](https://www.rfc-editor.org/rfc/rfc6585#section-5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    431
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Header Fields Too Large";
          readonly "status": 431;
        };
      };
    };
    readonly "x-status-code": 431;
  };
  readonly "LoginTimeout": {
    readonly "description": "440 Login Timeout\n\nOutlook Web Access ended the user's session, so the user has to sign in again.\n\n**Unofficial:** used by Microsoft IIS; not registered with IANA.\n\nSee [Microsoft Exchange Server 2007 documentation, How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access](https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    440
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Login Timeout";
          readonly "status": 440;
        };
      };
    };
    readonly "x-status-code": 440;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft IIS";
  };
  readonly "NoResponse": Responses["NoResponse"];
  readonly "RetryWith": {
    readonly "description": "449 Retry With\n\nThe server needs more information and asks the client to repeat the request with an extra header field.\n\n**Unofficial:** used by Microsoft IIS; not registered with IANA.\n\nSee [Microsoft [MS-WDV] WebDAV Protocol Client Extensions, Section 2.2.6 (449 Retry With Status Code)](https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    449
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Retry With";
          readonly "status": 449;
        };
      };
    };
    readonly "x-status-code": 449;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft IIS";
  };
  readonly "BlockedByWindowsParentalControls": {
    readonly "description": "450 Blocked by Windows Parental Controls\n\nWindows family safety settings stopped the page from loading.\n\n**Unofficial:** used by Microsoft; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    450
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Blocked by Windows Parental Controls";
          readonly "status": 450;
        };
      };
    };
    readonly "x-status-code": 450;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Microsoft";
  };
  readonly "UnavailableForLegalReasons": {
    readonly "description": "451 Unavailable For Legal Reasons\n\nAccess to the resource is blocked because of a legal demand, such as a court order.\n\nAlso used by Microsoft Exchange ActiveSync as \"Redirect\": Exchange ActiveSync returns 451 to tell a mobile client that a different server should handle its mailbox, which clashes with the RFC 7725 meaning.\n\nSee [RFC 7725, Section 3](https://www.rfc-editor.org/rfc/rfc7725#section-3).";
    readonly "headers": Responses["EarlyHints"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    451
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unavailable For Legal Reasons";
          readonly "status": 451;
        };
      };
    };
    readonly "x-status-code": 451;
  };
  readonly "ClientClosedConnection": Responses["ClientClosedConnection"];
  readonly "XForwardedForTooLarge": {
    readonly "description": "463 X-Forwarded-For Too Large\n\nThe load balancer turned away a request whose X-Forwarded-For header named more than 30 IP addresses.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    463
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "X-Forwarded-For Too Large";
          readonly "status": 463;
        };
      };
    };
    readonly "x-status-code": 463;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "IncompatibleProtocolVersions": {
    readonly "description": "464 Incompatible Protocol Versions\n\nThe request's protocol version does not match what the load balancer's target group expects.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    464
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Incompatible Protocol Versions";
          readonly "status": 464;
        };
      };
    };
    readonly "x-status-code": 464;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "RequestHeaderTooLarge": {
    readonly "description": "494 Request Header Too Large\n\nnginx refused a request because its header, or a single header line, did not fit in the configured buffers.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx source, src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)](https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    494
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Request Header Too Large";
          readonly "status": 494;
        };
      };
    };
    readonly "x-status-code": 494;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "SslCertificateError": {
    readonly "description": "495 SSL Certificate Error\n\nThe client presented a TLS certificate that nginx could not verify.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    495
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Certificate Error";
          readonly "status": 495;
        };
      };
    };
    readonly "x-status-code": 495;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "SslCertificateRequired": {
    readonly "description": "496 SSL Certificate Required\n\nnginx demands a client certificate for mutual TLS and the client presented none.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    496
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Certificate Required";
          readonly "status": 496;
        };
      };
    };
    readonly "x-status-code": 496;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "HttpRequestSentToHttpsPort": {
    readonly "description": "497 HTTP Request Sent to HTTPS Port\n\nA plain HTTP request arrived on a port where nginx expects HTTPS.\n\n**Unofficial:** used by nginx; not registered with IANA.\n\nSee [nginx documentation, ngx_http_ssl_module (error processing)](https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    497
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "HTTP Request Sent to HTTPS Port";
          readonly "status": 497;
        };
      };
    };
    readonly "x-status-code": 497;
    readonly "x-unofficial": true;
    readonly "x-vendor": "nginx";
  };
  readonly "InvalidToken": {
    readonly "description": "498 Invalid Token\n\nArcGIS rejected the access token sent with the request as expired or not valid.\n\n**Unofficial:** used by Esri ArcGIS Server; not registered with IANA.\n\nSee [Esri Support, Error Code 498 \"Invalid Token\" returned when viewing images in the Story Map Journal app](https://support.esri.com/en-us/knowledge-base/bug-error-code-498-invalid-token-returned-when-viewing--000016034).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    498
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Invalid Token";
          readonly "status": 498;
        };
      };
    };
    readonly "x-status-code": 498;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Esri ArcGIS Server";
  };
  readonly "ClientClosedRequest": Responses["ClientClosedRequest"];
  readonly "InternalServerError": {
    readonly "description": "500 Internal Server Error\n\nSomething unexpected went wrong on the server while it handled the request.\n\nSee [RFC 9110, Section 15.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    500
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Internal Server Error";
          readonly "status": 500;
        };
      };
    };
    readonly "x-status-code": 500;
  };
  readonly "NotImplemented": {
    readonly "description": "501 Not Implemented\n\nThe server does not implement what the request needs, usually its method.\n\nSee [RFC 9110, Section 15.6.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    501
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Implemented";
          readonly "status": 501;
        };
      };
    };
    readonly "x-status-code": 501;
  };
  readonly "BadGateway": {
    readonly "description": "502 Bad Gateway\n\nThe gateway or proxy that answered got a broken or unusable reply from the server behind it.\n\nSee [RFC 9110, Section 15.6.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    502
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bad Gateway";
          readonly "status": 502;
        };
      };
    };
    readonly "x-status-code": 502;
  };
  readonly "ServiceUnavailable": {
    readonly "description": "503 Service Unavailable\n\nThe server cannot take requests for now, because of overload or maintenance, and expects to recover.\n\nSee [RFC 9110, Section 15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4).";
    readonly "headers": Responses["ContentTooLarge"]["headers"];
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    503
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Service Unavailable";
          readonly "status": 503;
        };
      };
    };
    readonly "x-status-code": 503;
  };
  readonly "GatewayTimeout": {
    readonly "description": "504 Gateway Timeout\n\nThe gateway or proxy that answered gave up waiting for the server behind it.\n\nSee [RFC 9110, Section 15.6.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    504
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Gateway Timeout";
          readonly "status": 504;
        };
      };
    };
    readonly "x-status-code": 504;
  };
  readonly "HttpVersionNotSupported": {
    readonly "description": "505 HTTP Version Not Supported\n\nThe server will not handle requests in the major HTTP version the client used.\n\nSee [RFC 9110, Section 15.6.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    505
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "HTTP Version Not Supported";
          readonly "status": 505;
        };
      };
    };
    readonly "x-status-code": 505;
  };
  readonly "VariantAlsoNegotiates": {
    readonly "description": "506 Variant Also Negotiates\n\nThe server's transparent content negotiation is misconfigured, so the chosen variant negotiates again.\n\nSee [RFC 2295, Section 8.1](https://www.rfc-editor.org/rfc/rfc2295#section-8.1).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    506
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Variant Also Negotiates";
          readonly "status": 506;
        };
      };
    };
    readonly "x-status-code": 506;
  };
  readonly "InsufficientStorage": {
    readonly "description": "507 Insufficient Storage\n\nThe server has run out of the space it needs to store the result of the request.\n\nSee [RFC 4918, Section 11.5](https://www.rfc-editor.org/rfc/rfc4918#section-11.5).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    507
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Insufficient Storage";
          readonly "status": 507;
        };
      };
    };
    readonly "x-status-code": 507;
  };
  readonly "LoopDetected": {
    readonly "description": "508 Loop Detected\n\nThe server aborted an operation on a whole tree of bindings because it ran into a loop.\n\nAlso used by cPanel as \"Resource Limit Is Reached\": cPanel and CloudLinux shared hosting send 508 when an account exceeds its allotted CPU, memory or process limits.\n\nSee [RFC 5842, Section 7.2](https://www.rfc-editor.org/rfc/rfc5842#section-7.2).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    508
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Loop Detected";
          readonly "status": 508;
        };
      };
    };
    readonly "x-status-code": 508;
  };
  readonly "BandwidthLimitExceeded": {
    readonly "description": "509 Bandwidth Limit Exceeded\n\nThe site has used up the bandwidth its hosting plan allows.\n\n**Unofficial:** used by cPanel; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    509
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Bandwidth Limit Exceeded";
          readonly "status": 509;
        };
      };
    };
    readonly "x-status-code": 509;
    readonly "x-unofficial": true;
    readonly "x-vendor": "cPanel";
  };
  readonly "NotExtended": {
    readonly "description": "510 Not Extended\n\nThe request does not meet the extension policy needed to access the resource.\n\n**Deprecated:** The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.\n\nIANA registration: obsoleted.\n\nSee [RFC 2774, Section 7](https://www.rfc-editor.org/rfc/rfc2774#section-7).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    510
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Not Extended";
          readonly "status": 510;
        };
      };
    };
    readonly "x-status-code": 510;
    readonly "x-deprecated": "The HTTP Extension Framework (RFC 2774) it belongs to is Historic and IANA lists the code as obsoleted.";
  };
  readonly "NetworkAuthenticationRequired": {
    readonly "description": "511 Network Authentication Required\n\nThe user has to log in to the network, for example at a captive portal, before getting access.\n\nSee [RFC 6585, Section 6](https://www.rfc-editor.org/rfc/rfc6585#section-6).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    511
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Authentication Required";
          readonly "status": 511;
        };
      };
    };
    readonly "x-status-code": 511;
  };
  readonly "WebServerReturnedAnUnknownError": {
    readonly "description": "520 Web Server Returned an Unknown Error\n\nCloudflare could not use the origin's response, which was empty, malformed or otherwise unexpected.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 520](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    520
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Web Server Returned an Unknown Error";
          readonly "status": 520;
        };
      };
    };
    readonly "x-status-code": 520;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "WebServerIsDown": {
    readonly "description": "521 Web Server Is Down\n\nCloudflare's connection attempt was rejected by the origin web server.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 521](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    521
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Web Server Is Down";
          readonly "status": 521;
        };
      };
    };
    readonly "x-status-code": 521;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "ConnectionTimedOut": {
    readonly "description": "522 Connection Timed Out\n\nCloudflare gave up on the origin, which did not accept the TCP connection or acknowledge the request in time.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 522](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    522
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Connection Timed Out";
          readonly "status": 522;
        };
      };
    };
    readonly "x-status-code": 522;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "OriginIsUnreachable": {
    readonly "description": "523 Origin Is Unreachable\n\nCloudflare could not reach the origin server at all.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 523](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    523
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Origin Is Unreachable";
          readonly "status": 523;
        };
      };
    };
    readonly "x-status-code": 523;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "ATimeoutOccurred": {
    readonly "description": "524 A Timeout Occurred\n\nThe origin accepted Cloudflare's connection but sent no HTTP response within the time limit (120 seconds by default).\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 524](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    524
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "A Timeout Occurred";
          readonly "status": 524;
        };
      };
    };
    readonly "x-status-code": 524;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "SslHandshakeFailed": {
    readonly "description": "525 SSL Handshake Failed\n\nThe TLS handshake between Cloudflare and the origin server failed.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 525](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    525
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "SSL Handshake Failed";
          readonly "status": 525;
        };
      };
    };
    readonly "x-status-code": 525;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "InvalidSslCertificate": {
    readonly "description": "526 Invalid SSL Certificate\n\nThe origin's TLS certificate did not pass Cloudflare's validation.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nSee [Cloudflare documentation, Error 526](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    526
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Invalid SSL Certificate";
          readonly "status": 526;
        };
      };
    };
    readonly "x-status-code": 526;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "RailgunError": {
    readonly "description": "527 Railgun Error\n\nCloudflare lost its link to the Railgun listener at the origin.\n\n**Deprecated:** Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    527
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Railgun Error";
          readonly "status": 527;
        };
      };
    };
    readonly "x-status-code": 527;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
    readonly "x-deprecated": "Cloudflare discontinued Railgun on 31 January 2024, so this error can no longer occur.";
  };
  readonly "SiteIsOverloaded": {
    readonly "description": "529 Site Is Overloaded\n\nThe service is overloaded for the moment and cannot take the request now.\n\n**Unofficial:** used by Qualys SSL Labs; not registered with IANA.\n\nSee [SSL Labs API v4 documentation (Error Response Status Codes)](https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    529
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Site Is Overloaded";
          readonly "status": 529;
        };
      };
    };
    readonly "x-status-code": 529;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Qualys SSL Labs";
  };
  readonly "OriginUnavailable": {
    readonly "description": "530 Origin Unavailable\n\nCloudflare could not serve the request because of an origin problem described by a 1xxx error.\n\n**Unofficial:** used by Cloudflare; not registered with IANA.\n\nAlso used by Pantheon as \"Site Is Frozen\": Pantheon answers 530 for a site it has frozen because nobody used it for a long time.\n\nSee [Cloudflare documentation, Error 530](https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    530
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Origin Unavailable";
          readonly "status": 530;
        };
      };
    };
    readonly "x-status-code": 530;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Cloudflare";
  };
  readonly "TemporarilyDisabled": {
    readonly "description": "540 Temporarily Disabled\n\nShopify has switched the requested endpoint off for the time being.\n\n**Unofficial:** used by Shopify; not registered with IANA.\n\nSee [Shopify API documentation, Response status and error codes](https://shopify.dev/docs/api/usage/response-codes).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    540
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Temporarily Disabled";
          readonly "status": 540;
        };
      };
    };
    readonly "x-status-code": 540;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Shopify";
  };
  readonly "IdentityProviderError": {
    readonly "description": "561 Unauthorized\n\nThe load balancer was authenticating the user and the identity provider answered with an error.\n\n**Unofficial:** used by AWS Elastic Load Balancing; not registered with IANA.\n\nSee [AWS Elastic Load Balancing documentation, Troubleshoot your Application Load Balancers](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    561
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Unauthorized";
          readonly "status": 561;
        };
      };
    };
    readonly "x-status-code": 561;
    readonly "x-unofficial": true;
    readonly "x-vendor": "AWS Elastic Load Balancing";
  };
  readonly "NetworkReadTimeoutError": {
    readonly "description": "598 Network Read Timeout Error\n\nA proxy timed out while reading the response from the upstream server.\n\n**Unofficial:** used by Informal convention; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    598
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Read Timeout Error";
          readonly "status": 598;
        };
      };
    };
    readonly "x-status-code": 598;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Informal convention";
  };
  readonly "NetworkConnectTimeoutError": {
    readonly "description": "599 Network Connect Timeout Error\n\nA proxy timed out while trying to connect to the upstream server.\n\n**Unofficial:** used by Informal convention; not registered with IANA.";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "properties": {
                readonly "status": {
                  readonly "enum": [
                    599
                  ];
                };
              };
            }
          ];
        };
        readonly "example": {
          readonly "type": "about:blank";
          readonly "title": "Network Connect Timeout Error";
          readonly "status": 599;
        };
      };
    };
    readonly "x-status-code": 599;
    readonly "x-unofficial": true;
    readonly "x-vendor": "Informal convention";
  };
  readonly "OutOfCredit": {
    readonly "description": "403 Forbidden: You do not have enough credit\n\nThe account's balance does not cover the cost of the request.\n\nSent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.\n\nProblem type: [https://github.com/org/status-codes/problems/out-of-credit](https://github.com/org/status-codes/problems/out-of-credit).";
    readonly "content": {
      readonly "application/problem+json": {
        readonly "schema": {
          readonly "description": "You do not have enough credit: The account's balance does not cover the cost of the request.\n\nSent when a request would cost more than the account has left. Nothing was charged and nothing was done. The client can top up the account, or repeat the request charged to one of the other accounts the problem lists.";
          readonly "externalDocs": {
            readonly "description": "Problem type out-of-credit";
            readonly "url": "https://github.com/org/status-codes/problems/out-of-credit";
          };
          readonly "allOf": [
            ProblemDetailsSchema30,
            {
              readonly "type": "object";
              readonly "required": [
                "type",
                "balance"
              ];
              readonly "properties": {
                readonly "type": {
                  readonly "enum": [
                    "https://github.com/org/status-codes/problems/out-of-credit"
                  ];
                };
                readonly "title": {
                  readonly "type": "string";
                  readonly "default": "You do not have enough credit";
                };
                readonly "status": {
                  readonly "enum": [
                    403
                  ];
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
            }
          ];
        };
      };
    };
    readonly "x-status-code": 403;
    readonly "x-problem-type": "https://github.com/org/status-codes/problems/out-of-credit";
  };
};
