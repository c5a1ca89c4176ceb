// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

/**
 * The class of a code by its first digit.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-15 | RFC 9110, Section 15}
 */
export type StatusClass = "informational" | "success" | "redirection" | "client-error" | "server-error";

/** The classes in order: index 0 is 1xx, index 4 is 5xx. */
export const STATUS_CLASSES: readonly StatusClass[] = ["informational", "success", "redirection", "client-error", "server-error"];
