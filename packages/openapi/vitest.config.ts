import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // global-setup.ts packs the package (and @org/status-core) once for the tests that install them.
    globalSetup: ["test/global-setup.ts"],
    // The consumer test packs, installs and runs the Redocly CLI several times: minutes on a slow machine, not seconds.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
