// Type test (run by `pnpm typecheck`): the CommonJS entry's types as a user sees them.
import status = require("../../generated/index.cjs");

const retryAfter: string = status.openapi.components.headers["Retry-After"].description;
const version: "3.0.3" = status.openapi30.openapi;
// @ts-expect-error: not a header of this package
void status.openapi.components.headers["X-Nope"];

export = { retryAfter, version };
