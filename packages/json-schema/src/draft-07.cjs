"use strict";
// The draft-07 copies as objects, for tools that have not moved to 2020-12.
const statusCodeSchema = require("../generated/draft-07/status-code.schema.json");
const problemDetailsSchema = require("../generated/draft-07/problem-details.schema.json");
const statusInfoSchema = require("../generated/draft-07/status-info.schema.json");

module.exports = {
  statusCodeSchema,
  problemDetailsSchema,
  statusInfoSchema,
  schemas: [statusCodeSchema, problemDetailsSchema, statusInfoSchema],
};
