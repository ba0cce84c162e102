/**
 * The share images' cache: one PNG per cache key, in a folder outside `dist/`.
 *
 * - `OG_CACHE_DIR`, when set; otherwise
 * - `<ASTRO_CACHE_DIR>/og`, when a test or benchmark gives Astro its own cache; otherwise
 * - `.cache/og/` at the project root.
 *
 * The folder is safe to delete (every image is drawn again) and easy for a CI host to keep
 * between runs. Writes are atomic (temporary file, then rename), so an interrupted build
 * never leaves half a PNG behind. A reused entry is touched; `prune` removes entries no
 * build has used for a while, so the folder does not grow without end.
 */
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { join, resolve } from "node:path";
import { cacheRoot, linkOrCopy } from "../lib/build-cache.ts";

export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.OG_CACHE_DIR ? resolve(env.OG_CACHE_DIR) : join(cacheRoot(env), "og");
}

/** Entries unused for this long are removed at the end of a build. */
export const MAX_AGE_DAYS = 30;

export class ImageCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  /** Whether the cache holds `key`; a held entry is touched, as a read would. */
  async has(key: string): Promise<boolean> {
    const now = new Date();
    return utimes(this.file(key), now, now).then(
      () => true,
      () => false,
    );
  }

  /** The cached PNG, or `undefined`. */
  async read(key: string): Promise<Buffer | undefined> {
    try {
      const png = await readFile(this.file(key));
      const now = new Date();
      await utimes(this.file(key), now, now).catch(() => undefined);
      return png;
    } catch {
      return undefined;
    }
  }

  /** Puts the cached PNG at `file`, as a hard link (see `linkOrCopy`). */
  async linkTo(key: string, file: string): Promise<void> {
    await linkOrCopy(this.file(key), file);
  }

  async write(key: string, png: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temporary, png);
    await rename(temporary, this.file(key));
  }

  /** Removes entries older than `maxAgeDays` that `keep` does not name; returns how many. */
  async prune(keep: Set<string>, maxAgeDays = MAX_AGE_DAYS): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const oldest = Date.now() - maxAgeDays * 86_400_000;
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith(".png") || keep.has(name.slice(0, -4))) continue;
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < oldest) {
        await unlink(path).catch(() => undefined);
        removed++;
      }
    }
    return removed;
  }
}
