import { defineConfig } from "vitest/config";

// The limits only catch a hung process: a few tests spawn `pnpm gen`, changesets or tsc, which on a busy machine or CI
// runner can take minutes. No test asserts on time.
// Two files at a time, whatever the machine: the slow files (publish, release, stamp, the SIGKILL test) mostly wait on
// processes they spawn, and one at a time they left a 2-core machine half idle at the end of `pnpm test` (vitest's
// default is one worker fewer than the cores). One module graph per worker (isolate: false): no test file changes
// process state (env, cwd, mocks), and each file no longer loads ts-morph and the pipeline anew.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000, maxWorkers: 2, isolate: false },
});
