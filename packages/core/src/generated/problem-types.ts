// Generated from spec/status-codes.yaml by `pnpm gen`. Do not edit by hand.

import { OutOfCredit } from "./errors.js";

/** The error class of each of the organisation's problem types, by type URI. */
export const PROBLEM_TYPE_CLASSES: { readonly [type: string]: typeof OutOfCredit } = {
  "https://github.com/org/status-codes/problems/out-of-credit": OutOfCredit,
};
