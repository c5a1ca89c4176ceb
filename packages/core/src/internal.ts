/** A packed array with a slot for every code up to the largest (unknown ones hold `undefined`), to index by code. */
export function denseByCode<T>(codes: readonly number[], values: readonly T[]): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  codes.forEach((code, i) => {
    while (out.length < code) out.push(undefined);
    out[code] = values[i];
  });
  return out;
}

/** `denseByCode` for codes given as steps (each the distance from the one before), in one pass. */
export function denseBySteps<T>(steps: readonly number[], values: readonly T[]): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  let code = 0;
  steps.forEach((step, i) => {
    for (code += step; out.length < code; ) out.push(undefined);
    out.push(values[i]);
  });
  return out;
}

/** The codes back from their steps (each the distance from the one before). */
export function codesFromSteps(steps: readonly number[]): number[] {
  let code = 0;
  return steps.map((step) => (code += step));
}

/** Freeze a JSON-like value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
