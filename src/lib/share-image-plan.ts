/**
 * The site's share images, planned from the catalog: one per page, plus a default, each with
 * the text its template draws and the file behind it. Pure: `src/share-images/` draws them,
 * `ShareMeta.astro` describes them. Every value of the props is already text, ready to draw,
 * so the templates hold no label and the props alone decide the pixels (they are the image's
 * cache key, with the template source).
 */
import type { Brand, Case, Catalog, Dossier, Outage } from "./catalog";
import { site } from "../site.config";
import { brandStories, dossierBrandIds, storyBrandIds } from "./articles";
import { ATLAS_PAGE, BRAND_KIND_LABELS, PLATFORM_SHORT_LABELS, SECTION_LABELS } from "./labels";
import { countLabel } from "./strings";
import { formatWhen } from "./time";
import { sitePath, type Section } from "./urls";
import {
  ATLAS_IMAGE,
  DEFAULT_IMAGE,
  HOME_IMAGE,
  entryImageSlug,
  sectionImageSlug,
} from "./share-image-urls";

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
function siteAddress(): string {
  const url = new URL(sitePath("/"), `${site.url}/`);
  return (url.host + url.pathname).replace(/\/$/, "");
}

type CatalogData = Pick<Catalog, "brands" | "outages" | "cases" | "dossier">;

