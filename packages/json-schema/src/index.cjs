"use strict";
// The draft 2020-12 schemas as objects; each one's $id lets other schemas $ref it.
const statusCodeSchema = require("../generated/status-code.schema.json");
const problemDetailsSchema = require("../generated/problem-details.schema.json");
const statusInfoSchema = require("../generated/status-info.schema.json");

module.exports = {
  statusCodeSchema,
  problemDetailsSchema,
  statusInfoSchema,
  schemas: [statusCodeSchema, problemDetailsSchema, statusInfoSchema],
};
