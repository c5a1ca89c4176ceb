import { defineConfig } from "vitest/config";

// The test spawns tsx, a few node processes and tsc: slow on a busy machine. The limit only catches a hang.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 600_000 } });
