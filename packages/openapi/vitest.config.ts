import { defineConfig } from "vitest/config";

// One module graph for all the test files (isolate: false): none changes process state (env, cwd, mocks, globals).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // global-setup.ts packs the package (and @org/status-core) once for the tests that install them.
    globalSetup: ["test/global-setup.ts"],
    // The limits only catch a hung process: the consumer test installs and runs the Redocly CLI several times, which on a
    // busy machine takes minutes. No test asserts on time.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    isolate: false,
  },
});
