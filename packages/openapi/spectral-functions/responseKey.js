// A Spectral function for the ruleset in ../generated/spectral.yaml, which holds every fact it checks (the codes and the pattern).
// Given a response's key (`field: "@key"`), it fails when the key does not match `match`, is missing from `in`, or is listed in
// `notIn`. It reports the key itself: Spectral's built-in functions would report the value behind it, which for a `$ref`ed response
// is the component, not its status code. The rule's message says what is wrong and what to change.

/**
 * @param {string} key
 * @param {{ match?: string, in?: readonly string[], notIn?: readonly string[] }} options
 */
export default function responseKey(key, options) {
  const fails =
    (options.match !== undefined && !new RegExp(options.match).test(key)) ||
    (options.in !== undefined && !options.in.includes(key)) ||
    (options.notIn !== undefined && options.notIn.includes(key));
  return fails ? [{ message: String(key) }] : [];
}
