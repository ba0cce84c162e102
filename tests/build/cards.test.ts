import { describe, expect, it } from "vitest";
import { publishedArticles } from "../support/content.ts";
import { page } from "../support/dist.ts";

/**
 * A page never shows the same article's card twice: across an article page's card lists
 * (reactions, a dossier's stories, "Da leggere anche"), each article appears at most once,
 * and never the page's own.
 */
describe("card lists on article pages", () => {
  it.each(publishedArticles.map((a) => [a.path] as const))("%s repeats no card", async (path) => {
    const doc = await page(path);
    const lists = [...doc.querySelectorAll("[data-card-list]")];
    const linked = lists.flatMap((list) =>
      [...list.querySelectorAll("a[data-card]")].map((a) => a.getAttribute("href")),
    );
    const repeated = linked.filter((href, index) => linked.indexOf(href) !== index);
    expect(repeated, path).toEqual([]);
    expect(linked, path).not.toContain(path);
  });

  it("finds the cards it checks: some page has two card lists or more", async () => {
    const counts = await Promise.all(
      publishedArticles.map(
        async (a) => (await page(a.path)).querySelectorAll("[data-card-list]").length,
      ),
    );
    expect(Math.max(0, ...counts)).toBeGreaterThanOrEqual(2);
  });
});
