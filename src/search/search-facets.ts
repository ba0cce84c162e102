/**
 * The values an article is filed under in the search index, one list per filter group
 * (`FILTER`, `search-text.ts`): its kind, who it is about and what kind of brand or person
 * they are, the years of the events it tells, and where its posts appeared. Pure, from plain
 * data, so a new year, platform or kind of brand is a new value with no code to change.
 */
import {
  dossierBrandIds,
  dossierStories,
  storyBrands,
  type ArticleKind,
} from "../catalog/articles.ts";
import { storyOf, type Article, type Catalog } from "../catalog/catalog.ts";
import {
  BRAND_KIND_LABELS,
  PLATFORM_FILTER_LABELS,
  SECTION_LABELS,
} from "../content-model/labels.ts";
import type { BRAND_KINDS, PLATFORMS } from "../content-model/schema.ts";
import { romeDay, whenSpan, type When } from "../content-model/time.ts";
import { FILTER } from "./search-text.ts";

export type FilterGroup = (typeof FILTER)[keyof typeof FILTER];

export interface FacetSource {
  kind: ArticleKind;
  /** The brands (or people) it is about. */
  brands: Array<{ name: string; kind: (typeof BRAND_KINDS)[number] }>;
  /** When the events it tells happened: a dossier's are those of its stories. */
  whens: readonly When[];
  /** Where its posts appeared: a case's own, a dossier's cases'; none for an outage. */
  platforms: Array<(typeof PLATFORMS)[number]>;
}

/** What the facets of an article are drawn from, out of the build's catalog. */
export function facetSourceOf(catalog: Catalog, entry: Article): FacetSource {
  const brands =
    entry.collection === "dossier"
      ? dossierBrandIds(catalog, entry).flatMap((id) => catalog.brands.get(id) ?? [])
      : storyBrands(catalog, entry);
  const cases =
    entry.collection === "dossier"
      ? dossierStories(catalog, entry).cases
      : entry.collection === "cases"
        ? [entry]
        : [];
  return {
    kind: entry.collection,
    brands: brands.map((brand) => ({ name: brand.data.name, kind: brand.data.kind })),
    whens: storyOf(catalog, entry).whens,
    platforms: cases.map((post) => post.data.platform),
  };
}

/** Every Rome year a moment can fall in: one for a day, each year a period spans. */
export function yearsOf(when: When): number[] {
  const span = whenSpan(when);
  // The end is exclusive: a period ending on 31 December ends at the next year's midnight.
  const first = Number(romeDay(new Date(span.from)).slice(0, 4));
  const last = Number(romeDay(new Date(Math.max(span.from, span.to - 1))).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const unique = (values: Iterable<string>) => [...new Set(values)];

/** An article's values for each filter group, in a stable order. */
export function facetsOf(source: FacetSource): Record<FilterGroup, string[]> {
  return {
    [FILTER.kind]: [SECTION_LABELS[source.kind]],
    [FILTER.who]: unique(source.brands.map((brand) => brand.name)),
    [FILTER.whoKind]: unique(source.brands.map((brand) => BRAND_KIND_LABELS[brand.kind])),
    [FILTER.year]: unique(
      source.whens
        .flatMap(yearsOf)
        .sort((a, b) => a - b)
        .map(String),
    ),
    [FILTER.platform]: unique(source.platforms.map((platform) => PLATFORM_FILTER_LABELS[platform])),
  };
}

/**
 * The values the search form offers, per group, from every article's facets: years oldest
 * first, kinds in the site's order, the rest alphabetical.
 */
export function facetChoices(
  all: Array<Record<FilterGroup, string[]>>,
  kindOrder: readonly string[],
): Record<FilterGroup, string[]> {
  const values = (group: FilterGroup) => unique(all.flatMap((facets) => facets[group]));
  const alphabetical = (group: FilterGroup) =>
    values(group).sort((a, b) => a.localeCompare(b, "it"));
  return {
    [FILTER.kind]: kindOrder.filter((kind) => values(FILTER.kind).includes(kind)),
    [FILTER.who]: alphabetical(FILTER.who),
    [FILTER.whoKind]: alphabetical(FILTER.whoKind),
    [FILTER.year]: values(FILTER.year).sort(),
    [FILTER.platform]: alphabetical(FILTER.platform),
  };
}
