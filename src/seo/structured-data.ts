/** The site's structured data, assembled from the catalog by the pure builders of lib/jsonld. */
import { SECTION_LABELS } from "../content-model/labels.ts";
import { withHome } from "./breadcrumbs.ts";
import {
  breadcrumbList,
  newsArticle,
  webSite,
  type JsonLdObject,
  type Organization,
} from "./jsonld.ts";
import { entryImageSlug, shareImageUrl } from "../share-images/share-image-urls.ts";
import { LOCALE } from "../content-model/time.ts";
import { absoluteUrl, entryPath, sectionPath, sitePath } from "../content-model/urls.ts";
import { site } from "../site.config.ts";
import { summarize } from "../catalog/published-articles.ts";
import type { Article, Catalog } from "../catalog/loaded-catalog.ts";

/** The site as publisher; its logo is the favicon that `public/` ships. */
export const publisher: Organization = {
  name: site.name,
  url: absoluteUrl(sitePath("/")),
  logo: absoluteUrl(sitePath("/favicon.svg")),
};

/** The visible trail of an article page, after Home. */
export function articleTrail(entry: Article) {
  return [
    { label: SECTION_LABELS[entry.collection], href: sectionPath(entry.collection) },
    { label: entry.data.title },
  ];
}

/** `NewsArticle` and `BreadcrumbList` for an article page. */
export function articleJsonLd(catalog: Catalog, entry: Article): JsonLdObject[] {
  const summary = summarize(catalog, entry);
  const url = absoluteUrl(entryPath(entry.collection, entry.id));
  return [
    newsArticle({
      headline: summary.title,
      description: summary.description,
      url,
      published: summary.published,
      updated: summary.updated,
      image: shareImageUrl(entryImageSlug(entry.collection, entry.id)),
      inLanguage: LOCALE,
      section: SECTION_LABELS[summary.kind],
      keywords: summary.tags,
      publisher,
      about: summary.brands.map((brand) => ({ name: brand.name, url: brand.website })),
      corrections: entry.data.corrections,
    }),
    breadcrumbList(
      withHome(articleTrail(entry)).map((crumb) => ({
        name: crumb.label,
        url: crumb.href ? absoluteUrl(crumb.href) : url,
      })),
    ),
  ];
}

/** `WebSite` for the home page, with the search page as its search action. */
export function webSiteJsonLd(): JsonLdObject {
  return webSite({
    name: site.name,
    url: absoluteUrl(sitePath("/")),
    description: site.tagline,
    inLanguage: LOCALE,
    publisher,
    searchUrlTemplate: `${absoluteUrl(sitePath("/cerca/"))}?q={search_term_string}`,
  });
}
