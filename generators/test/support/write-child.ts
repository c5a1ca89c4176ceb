/**
 * The process the SIGKILL test kills: `pnpm gen`'s write stage, exactly as the CLI runs it (under the lock), on files
 * rendered beforehand, bundled by the test: `node write-child.mjs ROOT FILES.json`, where FILES.json holds `{ dirs, files }`.
 */
import { readFileSync } from "node:fs";
import type { GeneratedFile } from "../../src/model.js";
import { withLock } from "../../src/pipeline/lock.js";
import { writeStage } from "../../src/pipeline/write.js";

const [root, input] = process.argv.slice(2);
const { dirs, files } = JSON.parse(readFileSync(input!, "utf8")) as { dirs: string[]; files: GeneratedFile[] };
await withLock(root!, () => writeStage(root!, dirs, files));
