/**
 * Share images, as data: which images the site has (one per page, plus a default), where
 * each is served, what it shows and how it is described. Pure: `src/og/` draws them,
 * `src/pages/og/[...slug].png.ts` serves them and `ShareMeta.astro` points to them.
 *
 * An image's slug is its page's path without slashes: `/blackout/x/` → `blackout/x`, served
 * at `/og/blackout/x.png`; the home page's is `home`, the default's (404 and any page
 * without its own) `default`.
 */
import type { Catalog } from "./catalog";
import { site } from "../site.config";
import { brandStories, dossierBrandIds } from "./articles";
import { formatWhen } from "./time";
import { SECTIONS, absoluteUrl, sitePath, type Section } from "./urls";

export const SHARE_IMAGE = { width: 1200, height: 630, type: "image/png" } as const;

export const HOME_IMAGE = "home";
export const DEFAULT_IMAGE = "default";

/** `blackout/netflix-down-giugno-2018` */
export function entryImageSlug(section: Section, id: string): string {
  return `${SECTIONS[section]}/${id}`;
}

/** `blackout` */
export function sectionImageSlug(section: Section): string {
  return SECTIONS[section];
}

/** `og/blackout/x.png`: where the image lies in the built site. */
export function shareImageFile(slug: string): string {
  return `og/${slug}.png`;
}

/** `/og/blackout/x.png`, under the site's base path. */
export function shareImagePath(slug: string): string {
  return sitePath(`/${shareImageFile(slug)}`);
}

/** The absolute URL social networks fetch. */
export function shareImageUrl(slug: string): string {
  return absoluteUrl(shareImagePath(slug));
}

export interface BrandMark {
  name: string;
  /** `#rrggbb` */
  color: string;
}

interface Common {
  siteName: string;
}

/** What each kind of page's image shows: every value is already text, ready to draw. */
export type ShareImageProps = Common &
  (
    | {
        template: "outage";
        title: string;
        hashtag: string;
        brand: BrandMark;
        when: string;
      }
    | {
        template: "case";
        title: string;
        brand: BrandMark;
        platform: string;
        /**
         * What the post answered, ready to draw: `Risponde a Netflix`, `In risposta a
         * #Instagramdown`, `Lo spunto: …`.
         */
        trigger: string;
        when: string;
      }
    | {
        template: "dossier";
        title: string;
        brands: BrandMark[];
        when: string;
      }
    | {
        template: "brand";
        name: string;
        color: string;
        kind: string;
        tally: string;
      }
    | {
        template: "section";
        title: string;
        standfirst: string;
        tally: string;
        brands: BrandMark[];
      }
    | {
        template: "home";
        title: string;
        tagline: string;
        tally: string;
        brands: BrandMark[];
        /** `schermonero.it` */
        address: string;
      }
    | {
        template: "default";
        title: string;
        tagline: string;
        /** The sections, in the order of the navigation. */
        sections: string;
        address: string;
      }
  );

export type ShareImageTemplate = ShareImageProps["template"];

export interface ShareImage {
  slug: string;
  props: ShareImageProps;
  /** `og:image:alt`: what the image says, in words. */
  alt: string;
  /** The file behind the page, named in build messages about the image. */
  source: string;
}

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
  influencer: "Influencer",
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

/** The list pages' images: the section's name and a line on what it collects. */
const SECTION_IMAGES: Record<Section, { title: string; standfirst: string; page: string }> = {
  outages: {
    title: "Blackout",
    standfirst: "Quando un servizio digitale si spegne: che cosa è successo, per quanto e perché.",
    page: "src/pages/blackout/index.astro",
  },
  cases: {
    title: "Instant marketing",
    standfirst:
      "I post con cui i marchi commentano un blackout o il fatto del giorno, in poche ore.",
    page: "src/pages/instant-marketing/index.astro",
  },
  dossier: {
    title: "Dossier",
    standfirst: "Le storie lunghe che legano i blackout alle reazioni dei marchi.",
    page: "src/pages/dossier/index.astro",
  },
  brands: {
    title: "Marchi",
    standfirst: "I marchi di cui raccontiamo i blackout e i post di instant marketing.",
    page: "src/pages/marchi/index.astro",
  },
};

const KICKERS = {
  outage: "Blackout",
  case: "Instant marketing",
  dossier: "Dossier",
  brand: "Marchio",
} as const;

/** `og:image:alt` for an image: its text, in reading order. */
export function shareImageAlt(props: ShareImageProps): string {
  const parts: string[] = [];
  switch (props.template) {
    case "outage":
      parts.push(
        `${KICKERS.outage} ${props.hashtag}, ${props.brand.name}`,
        props.title,
        props.when,
      );
      break;
    case "case":
      parts.push(
        `${KICKERS.case}: ${props.brand.name} su ${props.platform}`,
        props.title,
        props.trigger,
        props.when,
      );
      break;
    case "dossier":
      parts.push(KICKERS.dossier, props.title, props.when);
      break;
    case "brand":
      parts.push(`${KICKERS.brand}: ${props.name}`, props.kind, props.tally);
      break;
    case "section":
      parts.push(props.title, props.standfirst, props.tally);
      break;
    case "home":
      parts.push(props.title, props.tagline, props.tally);
      break;
    case "default":
      parts.push(props.title, props.tagline);
      break;
  }
  if (props.template !== "home" && props.template !== "default") parts.push(props.siteName);
  return parts
    .map((part) => part.trim().replace(/:$/, ""))
    .filter(Boolean)
    .map((part) => (/[.!?…»”]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

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
export function shareImages(catalog: CatalogData): ShareImage[] {
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
    index = new Map(shareImages(catalog).map((entry) => [entry.slug, entry]));
    indexes.set(catalog, index);
  }
  return index;
}
