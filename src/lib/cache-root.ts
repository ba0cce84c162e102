import { resolve } from "node:path";

/**
 * The folder build caches live in, beside Astro's own: `<ASTRO_CACHE_DIR>` when a test or
 * benchmark gives Astro its own cache, otherwise `.cache/` at the project root. Share images
 * keep theirs in `og/` (see `src/og/cache.ts`), the search index in `pagefind/`.
 */
export function cacheRoot(env: Record<string, string | undefined> = process.env): string {
  return env.ASTRO_CACHE_DIR ? resolve(env.ASTRO_CACHE_DIR) : resolve(".cache");
}
