// Type test (run by `pnpm typecheck`): the ESM entry's types as a user sees them.
import { openapi, openapi30, type ProblemDetails, type ResponseName } from "../../index.js";

const notFound: string = openapi.components.responses.NotFound.description;
const code: number = openapi30.components.responses.TooManyRequests["x-status-code"];
const version: "3.1.0" = openapi.openapi;
const name: ResponseName = "ServiceUnavailable";
const problem: ProblemDetails | undefined = openapi.components.responses[name].content?.["application/problem+json"].example;
// @ts-expect-error: not a response of this package
void openapi.components.responses.NoSuchResponse;

export { code, notFound, problem, version };
