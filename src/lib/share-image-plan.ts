/**
 * The site's share images, planned from the catalog: one per page, plus a default, each with
 * the text its template draws and the file behind it. Pure: `src/share-images/` draws them,
 * `ShareMeta.astro` describes them.
 */
import type { Case, Catalog } from "./catalog";
import { site } from "../site.config";
import { brandStories, dossierBrandIds } from "./articles";
import { BRAND_KIND_LABELS, PLATFORM_SHORT_LABELS, SECTION_LABELS } from "./labels";
import { countLabel } from "./strings";
import { formatWhen } from "./time";
import { sitePath, type Section } from "./urls";
import {
  shareImageAlt,
  type BrandMark,
  type ShareImage,
  type ShareImageProps,
} from "./share-image-props";
import { DEFAULT_IMAGE, HOME_IMAGE, entryImageSlug, sectionImageSlug } from "./share-image-urls";

const COUNT_WORDS: Record<Section, [one: string, many: string]> = {
  outages: ["blackout", "blackout"],
  cases: ["caso di instant marketing", "casi di instant marketing"],
  dossier: ["dossier", "dossier"],
  brands: ["marchio", "marchi"],
};

/** `1 blackout · 7 casi di instant marketing`: what the site tells of a brand or a section. */
export function tally(counts: Partial<Record<Section, number>>): string {
  return (Object.keys(COUNT_WORDS) as Section[])
    .filter((section) => counts[section] !== undefined)
    .map((section) => countLabel(counts[section]!, ...COUNT_WORDS[section]))
    .join(" · ");
}

/** The line above a brand's name on its image. */
const BRAND_KICKER = "Marchio";

/** The list pages' images: the section's name and a line on what it collects. */
const SECTION_IMAGES: Record<Section, { title: string; standfirst: string; page: string }> = {
  outages: {
    title: SECTION_LABELS.outages,
    standfirst: "Quando un servizio digitale si spegne: che cosa è successo, per quanto e perché.",
    page: "src/pages/blackout/index.astro",
  },
  cases: {
    title: SECTION_LABELS.cases,
    standfirst:
      "I post con cui i marchi commentano un blackout o il fatto del giorno, in poche ore.",
    page: "src/pages/instant-marketing/index.astro",
  },
  dossier: {
    title: SECTION_LABELS.dossier,
    standfirst: "Le storie lunghe che legano i blackout alle reazioni dei marchi.",
    page: "src/pages/dossier/index.astro",
  },
  brands: {
    title: "Marchi",
    standfirst: "I marchi di cui raccontiamo i blackout e i post di instant marketing.",
    page: "src/pages/marchi/index.astro",
  },
};

/** `schermonero.it`, or `example.org/sito` under a base path. */
export function siteAddress(): string {
  const url = new URL(sitePath("/"), `${site.url}/`);
  return (url.host + url.pathname).replace(/\/$/, "");
}

type CatalogData = Pick<Catalog, "brands" | "outages" | "cases" | "dossier">;

function image(slug: string, source: string, props: ShareImageProps): ShareImage {
  return { slug, props, alt: shareImageAlt(props), source };
}

/** Brands in the order their colours appear in a band: by name. */
function marks(catalog: CatalogData, ids?: Iterable<string>): BrandMark[] {
  const brands = ids
    ? [...new Set(ids)].flatMap((id) => catalog.brands.get(id) ?? [])
    : [...catalog.brands.values()];
  return brands
    .map((brand) => ({ name: brand.data.name, color: brand.data.color }))
    .sort((a, b) => a.name.localeCompare(b.name, "it"));
}

function markOf(catalog: CatalogData, id: string): BrandMark {
  const brand = catalog.brands.get(id);
  if (!brand) throw new Error(`share images: unknown brand ${id}`);
  return { name: brand.data.name, color: brand.data.color };
}

