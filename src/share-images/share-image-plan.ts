/**
 * The site's share images, planned from the catalog: one per page, plus a default, each with
 * the text its template draws and the file behind it; `src/share-images/` draws them. The
 * props are all text, so the templates hold no label and, with the drawing code, the props
 * alone decide the pixels: they are the cache key.
 */
import type { Brand, Case, Catalog, Dossier, Outage } from "../catalog/catalog.ts";
import { site } from "../site.config.ts";
import { brandStories, dossierBrandIds, storyBrandIds } from "../catalog/articles.ts";
import {
  ATLAS_PAGE,
  BRAND_KIND_LABELS,
  platformName,
  posterOn,
  SECTION_LABELS,
  tally,
} from "../content-model/labels.ts";
import { formatWhen } from "../content-model/time.ts";
import { inResponseToOutage } from "../content-model/outage-tag.ts";
import { sitePath, type Section } from "../content-model/urls.ts";
import {
  ATLAS_IMAGE,
  DEFAULT_IMAGE,
  HOME_IMAGE,
  entryImageSlug,
  sectionImageSlug,
} from "./share-image-urls.ts";

/** What the list pages' images say they collect, under the section's name. */
const SECTION_STANDFIRSTS: Record<Section, string> = {
  outages: "Quando un servizio digitale si spegne: che cosa è successo, per quanto e perché.",
  cases: "I post con cui i marchi commentano un blackout o il fatto del giorno, in poche ore.",
  dossier: "Le storie lunghe che legano i blackout alle reazioni sui social.",
  brands: "I marchi di cui raccontiamo i blackout e i post di instant marketing.",
};

/** `schermonero.it`, or `example.org/sito` under a base path. */
function siteAddress(): string {
  const url = new URL(sitePath("/"), `${site.url}/`);
  return (url.host + url.pathname).replace(/\/$/, "");
}

type CatalogData = Pick<Catalog, "brands" | "outages" | "cases" | "dossier">;

/** A brand as images draw it: its name, and its colour as `#rrggbb`. */
export type BrandMark = { name: string; color: string };

function markOf(catalog: CatalogData, id: string): BrandMark {
  const brand = catalog.brands.get(id);
  if (!brand) throw new Error(`share images: unknown brand ${id}`);
  return { name: brand.data.name, color: brand.data.color };
}

/** Brands (every one by default) in the order their colours appear in a band: by name. */
function marks(catalog: CatalogData, ids: Iterable<string> = catalog.brands.keys()): BrandMark[] {
  const brands = [...new Set(ids)].map((id) => markOf(catalog, id));
  return brands.sort((a, b) => a.name.localeCompare(b.name, "it"));
}

/** The brands a list page's entries name. */
function sectionBrandIds(catalog: CatalogData, section: Section): Iterable<string> {
  if (section === "brands") return catalog.brands.keys();
  if (section === "dossier") {
    return [...catalog.dossier.values()].flatMap((entry) => dossierBrandIds(catalog, entry));
  }
  return [...catalog[section].values()].map((entry) => entry.data.brand.id);
}

/** What a case answered: another brand's post, an outage, or the event of the day. */
function triggerOf(catalog: CatalogData, entry: Case): string {
  const answered = entry.data.inResponseTo && catalog.cases.get(entry.data.inResponseTo.id);
  if (answered) return `Risponde a ${markOf(catalog, answered.data.brand.id).name}`;
  const outage = entry.data.outage && catalog.outages.get(entry.data.outage.id);
  if (outage) return inResponseToOutage(outage.data);
  return entry.data.event ? `Lo spunto: ${entry.data.event}` : "";
}

const { name: siteName, tagline } = site;

