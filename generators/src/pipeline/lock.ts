import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

const LOCK = ".gen.lock";

/** Hold the repository's generator lock while `work` runs, so two `pnpm gen` never write at once. */
export async function withLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const path = join(root, LOCK);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw e;
      const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new Error(`another \`pnpm gen\` (pid ${holder}) is writing this checkout; wait for it to finish, or delete ${LOCK} if no such process exists`);
      }
      await rm(path, { force: true }); // left by a run that was killed
    }
  }
  try {
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
