/**
 * The incremental-build keys of this build's pages (the rule is in `src/catalog/page-keys.ts`):
 * every keyed page shares one digest of the catalog and the site's settings; an article's
 * page adds its own body and pictures.
 */
import { articlePageKey, catalogDigest, hashKey } from "./page-keys.ts";
import { site } from "../site.config.ts";
import { getCatalog, type Article } from "./loaded-catalog.ts";

let shared: Promise<string> | undefined;

/** The key of a page that shows only frontmatter (a brand's page, a tag's). */
export function sharedPageKey(): Promise<string> {
  shared ??= getCatalog().then((catalog) => hashKey(catalogDigest(catalog), JSON.stringify(site)));
  return shared;
}

/** `getStaticPaths` of an article section: one page per article, each with its key. */
export async function articlePaths<C extends Article["collection"]>(collection: C) {
  const [catalog, key] = await Promise.all([getCatalog(), sharedPageKey()]);
  const entries = [...catalog[collection].values()] as Extract<Article, { collection: C }>[];
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: articlePageKey(key, entry),
  }));
}
