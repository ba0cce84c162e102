/**
 * The Italian words the site names its sections and kinds of things with, declared once:
 * pages, breadcrumbs, search filters, the feed, structured data and share images read them.
 */
import type { BRAND_KINDS, PLATFORMS } from "./schema.ts";
import { countLabel, listItalian } from "./strings.ts";
import type { Section } from "./urls.ts";

/** Each section's name: its page title and breadcrumb, an article's kind in cards and filters. */
export const SECTION_LABELS: Record<Section, string> = {
  outages: "Blackout",
  cases: "Instant marketing",
  dossier: "Dossier",
  brands: "Marchi",
};

/**
 * The posts about an outage, as its page heads them. Neutral words: not everyone who posts is
 * a brand (an `influencer` is not).
 */
export const REACTIONS_HEADINGS = {
  /** When the posts answered each other, drawn as a thread. */
  thread: "Chi ha scherzato, e chi ha risposto a chi",
  /** When they are a plain list. */
  list: "I post sul blackout",
} as const;

/** What a brand is, as its page and the list of brands say it. */
export const BRAND_KIND_LABELS: Record<(typeof BRAND_KINDS)[number], string> = {
  streaming: "Servizio di streaming",
  social: "Social network",
  messaging: "App di messaggistica",
  broadcaster: "Emittente",
  other: "Marchio",
  influencer: "Influencer",
  club: "Società sportiva",
};

type Platform = (typeof PLATFORMS)[number];

/**
 * Where a post appeared, as its card says it: Twitter under the name it had when the posts
 * were written, X with the name it had before. `unknown` is not a place: `postedOn` says it.
 */
export const PLATFORM_LABELS: Record<Platform, string> = {
  twitter: "Twitter (oggi X)",
  x: "X (ex Twitter)",
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  other: "un social network",
  unknown: "una piattaforma che le fonti non indicano",
};

/** The platform's name alone, where a line is short: «Netflix su Twitter» on a share image. */
export const PLATFORM_SHORT_LABELS: Record<Platform, string> = {
  twitter: "Twitter",
  x: "X",
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  other: "social network",
  unknown: "piattaforma non nota",
};

/**
 * Where a post appeared, as the search page's filter offers it: a value among others, so
 * `other` says it is another social network, not social networks at large.
 */
export const PLATFORM_FILTER_LABELS: Record<Platform, string> = {
  twitter: "Twitter",
  x: "X",
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  other: "Altri social network",
  unknown: "Piattaforma non nota",
};

/** Where a post appeared, as its card says it: «su Twitter (oggi X)», or that it is not known. */
export function postedOn(platform: Platform): string {
  return platform === "unknown" ? "piattaforma non nota" : `su ${PLATFORM_LABELS[platform]}`;
}

/** The platform's short name where a line names it («Netflix su X»), or none when it is unknown. */
export function platformName(platform: Platform): string | undefined {
  return platform === "unknown" ? undefined : PLATFORM_SHORT_LABELS[platform];
}

/** «Netflix su Twitter»: who posted and where, or only who when the sources do not say where. */
export function posterOn(name: string, platform: string | undefined): string {
  return platform ? `${name} su ${platform}` : name;
}

/** The atlas page (`/atlante/`): its title and standfirst, on the page and on its share image. */
export const ATLAS_PAGE = {
  title: "Atlante dei blackout",
  standfirst: "Tutti i blackout che raccontiamo, giornata per giornata e ora per ora.",
};

const COUNT_WORDS: Record<Section, [one: string, many: string]> = {
  outages: ["blackout", "blackout"],
  cases: ["caso di instant marketing", "casi di instant marketing"],
  dossier: ["dossier", "dossier"],
  brands: ["marchio", "marchi"],
};

/**
 * `1 blackout · 7 casi di instant marketing`: what the site tells of a brand or a section. A
 * kind it has none of goes unsaid, unless it has none of any (`0 blackout`).
 */
export function tally(counts: Partial<Record<Section, number>>): string {
  const given = (Object.keys(COUNT_WORDS) as Section[]).filter(
    (section) => counts[section] !== undefined,
  );
  const some = given.filter((section) => counts[section]! > 0);
  return (some.length > 0 ? some : given.slice(0, 1))
    .map((section) => countLabel(counts[section]!, ...COUNT_WORDS[section]))
    .join(" · ");
}

/**
 * A brand page's standfirst (and meta description) when its file has no `description`: its
 * name, what it is and what the site tells of it, so that no two brand pages share one.
 * «Città Stream: servizio di streaming di cui raccontiamo 1 blackout e 2 casi di instant
 * marketing.»
 */
export function brandStandfirst(
  name: string,
  kind: (typeof BRAND_KINDS)[number],
  counts: { outages: number; cases: number },
): string {
  const what = BRAND_KIND_LABELS[kind].toLowerCase();
  const told = (["outages", "cases"] as const)
    .filter((section) => counts[section] > 0)
    .map((section) => countLabel(counts[section], ...COUNT_WORDS[section]));
  return told.length > 0
    ? `${name}: ${what} di cui raccontiamo ${listItalian(told)}.`
    : `${name}: ${what} di cui non raccontiamo ancora nessuna storia.`;
}
