// The documents as plain objects, for code-first frameworks that assemble their OpenAPI document in code.
import openapi from "./generated/openapi.json" with { type: "json" };
import openapi30 from "./generated/openapi-3.0.json" with { type: "json" };

export { openapi, openapi30 };
