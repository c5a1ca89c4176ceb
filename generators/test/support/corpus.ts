/**
 * The corpus of invalid specs: each fixture in fixtures/invalid/ with every problem `pnpm gen` must report for it,
 * as `line:col: message (fix)`. invalid-specs.test.ts runs the CLI on each; editor-schema.test.ts runs the editor.
 */
export const cases: [name: string, problems: string[]][] = [
  ["alias-is-another-phrase", [
    "25:34: alias \"not found\" of code 413 is also the phrase of code 404 at line 14 (a phrase must name one code; remove or reword one of them)",
  ]],
  ["alias-names-two-codes", [
    "26:15: alias \"Payload Too Large\" of code 413 is also an alias of code 404 at line 14 (a phrase must name one code; remove or reword one of them)",
  ]],
  ["alias-on-two-lines", [
    "26:9: aliases[0] \"Payload Too\\nLarge\\n\" spans more than one line (write it on one line; details belong in description)",
  ]],
  ["alias-repeats-own-phrase", [
    "25:34: alias \" content too large \" repeats the phrase of code 413 (lookups ignore case and spaces; remove the alias)",
  ]],
  ["alias-twice-in-one-entry", [
    "25:34: \"payload too large\" is listed twice for code 413 (remove the repeat)",
  ]],
  ["billion-laughs", [
    "2:8: Excessive alias count indicates a resource exhaustion attack (anchors and aliases expand too far; write the values out instead)",
  ]],
  ["code-as-exponent", [
    "14:11: code must be written as a whole number, got 4.04e2 (write it as three digits, e.g. 404)",
  ]],
  ["code-as-float", [
    "14:11: code must be written as a whole number, got 404.0 (write it as three digits, e.g. 404)",
  ]],
  ["code-as-string", [
    "14:11: code must be an integer, got the string \"404\" (remove the quotes)",
  ]],
  ["code-four-digits", [
    "28:11: code 1499 is outside 0-999 (status codes have three digits)",
  ]],
  ["code-fraction", [
    "14:11: code must be an integer, got the number 404.5 (write an integer)",
  ]],
  ["code-negative", [
    "28:11: code -1 is outside 0-999 (status codes have three digits)",
  ]],
  ["code-official-out-of-range", [
    "14:11: code 704 is outside 100-599, where official codes lie (add vendor: NAME if this is an unofficial code)",
  ]],
  ["codes-empty", [
    "7:8: codes must not be empty (fill it in or remove it)",
  ]],
  ["codes-missing", [
    "1:1: missing required field \"codes\" (add codes: …)",
  ]],
  ["codes-not-a-list", [
    "8:3: codes must be a list, got a mapping (write a list)",
  ]],
  ["codes-null-entry", [
    "8:5: codes[0] must be a mapping, got null (write a mapping)",
  ]],
  ["duplicate-code", [
    "20:11: duplicate code 404 (first defined at line 14; merge the two entries)",
  ]],
  ["duplicate-entry", [
    "20:11: duplicate code 404 (first defined at line 14; merge the two entries)",
  ]],
  ["error-name-taken", [
    "14:11: code 404 would add Error to @org/status-core/errors, where it would hide the built-in type of that name, which the module's code uses (remove Error from legacyNames)",
    "34:11: code 599 would add NestProblemFilter to @org/status-core/errors, which it already exports (give it another name with \"name:\")",
    "40:11: problem type \"http-error\" would add HttpError to @org/status-core/errors, which it already exports (give it another name with \"name:\")",
    "40:11: problem type \"http-error\" would add HttpErrorOptions to @org/status-core/errors, which it already exports (give it another name with \"name:\")",
    "45:11: problem type \"upload-limit\" would add ContentTooLargeOptions to @org/status-core/errors, which code 413 already adds (give it another name with \"name:\")",
  ]],
  ["field-without-value", [
    "32:12: vendor has no value (write a string after \"vendor:\", or remove the line)",
  ]],
  ["header-defined-twice", [
    "7:11: header \"retry-after\" is defined twice (remove one definition)",
  ]],
  ["header-option-taken", [
    "12:11: header \"Type-Header\" and header \"Type\" would both be set by the error option typeHeader (spell one of them differently)",
  ]],
  ["header-name-with-space", [
    "2:11: name \"Retry After\" is not a header field name (letters, digits and hyphens, e.g. Retry-After)",
  ]],
  ["header-not-defined", [
    "27:15: header \"Retry-Aftr\" is not defined in the top-level headers list (did you mean \"Retry-After\"? or add it there)",
  ]],
  ["key-not-upper-snake", [
    "30:10: key \"client_closed\" is not UPPER_SNAKE_CASE (write constant keys like NOT_FOUND)",
  ]],
  ["legacy-key-lowercase", [
    "26:18: legacyKeys[0] \"payload_too_large\" is not UPPER_SNAKE_CASE (write constant keys like NOT_FOUND)",
  ]],
  ["legacy-key-taken", [
    "26:37: legacy key NOT_FOUND of code 413 is already taken by code 404 at line 14 (remove it from one of them)",
  ]],
  ["legacy-name-taken", [
    "27:19: legacy name NotFound of code 413 is already taken by code 404 at line 14 (remove it from one of them)",
  ]],
  ["many-problems-at-once", [
    "8:5: missing required field \"summary\" (add summary: …)",
    "10:5: unknown field \"sumary\" (did you mean \"summary\"?)",
    "20:11: duplicate code 404 (first defined at line 14; merge the two entries)",
    "27:15: header \"Retry-Aftr\" is not defined in the top-level headers list (did you mean \"Retry-After\"? or add it there)",
  ]],
  ["missing-registry-and-vendor", [
    "8:5: code 200 has neither registry nor vendor (add registry: permanent for an IANA code, or vendor: NAME for an unofficial one)",
  ]],
  ["missing-summary", [
    "14:5: missing required field \"summary\" (add summary: …)",
  ]],
  ["name-not-pascal", [
    "30:11: name \"client-closed\" is not PascalCase (write names like NotFound)",
  ]],
  ["organization-invalid", [
    "3:10: scope \"acme\" is not an npm scope (write @ and then lower-case letters, digits, '-', '.' or '_', e.g. @acme)",
    "4:15: repository \"https://github.com/acme/http-status/\" is not a repository URL (write https://host/path, with no spaces, .git or trailing slash)",
    "5:3: contact needs a url or an email (add url: https://… or email: team@…)",
    "7:16: problemBase \"api.acme.com/problems/\" is not an http or https URL (start it with https:// and leave no spaces in it)",
    "8:11: access must be one of public, restricted, got the string \"private\" (pick one of those)",
  ]],
  ["own-and-foreign-references", [
    "14:5: missing required field \"reference\" (add reference: with title and url; only a header of the organisation's own, vendor: Acme, may leave it out)",
    "57:12: url \"http://wiki.example/moved\" is not an https link (start it with https:// and leave no spaces in it)",
  ]],
  ["phrase-of-another-code", [
    "29:13: phrase \"Not Found\" of code 499 is also the phrase of code 404 at line 14 (reword one of them; if both codes really use it, set reverseLookup: false and key: on one of them)",
  ]],
  ["phrase-with-newline", [
    "29:13: phrase \"Client Closed\\nRequest\" spans more than one line (write it on one line; details belong in description)",
  ]],
  ["phrase-without-key", [
    "29:13: phrase \"???\" gives no usable constant name (\"\") (add key: A_NAME to the entry)",
  ]],
  ["reference-not-https", [
    "6:12: url \"http://www.rfc-editor.org/rfc/rfc9110\" is not an https link (start it with https:// and leave no spaces in it)",
  ]],
  ["registry-and-vendor", [
    "33:15: code 499 has both registry and vendor (IANA codes take registry:, vendor codes take vendor:; remove one)",
  ]],
  ["registry-unknown-value", [
    "24:15: registry must be one of permanent, temporary, unused, obsoleted, got the string \"perm\" (pick one of those)",
  ]],
  ["required-header-twice-or-undefined", [
    "27:15: header \"Retry-After\" is also in requiredHeaders (list it once: remove it from headers)",
    "28:36: header \"Location\" is not defined in the top-level headers list (add it there)",
  ]],
  ["problem-extension-names", [
    "40:7: extension \"status\" of problem type \"upload-too-large\" has the name of a standard member of problem details (rename it: type, title, status, detail and instance are RFC 9457's own)",
    "43:7: extension \"mb\" of problem type \"upload-too-large\" is not a member name RFC 9457 recommends (write a letter, then at least two letters, digits or underscores, e.g. balance)",
  ]],
  ["problem-extension-schema-invalid", [
    "42:17: schema of extension \"limit\" of problem type \"upload-too-large\" is not a valid JSON Schema: type must be equal to one of the allowed values (fix it as JSON Schema 2020-12 says)",
    "45:17: schema of extension \"unit\" of problem type \"upload-too-large\" is not a valid JSON Schema: strict mode: unknown keyword: \"tpye\" (fix it as JSON Schema 2020-12 says)",
  ]],
  ["problem-fields-wrong", [
    "34:5: missing required field \"title\" (add title: …)",
    "35:13: status must be an integer, got the string \"413\" (remove the quotes)",
    "38:5: unknown field \"titel\" (did you mean \"title\"?)",
    "40:7: missing required field \"description\" (add description: …)",
    "42:19: required must be a boolean, got the string \"yes\" (write a boolean)",
  ]],
  ["problem-name-taken", [
    "34:11: name ContentTooLarge of problem type \"content-too-large\" is already taken by code 413 at line 20 (set name: to a different PascalCase name)",
    "45:11: name UploadTooLarge of problem type \"file-too-large\" is already taken by problem type \"upload-too-large\" at line 39 (set name: to a different PascalCase name)",
    "50:11: problem type \"upload-too-large\" is defined twice (first at line 39; merge the two entries)",
  ]],
  ["problem-name-kept-by-openapi", [
    "34:11: problem type \"problem-details\"'s OpenAPI response and schema would be named ProblemDetails, a name the OpenAPI documents keep for their own (give it another name with \"name:\")",
  ]],
  ["problem-status-never-sent", [
    "36:13: status 499 of problem type \"client-left\" is a code servers never send to clients (pick a code that clients receive)",
  ]],
  ["problem-status-not-an-error", [
    "35:13: status 200 of problem type \"all-good\" is not a 4xx or 5xx code (a problem type is an error: pick a client or server error code)",
  ]],
  ["problem-status-not-in-spec", [
    "35:13: status 403 of problem type \"out-of-credit\" is not a code of the spec (add it to codes:, or pick a 4xx or 5xx code that is)",
  ]],
  ["problem-type-not-a-slug", [
    "34:11: type \"Too_Large\" is not a slug (write lower-case words and digits joined by single hyphens, e.g. out-of-credit)",
  ]],
  ["response-named-problem", [
    "14:11: code 404's OpenAPI response would be named Problem, the name of the generic problem response (give the code another name with \"name:\")",
  ]],
  ["same-constant-key", [
    "29:13: constant key NOT_FOUND of code 499 is already taken by code 404 at line 14 (set key: to a different constant name on one of them)",
  ]],
  ["same-pascal-name", [
    "30:11: PascalCase name NotFound of code 499 is already taken by code 404 at line 14 (set name: to a different PascalCase name on one of them)",
  ]],
  ["text-not-showable", [
    "10:14: summary is blank (write some text)",
    "11:18: description holds U+0000 at character 11 (remove it: no output can show it)",
    "32:17: deprecated holds a lone surrogate U+D83D at character 9 (write the character itself, or both halves of its escape)",
  ]],
  ["top-level-list", [
    "1:1: the top level must be a mapping, got a list (write a mapping)",
  ]],
  ["top-level-scalar", [
    "1:1: the top level must be a mapping, got the string \"just some text\" (write a mapping)",
  ]],
  ["unknown-field-no-suggestion", [
    "11:5: unknown field \"colour\" (known fields: code, phrase, summary, description, reference, registry, vendor, key, name, aliases, legacyKeys, legacyNames, deprecated, reverseLookup, cacheable, noContent, noStore, retryable, redirect, neverSent, headers, requiredHeaders, otherMeanings)",
  ]],
  ["unknown-field-typo", [
    "8:5: missing required field \"summary\" (add summary: …)",
    "10:5: unknown field \"sumary\" (did you mean \"summary\"?)",
  ]],
  ["unknown-top-level-field", [
    "1:1: missing required field \"codes\" (add codes: …)",
    "7:1: unknown field \"code\" (did you mean \"codes\"?)",
  ]],
  ["wrong-type-aliases", [
    "25:14: aliases must be a list, got the string \"Payload Too Large\" (write a list)",
  ]],
  ["wrong-type-flag", [
    "13:16: cacheable must be a boolean, got the string \"yes\" (write a boolean)",
  ]],
  ["wrong-type-phrase", [
    "9:13: phrase must be a string, got number 200 (quote the value to keep it as text)",
  ]],
  ["yaml-apostrophe-in-single-quotes", [
    "29:13: the value of phrase is quoted, but the quote closes at column 20 and more text follows (quote the whole value: phrase: \"Client's Closed Request\"; inside '…' an apostrophe is written '')",
  ]],
  ["yaml-bad-indent", [
    "16:7: \"summary:\" is indented deeper than \"phrase:\" (line 15), so YAML reads it as more of the phrase (dedent it by 2 spaces to line it up with \"phrase:\")",
  ]],
  ["yaml-colon-in-value", [
    "30:14: the value of summary contains \": \", which YAML reads as the start of a nested field (quote the value: summary: \"Note: the client went away.\")",
  ]],
  ["yaml-continuation-dedented", [
    "31:3: line 31 looks like more of the summary on line 30, but YAML reads a value's next lines only when they are indented deeper than \"summary:\" (indent it to column 6 or more, or join it to line 30)",
  ]],
  ["yaml-duplicate-key", [
    "16:5: \"phrase:\" appears twice in the same entry, first on line 15 (keep one of the two)",
  ]],
  ["yaml-entry-misaligned", [
    "28:4: this entry's \"-\" is at column 4, but the entries above have theirs at column 3 (dedent it by 1 space to line it up with the entry on line 20)",
  ]],
  ["yaml-entry-without-dash", [
    "28:5: a second \"code:\" in the entry that starts on line 20; a new entry needs \"- \" before its first field (write the line as \"  - code: 499\", the dash at column 3 as on line 20)",
  ]],
  ["yaml-field-dedented-one-space", [
    "32:4: \"vendor:\" starts at column 4, left of the fields around it at column 5 (indent it by 1 space to line it up with \"description:\" on line 31)",
  ]],
  ["yaml-field-in-folded-block", [
    "34:7: \"vendor:\" is inside the folded text of description (line 31), so YAML reads it as text, not as a field: probably misplaced (dedent it by 2 spaces to line it up with \"description:\")",
  ]],
  ["yaml-field-in-literal-block", [
    "25:7: \"registry:\" is inside the literal text of description (line 23), so YAML reads it as text, not as a field: probably misplaced (dedent it by 2 spaces to line it up with \"description:\")",
  ]],
  ["yaml-folded-line-dedented", [
    "33:6: line 33 is part of the text of description (line 31), but starts at column 6, left of the text above at column 7 (indent it by 1 space)",
  ]],
  ["yaml-hash-cuts-text", [
    "30:46: the text from \" #\" on is a YAML comment, so summary ends at \"The client went away, see issue\" (quote the value to keep the text: summary: \"The client went away, see issue #12.\"; or, if it is a comment, put it on a line of its own)",
  ]],
  ["yaml-hash-empties-value", [
    "30:14: the value of summary starts with \"#\", which YAML reads as a comment, so summary is empty (quote the value: summary: \"#1 reason for gaps in the logs.\")",
  ]],
  ["yaml-no-colon", [
    "32:5: \"vendor nginx\" has no colon after vendor (write vendor: nginx)",
  ]],
  ["yaml-no-space-after-colon", [
    "32:5: \"vendor:nginx\" has no space after the colon, so YAML does not read a field (write vendor: nginx)",
  ]],
  ["yaml-second-document", [
    "7:1: \"---\" starts a second YAML document, but the spec is one document (remove this line)",
  ]],
  ["yaml-slips-together", [
    "30:35: the text from \" #\" on is a YAML comment, so summary ends at \"The client went away\" (quote the value to keep the text: summary: \"The client went away #early.\"; or, if it is a comment, put it on a line of its own)",
    "34:7: \"vendor:\" is inside the folded text of description (line 31), so YAML reads it as text, not as a field: probably misplaced (dedent it by 2 spaces to line it up with \"description:\")",
  ]],
  ["yaml-tab-after-block", [
    "34:1: line 34 is indented with a tab, and YAML indents with spaces only (replace the tab with 4 spaces, to line it up with \"description:\" on line 31)",
  ]],
  ["yaml-tab-indent", [
    "10:1: line 10 is indented with a tab, and YAML indents with spaces only (replace the tab with 4 spaces, to line it up with \"phrase:\" on line 9)",
  ]],
  ["yaml-unclosed-flow", [
    "25:14: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (close the [ that starts here with ], or quote the text if the [ is meant literally)",
  ]],
  ["yaml-unclosed-nested-flow", [
    // The inner list is closed; the outer one, opened first, is not.
    "25:14: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (close the [ that starts here with ], or quote the text if the [ is meant literally)",
  ]],
  ["yaml-unclosed-quote", [
    "10:14: YAML syntax error: Missing closing \"quote (close the \" that starts here)",
  ]],
  ["yaml-value-starts-with-backtick", [
    "30:14: the value of summary starts with \"`\", which YAML reserves (quote the value: summary: \"`499` means the client went away.\")",
  ]],
  ["yaml-value-starts-with-bracket", [
    "30:14: the value of summary starts with \"[\", which YAML reads as a list (quote the value: summary: \"[nginx] The client went away.\")",
  ]],
  ["yaml-value-starts-with-star", [
    "30:14: the value of summary starts with \"*\", which YAML reads as an alias, a reference to an anchor (quote the value: summary: \"*Never* sent to the client.\")",
  ]],
  ["yaml-value-starts-with-tag", [
    "30:14: the value of summary starts with \"!important\", which YAML reads as a tag and leaves out of the text (quote the value: summary: \"!important the client went away.\")",
  ]],
];
