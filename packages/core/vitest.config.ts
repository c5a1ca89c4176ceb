import { defineConfig } from "vitest/config";

// The consumer test packs the package and runs tsc four times: on a busy machine that takes minutes, so the
// limits below only catch a hung process; no test asserts on time.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000 },
});
