// A user's own schema that $refs the package's schemas by $id, and the documents it is tried on.
export function check(ajv, base, defs) {
  const validate = ajv.compile({
    $id: `https://example.com/${defs}/api-event.json`,
    type: "object",
    properties: {
      status: { $ref: `${base}status-code.schema.json` },
      clientError: { $ref: `${base}status-code.schema.json#/${defs}/ClientErrorStatusCode` },
      problem: { $ref: `${base}problem-details.schema.json` },
    },
    required: ["status"],
    additionalProperties: false,
  });
  const docs = {
    ok: { status: 404, clientError: 429, problem: { type: "about:blank", title: "Not Found", status: 404 } },
    vendorCode: { status: 499 },
    unknownCode: { status: 799 },
    stringCode: { status: "404" },
    notAClientError: { status: 500, clientError: 500 },
    badProblem: { status: 400, problem: { status: 400, instance: "not a uri" } },
  };
  return Object.fromEntries(Object.entries(docs).map(([name, doc]) => [name, validate(doc)]));
}

/**
 * Each problem type's schema from the entry, by slug: whether it compiles once every schema is added, accepts a problem of
 * its type that carries each required member as the spec's example does (an integer), and rejects one without its type.
 */
export function checkProblemTypes(ajv, problemTypeSchemas) {
  return Object.fromEntries(
    Object.entries(problemTypeSchemas).map(([slug, schema]) => {
      const validate = ajv.getSchema(schema.$id);
      const members = Object.fromEntries((schema.required ?? []).filter((m) => m !== "type").map((m) => [m, 30]));
      const problem = { type: schema.properties.type.const, status: schema.properties.status.const, ...members };
      const { type: _, ...untyped } = problem;
      return [slug, { ofItsType: validate(problem), withoutType: validate(untyped) }];
    }),
  );
}
