/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`). A page returned by
 * `getStaticPaths` with a `cacheKey` is copied from the previous build instead of rendered
 * when two things are unchanged: the code of its route, which Astro hashes itself, and its
 * key. So a key must change whenever the content the page shows changes; it may change more
 * often than that, never less. `src/data/page-keys.ts` lists what each page shows.
 */
import { createHash } from "node:crypto";

/** An entry as a key sees it: where it is, and its frontmatter. */
export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
}

/** One hash of the parts, in order; no two different lists of parts give the same text. */
export function hashKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}\0`);
  return hash.digest("base64url");
}
