// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

"use strict";

exports.openapi = require("./openapi.json");
exports.openapi30 = require("./openapi-3.0.json");
exports.responses = require("./responses.json").responses;
exports.responses30 = require("./responses.json").responses30;
exports.fastifyResponse = require("../fastify.cjs").fastifyResponse;