export interface BrandMark {
  name: string;
  /** `#rrggbb` */
  color: string;
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

const { name: siteName, tagline } = site;

/** What each kind of share image shows; the types of the props come from these. */
const PROPS = {
  /** The default image: `sections` in the order of the navigation. */
  default: () => ({
    template: "default" as const,
    siteName,
    title: siteName,
    tagline,
    sections: site.nav.map((item) => item.label).join(" · "),
    address: siteAddress(),
  }),
  home: (catalog: CatalogData) => ({
    template: "home" as const,
    siteName,
    title: siteName,
    tagline,
    tally: tally({
      outages: catalog.outages.size,
      cases: catalog.cases.size,
      dossier: catalog.dossier.size,
    }),
    brands: marks(catalog),
    address: siteAddress(),
  }),
  section: (catalog: CatalogData, section: Section, brandIds: string[]) => ({
    template: "section" as const,
    siteName,
    title: SECTION_IMAGES[section].title,
    standfirst: SECTION_IMAGES[section].standfirst,
    tally: tally({ [section]: catalog[section].size }),
    brands: marks(catalog, brandIds),
  }),
  // The atlas draws every outage: its image is a list page's, with the brands they hit.
  atlas: (catalog: CatalogData) => ({
    template: "section" as const,
    siteName,
    title: ATLAS_PAGE.title,
    standfirst: ATLAS_PAGE.standfirst,
    tally: tally({ outages: catalog.outages.size }),
    brands: marks(catalog, [...catalog.outages.values()].flatMap(storyBrandIds)),
  }),
  brand: (catalog: CatalogData, brand: Brand) => {
    const stories = brandStories(catalog, brand.id);
    return {
      template: "brand" as const,
      siteName,
      kicker: BRAND_KICKER,
      name: brand.data.name,
      color: brand.data.color,
      kind: BRAND_KIND_LABELS[brand.data.kind],
      tally: tally({ outages: stories.outages.length, cases: stories.cases.length }),
    };
  },
  outage: (catalog: CatalogData, outage: Outage) => ({
    template: "outage" as const,
    siteName,
    kicker: SECTION_LABELS.outages,
    title: outage.data.title,
    hashtag: outage.data.hashtag,
    brand: markOf(catalog, outage.data.brand.id),
    when: formatWhen(outage.data.start),
  }),
  /** `trigger`: `Risponde a Netflix`, `In risposta a #Instagramdown`, `Lo spunto: …` or none. */
  case: (catalog: CatalogData, entry: Case) => ({
    template: "case" as const,
    siteName,
    kicker: SECTION_LABELS.cases,
    title: entry.data.title,
    brand: markOf(catalog, entry.data.brand.id),
    platform: PLATFORM_SHORT_LABELS[entry.data.platform],
    trigger: triggerOf(catalog, entry),
    when: formatWhen(entry.data.date),
  }),
  dossier: (catalog: CatalogData, entry: Dossier) => ({
    template: "dossier" as const,
    siteName,
    kicker: SECTION_LABELS.dossier,
    title: entry.data.title,
    brands: marks(catalog, dossierBrandIds(catalog, entry)),
    when: formatWhen(entry.data.published),
  }),
};

export type ShareImageProps = ReturnType<(typeof PROPS)[keyof typeof PROPS]>;
export type PropsOf<T extends ShareImageProps["template"]> = Extract<
  ShareImageProps,
  { template: T }
>;

/** `og:image:alt` for an image: its text, in reading order. */
export function shareImageAlt(props: ShareImageProps): string {
  const parts = ((): string[] => {
    switch (props.template) {
      case "outage":
        return [`${props.kicker} ${props.hashtag}, ${props.brand.name}`, props.title, props.when];
      case "case":
        return [
          `${props.kicker}: ${props.brand.name} su ${props.platform}`,
          props.title,
          props.trigger,
          props.when,
        ];
      case "dossier":
        return [props.kicker, props.title, props.when];
      case "brand":
        return [`${props.kicker}: ${props.name}`, props.kind, props.tally];
      case "section":
        return [props.title, props.standfirst, props.tally];
      case "home":
      case "default":
        return [props.title, props.tagline, ...(props.template === "home" ? [props.tally] : [])];
    }
  })();
  if (props.template !== "home" && props.template !== "default") parts.push(props.siteName);
  return parts
    .map((part) => part.trim().replace(/:$/, ""))
    .filter(Boolean)
    .map((part) => (/[.!?…»”]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

/** One image; `source` is the file behind the page, named in build messages about it. */
function image(slug: string, source: string, props: ShareImageProps) {
  return { slug, props, alt: shareImageAlt(props), source };
}

export type ShareImage = ReturnType<typeof image>;

/**
 * Every share image of the site, in a stable order: the default, home, the list pages,
 * the atlas, then one per brand, outage, case and dossier.
 */
export function planShareImages(catalog: CatalogData): ShareImage[] {
  const { brands, outages, cases, dossier } = catalog;
  const brandsOf: Record<Section, string[]> = {
    outages: [...outages.values()].map((entry) => entry.data.brand.id),
    cases: [...cases.values()].map((entry) => entry.data.brand.id),
    dossier: [...dossier.values()].flatMap((entry) => dossierBrandIds(catalog, entry)),
    brands: [...brands.keys()],
  };
  const source = (entry: { id: string; filePath?: string }) => entry.filePath ?? entry.id;
  return [
    image(DEFAULT_IMAGE, "src/site.config.ts", PROPS.default()),
    image(HOME_IMAGE, "src/pages/index.astro", PROPS.home(catalog)),
    ...(Object.keys(SECTION_IMAGES) as Section[]).map((section) =>
      image(
        sectionImageSlug(section),
        SECTION_IMAGES[section].page,
        PROPS.section(catalog, section, brandsOf[section]),
      ),
    ),
    image(ATLAS_IMAGE, "src/pages/atlante.astro", PROPS.atlas(catalog)),
    ...[...brands.values()].map((brand) =>
      image(entryImageSlug("brands", brand.id), source(brand), PROPS.brand(catalog, brand)),
    ),
    ...[...outages.values()].map((outage) =>
      image(entryImageSlug("outages", outage.id), source(outage), PROPS.outage(catalog, outage)),
    ),
    ...[...cases.values()].map((entry) =>
      image(entryImageSlug("cases", entry.id), source(entry), PROPS.case(catalog, entry)),
    ),
    ...[...dossier.values()].map((entry) =>
      image(entryImageSlug("dossier", entry.id), source(entry), PROPS.dossier(catalog, entry)),
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
