/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`). A page returned by
 * `getStaticPaths` with a `cacheKey` is copied from the previous build instead of rendered
 * when two things are unchanged: the code of its route, which Astro hashes itself, and its
 * key. So a key must change whenever the content the page shows changes; it may change more
 * often than that, never less. `src/data/page-keys.ts` lists what each page shows.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { IMAGE_EXTENSIONS } from "./mdx-check";

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

const RELATIVE_PICTURE = new RegExp(
  `\\.{1,2}/[^\\s"'()<>{}]+(?:${IMAGE_EXTENSIONS.map((e) => e.replace(".", "\\.")).join("|")})`,
  "gi",
);

/**
 * The bytes of every picture a body names by relative path (`![…](./immagini/x.png)`,
 * `import x from "./immagini/x.png"`): the page shows them, so a new screenshot under the
 * same name must render the page again. `file` is the article's path from the project root.
 */
export function pictureDigests(file: string, body: string): string[] {
  const paths = [...new Set(body.match(RELATIVE_PICTURE) ?? [])].sort();
  return paths.map((path) => {
    const hash = createHash("sha256");
    try {
      hash.update(readFileSync(resolve(dirname(file), path)));
    } catch {
      hash.update("missing");
    }
    return `${path}\0${hash.digest("base64url")}`;
  });
}
