import { defineConfig } from "vitest/config";

// Generous timeout: the lint tests start markdownlint-cli2 as a process, which is slow on a busy 2-core machine.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000 },
});
