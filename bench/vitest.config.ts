import { defineConfig } from "vitest/config";

// The sample spawns node, four bundlers and tsc: minutes on a busy machine. The limit only catches a hang.
export default defineConfig({ test: { include: ["test/**/*.test.ts"], testTimeout: 600_000 } });
