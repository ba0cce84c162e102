import { absoluteUrl, SECTIONS, sitePath, type Section } from "./urls";

/**
 * The absolute URL of a page's share image (1200×630 PNG under `/og/`), for structured data.
 * The one place that knows where share images live.
 */
export function shareImageUrl(page: { collection: Section; id: string } | "home"): string {
  const path = page === "home" ? "/og/home.png" : `/og/${SECTIONS[page.collection]}/${page.id}.png`;
  return absoluteUrl(sitePath(path));
}
