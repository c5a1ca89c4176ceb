/** How user code names the constant of a code in `@org/status-core`, e.g. `StatusCode.NOT_FOUND`. */
export function constantRef(key: string): string {
  return `StatusCode.${key}`;
}
