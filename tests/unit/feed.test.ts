import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../src/catalog/articles.ts";
import { feedItems } from "../../src/seo/feed.ts";

const article = (id: string, day: string, event: string, extra: Partial<ArticleSummary> = {}) =>
  ({
    kind: "outages",
    id,
    title: `Titolo ${id}`,
    description: `Descrizione completa di ${id}.`,
    published: { precision: "day", day },
    event: { precision: "day", day: event },
    tags: ["giugno 2018"],
    brands: [{ id: "rai", name: "Rai", website: "https://www.rai.it/" }],
    ...extra,
  }) satisfies ArticleSummary;

describe("the feed's items", () => {
  const items = feedItems(
    [
      article("vecchio", "2018-06-13", "2018-06-12"),
      article("nuovo", "2018-07-01", "2018-06-30"),
      article("stesso-giorno", "2018-06-13", "2018-06-11", { kind: "cases" }),
    ],
    (a) => `https://example.org/${a.kind}/${a.id}/`,
  );

  it("come newest publication first, the newer story first on the same day", () => {
    expect(items.map((item) => item.title)).toEqual([
      "Titolo nuovo",
      "Titolo vecchio",
      "Titolo stesso-giorno",
    ]);
  });

  it("carry the absolute link, the full description and a Rome publication time", () => {
    expect(items[0]).toMatchObject({
      link: "https://example.org/outages/nuovo/",
      description: "Descrizione completa di nuovo.",
      pubDate: new Date("2018-07-01T00:00:00+02:00"),
    });
  });

  it("are filed under their kind, their brands and their tags", () => {
    expect(items[2].categories).toEqual(["Instant marketing", "Rai", "giugno 2018"]);
  });
});
