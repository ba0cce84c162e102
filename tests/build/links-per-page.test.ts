/**
 * Properties of every built page, whatever the content: how often a page links the same
 * article, and how many sections the header offers. Asserted over the live build, never over
 * today's slugs.
 */
import { describe, expect, it } from "vitest";
import { site } from "../../src/site.config.ts";
import { htmlPages, page } from "../support/dist.ts";

/** An article's page: `/blackout/<slug>/`, `/instant-marketing/<slug>/`, `/dossier/<slug>/`. */
const ARTICLE = /^\/(blackout|instant-marketing|dossier)\/[^/]+\/$/;
const MOST_FROM_A_PAGE = 3;
const MOST_FROM_THE_FRONT_PAGE = 2;
const MOST_NAV_ITEMS = 6;

/** How many times the page links each other article. */
function articleLinks(doc: Document, self: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of doc.querySelectorAll("a[href]")) {
    const path = a.getAttribute("href")!.split(/[?#]/)[0];
    if (!ARTICLE.test(path) || path === self) continue;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

const over = (counts: Map<string, number>, most: number) =>
  [...counts].filter(([, n]) => n > most).map(([path, n]) => `${path} ×${n}`);

describe("links to the same article", () => {
  it(`are at most ${MOST_FROM_A_PAGE} from any page`, async () => {
    const pages = await htmlPages();
    expect(pages.length).toBeGreaterThan(1);
    const faults: string[] = [];
    for (const path of pages) {
      const found = over(articleLinks(await page(path), path), MOST_FROM_A_PAGE);
      if (found.length) faults.push(`${path}: ${found.join(", ")}`);
    }
    expect(faults).toEqual([]);
  });

  it(`are at most ${MOST_FROM_THE_FRONT_PAGE} from the front page, which links some`, async () => {
    const counts = articleLinks(await page("/"), "/");
    expect(counts.size).toBeGreaterThan(0);
    expect(over(counts, MOST_FROM_THE_FRONT_PAGE)).toEqual([]);
  });
});

describe("the top navigation", () => {
  it(`offers at most ${MOST_NAV_ITEMS} sections, the same on every page`, async () => {
    expect(site.nav.length).toBeLessThanOrEqual(MOST_NAV_ITEMS);
    for (const path of ["/", "/cronologia/", "/404.html"]) {
      const doc = await page(path);
      for (const nav of doc.querySelectorAll("header nav")) {
        const items = [...nav.querySelectorAll("a")].map((a) => a.getAttribute("href"));
        // The phone menu adds the feed beside the sections.
        const sections = items.filter((href) => !href?.endsWith(".xml"));
        expect(sections.length, path).toBeLessThanOrEqual(MOST_NAV_ITEMS);
        expect(sections.length, path).toBeGreaterThan(0);
      }
    }
  });

  it("leaves nothing unreachable: every other index page is linked from the footer", async () => {
    const doc = await page("/");
    const footer = [...doc.querySelectorAll("footer nav a")].map((a) => a.getAttribute("href"));
    for (const item of [...site.nav, ...site.browse]) expect(footer).toContain(item.href);
  });
});
