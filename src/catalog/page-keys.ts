/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`). A page returned by
 * `getStaticPaths` with a `cacheKey` is copied from the previous build instead of rendered
 * when its key and the code it runs are unchanged. So a key must change whenever anything
 * the page shows changes; it may change more often than that, never less.
 *
 * Rather than follow each link a page's components draw on (a list that would have to be
 * kept in step with every component by hand), a key covers whole sources:
 *
 * - the frontmatter of every entry the build publishes (`catalogDigest`): cards, brands,
 *   neighbours, answers, tags and the order of lists all come from frontmatter, so any
 *   frontmatter edit renders every keyed page again. The catalog holds only what is live
 *   at the moment the build runs, so a scheduled article going live changes it too;
 * - the site's settings (`site.config.ts`, whose address may come from the environment);
 * - an article page's own body, which no other page shows, and the bytes of the pictures
 *   it names (`pictureDigests`).
 *
 * Astro covers the rest itself: the code and styles of each route's modules (components,
 * `src/lib`), the Astro config, the lockfile, and the compiled body of each rendered entry.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Article, Catalog } from "./catalog.ts";
import { IMAGE_EXTENSIONS } from "../content-check/mdx-check.ts";

/** One hash of the parts, in order; no two different lists of parts give the same text. */
export function hashKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}\0`);
  return hash.digest("base64url");
}

/** Every published entry, named and with its frontmatter, whatever the order of the maps. */
export function catalogDigest(
  catalog: Pick<Catalog, "brands" | "outages" | "cases" | "dossier">,
): string {
  const entries = [
    ...catalog.brands.values(),
    ...catalog.outages.values(),
    ...catalog.cases.values(),
    ...catalog.dossier.values(),
  ];
  const named = entries.map(
    (entry) => `${entry.collection}/${entry.id}\0${JSON.stringify(entry.data)}`,
  );
  return hashKey(...named.sort());
}

/** The key of an article's page: what every page shares, then its own body and pictures. */
export function articlePageKey(shared: string, entry: Pick<Article, "id" | "filePath" | "body">) {
  const body = entry.body ?? "";
  return hashKey(shared, body, ...pictureDigests(entry.filePath ?? entry.id, body));
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