/** What a case answered: another brand's post, an outage, or the event of the day. */
function triggerOf(catalog: CatalogData, entry: Case): string {
  const answered = entry.data.inResponseTo && catalog.cases.get(entry.data.inResponseTo.id);
  if (answered) return `Risponde a ${markOf(catalog, answered.data.brand.id).name}`;
  const outage = entry.data.outage && catalog.outages.get(entry.data.outage.id);
  if (outage) return `In risposta a ${outage.data.hashtag}`;
  return entry.data.event ? `Lo spunto: ${entry.data.event}` : "";
}

/**
 * Every share image of the site, in a stable order: the default, home, the list pages,
 * then one per brand, outage, case and dossier.
 */
export function planShareImages(catalog: CatalogData): ShareImage[] {
  const { name: siteName, tagline } = site;
  const address = siteAddress();
  const { brands, outages, cases, dossier } = catalog;
  const brandsOf: Record<Section, string[]> = {
    outages: [...outages.values()].map((entry) => entry.data.brand.id),
    cases: [...cases.values()].map((entry) => entry.data.brand.id),
    dossier: [...dossier.values()].flatMap((entry) => dossierBrandIds(catalog, entry)),
    brands: [...brands.keys()],
  };
  return [
    image(DEFAULT_IMAGE, "src/site.config.ts", {
      template: "default",
      siteName,
      title: siteName,
      tagline,
      sections: site.nav.map((item) => item.label).join(" · "),
      address,
    }),
    image(HOME_IMAGE, "src/pages/index.astro", {
      template: "home",
      siteName,
      title: siteName,
      tagline,
      tally: tally({ outages: outages.size, cases: cases.size, dossier: dossier.size }),
      brands: marks(catalog),
      address,
    }),
    ...(Object.keys(SECTION_IMAGES) as Section[]).map((section) =>
      image(sectionImageSlug(section), SECTION_IMAGES[section].page, {
        template: "section",
        siteName,
        title: SECTION_IMAGES[section].title,
        standfirst: SECTION_IMAGES[section].standfirst,
        tally: tally({ [section]: catalog[section].size }),
        brands: marks(catalog, brandsOf[section]),
      }),
    ),
    ...[...brands.values()].map((brand) => {
      const stories = brandStories(catalog, brand.id);
      return image(entryImageSlug("brands", brand.id), brand.filePath ?? brand.id, {
        template: "brand",
        siteName,
        kicker: BRAND_KICKER,
        name: brand.data.name,
        color: brand.data.color,
        kind: BRAND_KIND_LABELS[brand.data.kind],
        tally: tally({ outages: stories.outages.length, cases: stories.cases.length }),
      });
    }),
    ...[...outages.values()].map((outage) =>
      image(entryImageSlug("outages", outage.id), outage.filePath ?? outage.id, {
        template: "outage",
        siteName,
        kicker: SECTION_LABELS.outages,
        title: outage.data.title,
        hashtag: outage.data.hashtag,
        brand: markOf(catalog, outage.data.brand.id),
        when: formatWhen(outage.data.start),
      }),
    ),
    ...[...cases.values()].map((entry) =>
      image(entryImageSlug("cases", entry.id), entry.filePath ?? entry.id, {
        template: "case",
        siteName,
        kicker: SECTION_LABELS.cases,
        title: entry.data.title,
        brand: markOf(catalog, entry.data.brand.id),
        platform: PLATFORM_SHORT_LABELS[entry.data.platform],
        trigger: triggerOf(catalog, entry),
        when: formatWhen(entry.data.date),
      }),
    ),
    ...[...dossier.values()].map((entry) =>
      image(entryImageSlug("dossier", entry.id), entry.filePath ?? entry.id, {
        template: "dossier",
        siteName,
        kicker: SECTION_LABELS.dossier,
        title: entry.data.title,
        brands: marks(catalog, dossierBrandIds(catalog, entry)),
        when: formatWhen(entry.data.published),
      }),
    ),
  ];
}

const indexes = new WeakMap<object, Map<string, ShareImage>>();

/** The site's images by slug, computed once per catalog. */
export function shareImageIndex(catalog: CatalogData): Map<string, ShareImage> {
  let index = indexes.get(catalog);
  if (!index) {
    index = new Map(planShareImages(catalog).map((entry) => [entry.slug, entry]));
    indexes.set(catalog, index);
  }
  return index;
}
