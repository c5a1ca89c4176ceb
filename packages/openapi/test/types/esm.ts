// Type test (run by `pnpm typecheck`): the ESM entry's types as a user sees them.
import { openapi, openapi30, type ProblemDetails, type ResponseName } from "../../generated/index.js";

const notFound: string = openapi.components.responses.NotFound.description;
const code: number = openapi30.components.responses.TooManyRequests["x-status-code"];
const version: "3.1.0" = openapi.openapi;
const name: ResponseName = "ServiceUnavailable";
const problem: ProblemDetails | undefined = openapi.components.responses[name].content?.["application/problem+json"].example;
const generic: ProblemDetails = openapi30.components.responses.Problem.content["application/problem+json"].example;
// @ts-expect-error: the generic problem response stands for any code, so it has none
void openapi.components.responses.Problem["x-status-code"];
// @ts-expect-error: not a response of this package
void openapi.components.responses.NoSuchResponse;

export { code, generic, notFound, problem, version };
