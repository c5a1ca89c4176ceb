import { defineConfig } from "vitest/config";

// The limits only catch a hung process: a few tests spawn `pnpm gen`, changesets or tsc, which on a busy machine or CI
// runner can take minutes. No test asserts on time.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000 },
});
