// A Spectral function for the ruleset in ../generated/spectral.yaml, which holds every fact it checks (the codes and the media type).
// Given a response under its status code, it fails when the response lacks `mediaType` (when given) or declares any content (when
// not). It reports only the code: the rule's message says what is wrong and what to change.

/**
 * @param {{ content?: Record<string, unknown> } | undefined} response
 * @param {{ mediaType?: string } | null} options
 * @param {{ path: readonly (string | number)[] }} context
 */
export default function responseContent(response, options, context) {
  const types = Object.keys(response?.content ?? {});
  const mediaType = options?.mediaType;
  const ok = mediaType === undefined ? types.length === 0 : types.includes(mediaType);
  return ok ? [] : [{ message: String(context.path[context.path.length - 1]) }];
}
