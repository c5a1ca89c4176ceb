// The documents as plain objects, for code-first frameworks that assemble their OpenAPI document in code.
"use strict";

exports.openapi = require("./generated/openapi.json");
exports.openapi30 = require("./generated/openapi-3.0.json");
