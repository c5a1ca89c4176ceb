import * as Boom from "@hapi/boom";
import createError from "http-errors";
import { describe, expect, it } from "vitest";
import { BadRequest, ContentTooLarge, createHttpError, InternalServerError, NotFound, TooManyRequests, toHttpError } from "../src/errors.js";

const hidden500 = { type: "about:blank", title: "Internal Server Error", status: 500 };

describe("toHttpError", () => {
  it("keeps an HttpError as it is", () => {
    const error = new NotFound("x");
    expect(toHttpError(error)).toBe(error);
  });

  it("keeps an http-errors error's status, exposure, headers and other properties (as data)", () => {
    const thrown = createError(429, "Slow down.", { headers: { "Retry-After": "10" }, errors: [1] });
    const error = toHttpError(thrown);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect([error.headers, error.expose, error.detail, error.cause, error.data]).toEqual([{ "Retry-After": "10" }, true, "Slow down.", thrown, { errors: [1] }]);
    expect(toHttpError(createError(503, "db down")).toProblem()).toEqual({ type: "about:blank", title: "Service Unavailable", status: 503 });
    expect(toHttpError(createError(500, "shown", { expose: true })).toProblem()).toEqual({ ...hidden500, detail: "shown" });
  });

  it("keeps a Boom error's output status and headers, and hides a server error's message", () => {
    const thrown = Boom.unauthorized("Token expired.", "Bearer");
    const error = toHttpError(thrown);
    expect([error.status, error.headers, error.toProblem().detail]).toEqual([401, { "WWW-Authenticate": 'Bearer error="Token expired."' }, "Token expired."]);
    expect(toHttpError(Boom.internal("db password wrong")).toProblem()).toEqual(hidden500);
    expect(toHttpError(Boom.badRequest("bad", { field: "total" })).data).toEqual({ data: { field: "total" } });
  });

  it("turns an error with a statusCode (Fastify's validation errors) into an exposed error of that status", () => {
    const thrown = Object.assign(new Error("body must have required property 'total'"), { statusCode: 400, code: "FST_ERR_VALIDATION", validation: [{ keyword: "required" }] });
    const error = toHttpError(thrown);
    expect(error).toBeInstanceOf(BadRequest);
    expect([error.toProblem().detail, error.data]).toEqual(["body must have required property 'total'", { code: "FST_ERR_VALIDATION", validation: [{ keyword: "required" }] }]);
    expect(toHttpError(Object.assign(new Error("too big"), { status: 413, expose: true })).constructor.name).toBe("ContentTooLarge");
    expect(toHttpError(Object.assign(new Error("too big"), { status: 413 }))).toBeInstanceOf(ContentTooLarge);
  });

  it.each([
    ["a plain Error", new Error("connect ECONNREFUSED 10.0.0.5:5432")],
    ["a string", "ECONNREFUSED"],
    ["null", null],
    ["undefined", undefined],
    ["an object with a status that is no Error", { status: 404, message: "lookalike" }],
    ["an Error with a status outside 400-599", Object.assign(new Error("moved"), { status: 302 })],
    ["an Error with a string status", Object.assign(new Error("x"), { status: "404" })],
    ["an Error whose getters throw", Object.defineProperty(new Error("x"), "status", { get: () => { throw new Error("hostile"); } })],
    ["a proxy that throws on every trap", new Proxy({}, { get: () => { throw new Error("hostile"); }, getPrototypeOf: () => { throw new Error("hostile"); } })],
  ])("turns %s into a 500 that says nothing of it, with it as the cause", (_, value) => {
    const error = toHttpError(value);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.toProblem()).toEqual(hidden500);
    expect(error.cause).toBe(value);
  });

  it("gives createHttpError's class for the status", () => {
    expect(toHttpError(createError(404)).constructor).toBe(createHttpError(404).constructor);
  });
});
