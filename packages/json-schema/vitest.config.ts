import { defineConfig } from "vitest/config";

// No time limits: packing the tarball and running tsc take as long as a busy machine needs,
// and a test here fails on what it checks, never on how long it took.
// One module graph for all the test files (isolate: false): none changes process state (env, cwd, mocks, globals).
export default defineConfig({ test: { testTimeout: 0, hookTimeout: 0, isolate: false } });
