/**
 * What the reader features (feed, tags, archive, search filters, structured data) need to
 * know about an article, as plain data: pages build it from the catalog, the pure functions
 * that use it can be tested without Astro's content layer.
 */
import type { Brand, Catalog, Dossier } from "./catalog.ts";
import type { When } from "../content-model/time.ts";

/** The three kinds of article, in the order the site presents them. */
export const ARTICLE_KINDS = ["outages", "cases", "dossier"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export interface BrandSummary {
  id: string;
  name: string;
  /** The brand's own site. */
  website: string;
}

export interface ArticleSummary {
  kind: ArticleKind;
  /** The slug, unique within its kind. */
  id: string;
  title: string;
  description: string;
  published: When;
  updated?: When;
  /** When the story happened: the start of an outage, the day of a post. */
  event: When;
  /** As the author wrote them. */
  tags: string[];
  /** The brands the article is about: its own, or for a dossier those of its stories. */
  brands: BrandSummary[];
}

/** The outages and cases a dossier ties together, in the order it lists them. */
export function dossierStories(catalog: Pick<Catalog, "outages" | "cases">, dossier: Dossier) {
  return {
    outages: dossier.data.outages.flatMap((ref) => catalog.outages.get(ref.id) ?? []),
    cases: dossier.data.cases.flatMap((ref) => catalog.cases.get(ref.id) ?? []),
  };
}

/** The slugs of the brands a story is about: its own, and an outage's services it switched off. */
export function storyBrandIds(story: {
  data: { brand: { id: string }; services?: { id: string }[] };
}): string[] {
  return [...new Set([story.data.brand.id, ...(story.data.services ?? []).map((s) => s.id)])];
}

/** The brands a story is about, its own first: for an outage, the services it switched off too. */
export function storyBrands(
  catalog: Pick<Catalog, "brands">,
  story: Parameters<typeof storyBrandIds>[0],
): Brand[] {
  return storyBrandIds(story).flatMap((id) => catalog.brands.get(id) ?? []);
}

/** The slugs of the brands a dossier is about: those of the outages and cases it ties together. */
export function dossierBrandIds(
  catalog: Pick<Catalog, "outages" | "cases">,
  dossier: Dossier,
): string[] {
  const { outages, cases } = dossierStories(catalog, dossier);
  return [...new Set([...outages, ...cases].flatMap(storyBrandIds))];
}

/**
 * A brand's outages and cases, newest first (the catalog's order). A brand's outages include
 * those of its owner that took it down too (`services`): WhatsApp's page lists the day
 * Facebook's outage switched WhatsApp off.
 */
export function brandStories(catalog: Pick<Catalog, "outages" | "cases">, brandId: string) {
  return {
    outages: [...catalog.outages.values()].filter((entry) =>
      storyBrandIds(entry).includes(brandId),
    ),
    cases: [...catalog.cases.values()].filter((entry) => entry.data.brand.id === brandId),
  };
}
