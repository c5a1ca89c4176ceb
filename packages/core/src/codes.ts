/** One named export per status code key, for bundlers that inline constants: `import { NOT_FOUND } from "@org/status-core/codes"`. */
export * from "./generated/codes.js";
