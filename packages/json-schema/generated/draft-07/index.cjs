// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

"use strict";

exports.statusCodeSchema = require("./status-code.schema.json");
exports.problemDetailsSchema = require("./problem-details.schema.json");
exports.statusInfoSchema = require("./status-info.schema.json");
exports.problemTypeSchemas = {
  "out-of-credit": require("./problem-types/out-of-credit.schema.json"),
};
exports.schemas = [exports.statusCodeSchema, exports.problemDetailsSchema, exports.statusInfoSchema, exports.problemTypeSchemas["out-of-credit"]];