/** What each kind of image shows, besides the site's name; the props' types come from these. */
const PROPS = {
  /** The default image: `sections` in the order of the navigation. */
  default: () => ({
    template: "default" as const,
    title: siteName,
    tagline,
    sections: site.nav.map((item) => item.label).join(" · "),
    address: siteAddress(),
  }),
  home: (catalog: CatalogData) => ({
    template: "home" as const,
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
  section: (catalog: CatalogData, section: Section) => ({
    template: "section" as const,
    title: SECTION_LABELS[section],
    standfirst: SECTION_STANDFIRSTS[section],
    tally: tally({ [section]: catalog[section].size }),
    brands: marks(catalog, sectionBrandIds(catalog, section)),
  }),
  // The atlas draws every outage: its image is a list page's, with the brands they hit.
  atlas: (catalog: CatalogData) => ({
    template: "section" as const,
    title: ATLAS_PAGE.title,
    standfirst: ATLAS_PAGE.standfirst,
    tally: tally({ outages: catalog.outages.size }),
    brands: marks(catalog, [...catalog.outages.values()].flatMap(storyBrandIds)),
  }),
  brands: (catalog: CatalogData, brand: Brand) => {
    const stories = brandStories(catalog, brand.id);
    return {
      template: "brand" as const,
      kicker: "Marchio",
      name: brand.data.name,
      color: brand.data.color,
      kind: BRAND_KIND_LABELS[brand.data.kind],
      tally: tally({ outages: stories.outages.length, cases: stories.cases.length }),
    };
  },
  outages: (catalog: CatalogData, outage: Outage) => ({
    template: "outage" as const,
    kicker: SECTION_LABELS.outages,
    title: outage.data.title,
    hashtag: outage.data.hashtag,
    brand: markOf(catalog, outage.data.brand.id),
    when: formatWhen(outage.data.start),
  }),
  /** `trigger`: `Risponde a Netflix`, `In risposta a #Instagramdown`, `Lo spunto: …` or none. */
  cases: (catalog: CatalogData, entry: Case) => ({
    template: "case" as const,
    kicker: SECTION_LABELS.cases,
    title: entry.data.title,
    brand: markOf(catalog, entry.data.brand.id),
    /** None when the sources do not say where it was posted. */
    platform: platformName(entry.data.platform),
    trigger: triggerOf(catalog, entry),
    when: formatWhen(entry.data.date),
  }),
  dossier: (catalog: CatalogData, entry: Dossier) => ({
    template: "dossier" as const,
    kicker: SECTION_LABELS.dossier,
    title: entry.data.title,
    brands: marks(catalog, dossierBrandIds(catalog, entry)),
    when: formatWhen(entry.data.published),
  }),
};

type Shown = ReturnType<(typeof PROPS)[keyof typeof PROPS]>;
/** Every image also carries the site's name, which its footer or its alt text shows. */
export type ShareImageProps = Shown & { siteName: string };
export type Template = ShareImageProps["template"];
export type PropsOf<T extends Template> = Extract<ShareImageProps, { template: T }>;

/** Each image's text, in reading order, before the site's name. */
const ALT_PARTS: { [T in Template]: (props: PropsOf<T>) => string[] } = {
  outage: (p) => [
    `${p.kicker}${p.hashtag ? ` ${p.hashtag}` : ""}, ${p.brand.name}`,
    p.title,
    p.when,
  ],
  case: (p) => [`${p.kicker}: ${posterOn(p.brand.name, p.platform)}`, p.title, p.trigger, p.when],
  dossier: (p) => [p.kicker, p.title, p.when],
  brand: (p) => [`${p.kicker}: ${p.name}`, p.kind, p.tally],
  section: (p) => [p.title, p.standfirst, p.tally],
  home: (p) => [p.title, p.tagline, p.tally],
  default: (p) => [p.title, p.tagline],
};

/** `og:image:alt` for an image: its text, in reading order, as sentences. */
export function shareImageAlt(props: ShareImageProps): string {
  const parts = (ALT_PARTS[props.template] as (props: ShareImageProps) => string[])(props);
  // Home and default have the site's name for title.
  if (props.template !== "home" && props.template !== "default") parts.push(props.siteName);
  return parts
    .map((part) => part.trim().replace(/:$/, ""))
    .filter(Boolean)
    .map((part) => (/[.!?…»”]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

/** One image; `source` is the file behind the page, named in build messages about it. */
function image(slug: string, source: string, shown: Shown) {
  const props: ShareImageProps = { ...shown, siteName };
  return { slug, props, alt: shareImageAlt(props), source };
}

export type ShareImage = ReturnType<typeof image>;

/** Every share image of the site, in a stable order. */
export function planShareImages(catalog: CatalogData): ShareImage[] {
  const perEntry = <E extends Brand | Outage | Case | Dossier>(
    section: Section,
    props: (catalog: CatalogData, entry: E) => Shown,
  ) =>
    [...(catalog[section].values() as Iterable<E>)].map((entry) =>
      image(entryImageSlug(section, entry.id), entry.filePath ?? entry.id, props(catalog, entry)),
    );
  return [
    image(DEFAULT_IMAGE, "src/site.config.ts", PROPS.default()),
    image(HOME_IMAGE, "src/pages/index.astro", PROPS.home(catalog)),
    ...(Object.keys(SECTION_STANDFIRSTS) as Section[]).map((section) =>
      image(
        sectionImageSlug(section),
        `src/pages/${sectionImageSlug(section)}/index.astro`,
        PROPS.section(catalog, section),
      ),
    ),
    image(ATLAS_IMAGE, "src/pages/atlante.astro", PROPS.atlas(catalog)),
    ...perEntry("brands", PROPS.brands),
    ...perEntry("outages", PROPS.outages),
    ...perEntry("cases", PROPS.cases),
    ...perEntry("dossier", PROPS.dossier),
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
