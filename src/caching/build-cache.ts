import { copyFile, link, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/**
 * The folder build caches live in, beside Astro's own: `<ASTRO_CACHE_DIR>` when a test or
 * benchmark gives Astro its own cache, otherwise `.cache/` at the project root. Share images
 * keep theirs in `og/` (see `src/share-images/cache.ts`), the search index in `pagefind/`.
 */
export function cacheRoot(env: Record<string, string | undefined> = process.env): string {
  return env.ASTRO_CACHE_DIR ? resolve(env.ASTRO_CACHE_DIR) : resolve(".cache");
}

/**
 * Puts `source` at `target` as a hard link: no bytes are copied. Caches never rewrite a file
 * in place (they write a new file and rename it over, or replace a folder whole), so a link
 * keeps its bytes whatever the cache does next. Where links are refused (another device,
 * some Windows or network drives), a copy.
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await link(source, target).catch(() => copyFile(source, target));
}
