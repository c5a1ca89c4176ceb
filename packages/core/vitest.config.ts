import { defineConfig } from "vitest/config";

// Packing and installing the tarball (global-setup.ts) and the consumer test's tsc runs take minutes on a busy
// machine, so the limits below only catch a hung process; no test asserts on time.
// One module graph for all the test files (isolate: false): none changes process state (env, cwd, mocks, globals).
export default defineConfig({
  // global-setup.ts packs the package once for the tests that install it.
  test: { include: ["test/**/*.test.ts"], globalSetup: ["test/global-setup.ts"], testTimeout: 600_000, hookTimeout: 600_000, isolate: false },
});
