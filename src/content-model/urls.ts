import { site } from "../site.config.ts";

/** The URL section of each kind of page, in Italian. */
export const SECTIONS = {
  outages: "blackout",
  cases: "instant-marketing",
  dossier: "dossier",
  brands: "marchi",
} as const;
export type Section = keyof typeof SECTIONS;

/** A site path under the configured base, always with a trailing slash for pages. */
export function sitePath(path: string, base = site.base): string {
  const trimmedBase = base.replace(/\/+$/, "");
  const clean = path.startsWith("/") ? path : `/${path}`;
  return `${trimmedBase}${clean}`;
}

/** The site's argument, which both dossiers argue from: the explainer's «La nostra lettura». */
export const OUR_READING_PATH = "/instant-marketing-spiegato/#la-nostra-lettura";

/** `/blackout/rai-down-giugno-2018/` */
export function entryPath(collection: Section, id: string): string {
  return sitePath(`/${SECTIONS[collection]}/${id}/`);
}

/** `/blackout/` */
export function sectionPath(collection: Section): string {
  return sitePath(`/${SECTIONS[collection]}/`);
}

/** An absolute URL on the public site. */
export function absoluteUrl(path: string, origin = site.url): string {
  return new URL(path, `${origin}/`).href;
}
