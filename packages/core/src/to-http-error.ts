/** `toHttpError`: whatever was thrown, as an `HttpError` to answer with. */
import { createHttpError } from "./create-http-error.js";
import { type HttpError, isErrorStatus, isHttpError } from "./http-error.js";

/** Own properties of other libraries' errors that are their protocol, not data worth keeping for the logs. */
const PROTOCOL = new Set(["status", "statusCode", "expose", "headers", "message", "name", "stack", "isBoom", "isServer", "output", "data", "reformat", "typeof"]);

/** Header fields given as strings, numbers or lists of strings, by name; anything else is left out. */
function stringHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof headers === "object" && headers !== null) {
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value === "string" || typeof value === "number") out[name] = String(value);
      else if (Array.isArray(value)) out[name] = value.join(", ");
    }
  }
  return out;
}

/**
 * Whatever was thrown, as an `HttpError`: an `HttpError` stays itself; an error with a status from 400 to 599 keeps it
 * (`http-errors` and Koa: `status`, `expose`, `headers`; Boom: `output.statusCode`, `output.headers`, `isServer`;
 * Fastify, NestJS and others: `statusCode` or `status`, its message exposed below 500), with its other own properties
 * as `data`; anything else (an `Error`, a string, `null`, an object whose getters throw) becomes a 500 whose problem
 * says nothing of it. The original is always the `cause`. Never throws.
 */
export function toHttpError(value: unknown): HttpError {
  try {
    if (isHttpError(value)) return value;
    if (value instanceof Error) {
      const error = value as Error & Record<string, unknown>;
      const boom = error.isBoom === true ? (error.output as Record<string, unknown> | undefined) : undefined;
      const status = boom ? boom.statusCode : (error.status ?? error.statusCode);
      if (isErrorStatus(status)) {
        const data: Record<string, unknown> = {};
        for (const key of Object.keys(error)) if (!PROTOCOL.has(key)) data[key] = error[key];
        if (boom && error.data !== undefined && error.data !== null) data.data = error.data;
        return createHttpError(status, String(error.message), {
          expose: boom ? error.isServer !== true : typeof error.expose === "boolean" ? error.expose : status < 500,
          headers: stringHeaders(boom ? boom.headers : error.headers),
          data,
          cause: value,
        });
      }
    }
  } catch {
    // A hostile value (a getter or a proxy that throws) is answered as any unknown one.
  }
  return createHttpError(500, { cause: value });
}
