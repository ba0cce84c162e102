/**
 * Where share images are served, all a page needs for its `og:image`. An image's slug is its
 * page's path without slashes (`/blackout/x/` → `blackout/x`, at `/og/blackout/x.png`), or
 * `home`, or `default` for the 404 and any page without its own.
 */
import { SECTIONS, absoluteUrl, sitePath, type Section } from "../content-model/urls.ts";

export const SHARE_IMAGE = { width: 1200, height: 630, type: "image/png" } as const;

export const HOME_IMAGE = "home";
export const DEFAULT_IMAGE = "default";
export const ATLAS_IMAGE = "atlante";

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
