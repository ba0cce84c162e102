/**
 * One page of each kind a build has: the pages the browser tests check in depth (axe, the
 * keyboard, every width), while cheap checks run on every page. A kind is a layout: the home
 * page, each section's index, each standalone page, the 404, and the first article, brand and
 * tag page of their sections. So the suite's time does not grow with the articles.
 *
 * `SCHERMO_NERO_EVERY_PAGE=1` (the `extreme` project of vitest.config.ts) adds every article
 * and brand page, and the tag page with the longest name: there each one is an extreme of its
 * own. Its other tag pages differ from the first only by their cards, which the list pages
 * show too.
 */

/** A URL that does not exist: the host answers with the 404 page, at any depth. */
export const MISSING = "/pagina-che-non-esiste/di-sicuro/";

/** Sections whose entries have a page each. */
const ENTRY_SECTIONS = ["blackout", "instant-marketing", "dossier", "marchi", "tag"];

export function pageKinds(all: string[]): string[] {
  const pages = all.filter((path) => path.endsWith("/"));
  const firstOf = (section: string) =>
    pages.find((path) => new RegExp(`^/${section}/[^/]+/$`).test(path));
  return [
    // The home page, section indexes and standalone pages: every page one level deep.
    ...pages.filter((path) => /^\/([^/]+\/)?$/.test(path)),
    ...ENTRY_SECTIONS.flatMap((section) => firstOf(section) ?? []),
    MISSING,
  ];
}

/** The pages checked in depth: the kinds, and on the extreme corpus its entries (see above). */
export function pagesInDepth(all: string[], env = process.env): string[] {
  const kinds = pageKinds(all);
  if (env.SCHERMO_NERO_EVERY_PAGE !== "1") return kinds;
  const entries = all.filter((path) =>
    /^\/(blackout|instant-marketing|dossier|marchi)\/[^/]+\/$/.test(path),
  );
  const tags = all.filter((path) => /^\/tag\/[^/]+\/$/.test(path));
  const longestTag = tags.reduce<string | undefined>(
    (longest, path) => (path.length > (longest?.length ?? 0) ? path : longest),
    undefined,
  );
  return [...new Set([...kinds, ...entries, ...(longestTag ? [longestTag] : [])])];
}
