/**
 * Structured data (schema.org, JSON-LD) for search engines and link previews. Builders are
 * pure and never emit a field whose value is missing: an absent date, image or brand is left
 * out rather than written as `null` or an empty string.
 */
import { isoOf, type When } from "../content-model/time.ts";

export type JsonLdValue = string | number | boolean | JsonLdObject | JsonLdValue[];
export interface JsonLdObject {
  [key: string]: JsonLdValue;
}

const CONTEXT = "https://schema.org";

/** Drops undefined, null, empty strings, empty lists and objects left empty, at any depth. */
export function compact(value: unknown): JsonLdValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, compact(item)] as const)
      .filter(([, item]) => item !== undefined);
    // An object with nothing but its type says nothing.
    if (entries.every(([key]) => key.startsWith("@"))) return undefined;
    return Object.fromEntries(entries) as JsonLdObject;
  }
  return undefined;
}

function build(value: Record<string, unknown>): JsonLdObject {
  return compact({ "@context": CONTEXT, ...value }) as JsonLdObject;
}

/** Text for a `<script type="application/ld+json">`: `<` is escaped so no `</script>` can end it. */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export interface Organization {
  name: string;
  url: string;
  /** Absolute URL of a logo file that exists. */
  logo?: string;
}

function organization(org: Organization | undefined) {
  return (
    org && {
      "@type": "Organization",
      name: org.name,
      url: org.url,
      logo: org.logo && { "@type": "ImageObject", url: org.logo },
    }
  );
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  /** Absolute URL of the article. */
  url: string;
  published: When;
  updated?: When;
  /** Absolute URL of the share image. */
  image?: string;
  inLanguage: string;
  section?: string;
  keywords?: string[];
  publisher: Organization;
  /** The brands the article is about. */
  about: Organization[];
  /** Corrections made after publication: the day (`2026-11-30`) and what changed. */
  corrections?: Array<{ date: string; text: string }>;
}

export function newsArticle(input: NewsArticleInput): JsonLdObject {
  return build({
    "@type": "NewsArticle",
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: isoOf(input.published),
    dateModified: input.updated && isoOf(input.updated),
    image: input.image,
    inLanguage: input.inLanguage,
    articleSection: input.section,
    keywords: input.keywords,
    publisher: organization(input.publisher),
    about: input.about.map(organization),
    correction: (input.corrections ?? []).map((correction) => ({
      "@type": "CorrectionComment",
      datePublished: correction.date,
      text: correction.text,
    })),
  });
}

/** Every crumb with an absolute URL; the last one is the page itself. */
export function breadcrumbList(items: Array<{ name: string; url: string }>): JsonLdObject {
  return build({
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  });
}

export interface WebSiteInput {
  name: string;
  url: string;
  description: string;
  inLanguage: string;
  publisher: Organization;
  /** The search page's URL with `{search_term_string}` where the query goes. */
  searchUrlTemplate?: string;
}

export function webSite(input: WebSiteInput): JsonLdObject {
  return build({
    "@type": "WebSite",
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: organization(input.publisher),
    potentialAction: input.searchUrlTemplate && {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: input.searchUrlTemplate },
      "query-input": "required name=search_term_string",
    },
  });
}
