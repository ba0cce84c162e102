/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`). A page returned by
 * `getStaticPaths` with a `cacheKey` is copied from the previous build instead of rendered
 * when two things are unchanged: the code of its route, which Astro hashes itself, and its
 * key. So a key must change whenever the content the page shows changes; it may change more
 * often than that, never less.
 *
 * - Every page may show any article's or brand's frontmatter: titles in related lists,
 *   previous/next, brand colours, share-image props. `siteKey` hashes all of it.
 * - Only an article's own page shows its body (prose and reading time), so an article page
 *   adds its file's digest: editing one article's prose renders one page again.
 */
import { createHash } from "node:crypto";

export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
}

export function hashKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\0`);
  return hash.digest("base64url");
}

/** One key for the frontmatter of every entry the site publishes, in a stable order. */
export function siteKey(entries: Iterable<KeyedEntry>): string {
  const lines = [...entries].map(
    (entry) => `${entry.collection}/${entry.id}\0${JSON.stringify(entry.data)}`,
  );
  return hashKey(...lines.sort());
}
