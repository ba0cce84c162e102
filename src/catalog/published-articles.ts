/**
 * The catalog seen as articles: the plain summaries that the feed, tags, archive, search
 * filters and structured data are built from.
 */
import { dossierBrandIds, storyBrands, type ArticleSummary } from "./articles.ts";
import {
  eventTime,
  getCatalog,
  inOrder,
  type Article,
  type Brand,
  type Catalog,
} from "./loaded-catalog.ts";

/**
 * Its own brand (with, for an outage, the services it switched off), or for a dossier the
 * brands of the stories it ties together.
 */
export function brandsOf(catalog: Catalog, entry: Article): Brand[] {
  if (entry.collection === "dossier") {
    return dossierBrandIds(catalog, entry).flatMap((id) => catalog.brands.get(id) ?? []);
  }
  return storyBrands(catalog, entry);
}

export function summarize(catalog: Catalog, entry: Article): ArticleSummary {
  const { title, description, published, updated, tags } = entry.data;
  return {
    kind: entry.collection,
    id: entry.id,
    title,
    description,
    published,
    updated,
    event: eventTime(entry),
    tags,
    brands: brandsOf(catalog, entry).map((brand) => ({
      id: brand.id,
      name: brand.data.name,
      website: brand.data.website,
    })),
  };
}

/** Every published article of every kind, in the site's order (newest first by default). */
export async function allArticles(direction: "newest" | "oldest" = "newest"): Promise<Article[]> {
  const catalog = await getCatalog();
  const { outages, cases, dossier } = catalog;
  return inOrder<Article>(
    catalog,
    [...outages.values(), ...cases.values(), ...dossier.values()],
    direction,
  );
}
