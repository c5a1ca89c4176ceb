import { defineConfig } from "vitest/config";

// The limits only catch a hung process: the lint test starts markdownlint-cli2, which on a busy 2-core machine can
// take minutes. No test asserts on time.
// One module graph for all the test files (isolate: false): none changes process state (env, cwd, mocks, globals).
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000, isolate: false },
});
