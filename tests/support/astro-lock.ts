import { mkdir, open, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { outputDir } from "./paths.ts";

/**
 * One Astro at a time over the project, across vitest's workers. Every build and every
 * `astro dev` of any corpus writes the project's `.astro/` folder, where the content layer
 * keeps the module map of the corpus it reads (`content-modules.mjs`): a second Astro on
 * another corpus at the same moment would render with the wrong map.
 */
const LOCK = join(outputDir, "astro.lock");

/** Whether the process that wrote a lock is gone, so the lock can be taken over. */
async function stale(): Promise<boolean> {
  const pid = Number(await readFile(LOCK, "utf8").catch(() => ""));
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Waits for the lock, then holds it until the returned function is called. */
export async function lockAstro(): Promise<() => Promise<void>> {
  await mkdir(dirname(LOCK), { recursive: true });
  for (;;) {
    const handle = await open(LOCK, "wx").catch(() => undefined);
    if (handle) {
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(LOCK, { force: true });
    }
    if (await stale()) await rm(LOCK, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `work` holding the lock. */
export async function withAstroLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await lockAstro();
  try {
    return await work();
  } finally {
    await release();
  }
}
