/**
 * The site's share images, planned from the catalog: one per page, plus a default, each with
 * the text its template draws and the file behind it. Pure: `src/share-images/` draws them,
 * `ShareMeta.astro` describes them.
 */
import type { Catalog } from "./catalog";
import { site } from "../site.config";
import { KIND_LABEL, brandStories, dossierBrandIds } from "./articles";
import { formatWhen } from "./time";
import { sitePath, type Section } from "./urls";
import {
  shareImageAlt,
  type BrandMark,
  type ShareImage,
  type ShareImageProps,
} from "./share-image-props";
import { DEFAULT_IMAGE, HOME_IMAGE, entryImageSlug, sectionImageSlug } from "./share-image-urls";

export const PLATFORM_LABELS = {
  twitter: "Twitter",
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  other: "social network",
} as const;

export const BRAND_KIND_LABELS = {
  streaming: "Servizio di streaming",
  social: "Social network",
  broadcaster: "Emittente",
  other: "Marchio",
} as const;

/** `1 blackout`, `3 casi di instant marketing` */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

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
    title: KIND_LABEL.outages,
    standfirst: "Quando un servizio digitale si spegne: che cosa è successo, per quanto e perché.",
    page: "src/pages/blackout/index.astro",
  },
  cases: {
    title: KIND_LABEL.cases,
    standfirst:
      "I post con cui i marchi commentano un blackout o il fatto del giorno, in poche ore.",
    page: "src/pages/instant-marketing/index.astro",
  },
  dossier: {
    title: KIND_LABEL.dossier,
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

function image(slug: string, props: ShareImageProps, source: string): ShareImage {
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

/**
 * Every share image of the site, in a stable order: the default, home, the list pages,
 * then one per brand, outage, case and dossier.
 */
export function planShareImages(catalog: CatalogData): ShareImage[] {
  const siteName = site.name;
  const address = siteAddress();
  const count = {
    outages: catalog.outages.size,
    cases: catalog.cases.size,
    dossier: catalog.dossier.size,
    brands: catalog.brands.size,
  };
  const images: ShareImage[] = [
    image(
      DEFAULT_IMAGE,
      {
        template: "default",
        siteName,
        title: site.name,
        tagline: site.tagline,
        sections: site.nav.map((item) => item.label).join(" · "),
        address,
      },
      "src/site.config.ts",
    ),
    image(
      HOME_IMAGE,
      {
        template: "home",
        siteName,
        title: site.name,
        tagline: site.tagline,
        tally: tally({ outages: count.outages, cases: count.cases, dossier: count.dossier }),
        brands: marks(catalog),
        address,
      },
      "src/pages/index.astro",
    ),
  ];
  const brandsOf = {
    outages: [...catalog.outages.values()].map((entry) => entry.data.brand.id),
    cases: [...catalog.cases.values()].map((entry) => entry.data.brand.id),
    dossier: [...catalog.dossier.values()].flatMap((entry) => dossierBrandIds(catalog, entry)),
    brands: [...catalog.brands.keys()],
  };
  for (const section of ["outages", "cases", "dossier", "brands"] as const) {
    const { title, standfirst, page } = SECTION_IMAGES[section];
    images.push(
      image(
        sectionImageSlug(section),
        {
          template: "section",
          siteName,
          title,
          standfirst,
          tally: tally({ [section]: count[section] }),
          brands: marks(catalog, brandsOf[section]),
        },
        page,
      ),
    );
  }
  for (const brand of catalog.brands.values()) {
    const { outages, cases } = brandStories(catalog, brand.id);
    images.push(
      image(
        entryImageSlug("brands", brand.id),
        {
          template: "brand",
          siteName,
          kicker: BRAND_KICKER,
          name: brand.data.name,
          color: brand.data.color,
          kind: BRAND_KIND_LABELS[brand.data.kind],
          tally: tally({ outages: outages.length, cases: cases.length }),
        },
        brand.filePath ?? brand.id,
      ),
    );
  }
  for (const outage of catalog.outages.values()) {
    images.push(
      image(
        entryImageSlug("outages", outage.id),
        {
          template: "outage",
          siteName,
          kicker: KIND_LABEL.outages,
          title: outage.data.title,
          hashtag: outage.data.hashtag,
          brand: markOf(catalog, outage.data.brand.id),
          when: formatWhen(outage.data.start),
        },
        outage.filePath ?? outage.id,
      ),
    );
  }
  for (const entry of catalog.cases.values()) {
    const answered = entry.data.inResponseTo && catalog.cases.get(entry.data.inResponseTo.id);
    const outage = entry.data.outage && catalog.outages.get(entry.data.outage.id);
    const trigger = answered
      ? `Risponde a ${markOf(catalog, answered.data.brand.id).name}`
      : outage
        ? `In risposta a ${outage.data.hashtag}`
        : entry.data.event
          ? `Lo spunto: ${entry.data.event}`
          : "";
    images.push(
      image(
        entryImageSlug("cases", entry.id),
        {
          template: "case",
          siteName,
          kicker: KIND_LABEL.cases,
          title: entry.data.title,
          brand: markOf(catalog, entry.data.brand.id),
          platform: PLATFORM_LABELS[entry.data.platform],
          trigger,
          when: formatWhen(entry.data.date),
        },
        entry.filePath ?? entry.id,
      ),
    );
  }
  for (const dossier of catalog.dossier.values()) {
    images.push(
      image(
        entryImageSlug("dossier", dossier.id),
        {
          template: "dossier",
          siteName,
          kicker: KIND_LABEL.dossier,
          title: dossier.data.title,
          brands: marks(catalog, dossierBrandIds(catalog, dossier)),
          when: formatWhen(dossier.data.published),
        },
        dossier.filePath ?? dossier.id,
      ),
    );
  }
  return images;
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
