import { describe, expect, it } from "vitest";
import {
  articleKeysLinkedIn,
  relatedArticles,
  relatedIndex,
  relatedness,
  type RelatedCandidate,
} from "../../src/catalog/related.ts";

const item = (key: string, extra: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  key,
  links: [],
  tags: [],
  time: 0,
  ...extra,
});

describe("relatedness", () => {
  it("counts a link in either direction", () => {
    const outage = item("outages/rai");
    const reaction = item("cases/hug", { links: ["outages/rai"] });
    expect(relatedness(outage, reaction)).toBeGreaterThan(0);
    expect(relatedness(reaction, outage)).toBe(relatedness(outage, reaction));
  });

  it("is zero for articles with nothing in common", () => {
    expect(relatedness(item("a", { tags: ["x"] }), item("b", { tags: ["y"] }))).toBe(0);
  });

  it("counts each shared tag once", () => {
    const a = item("a", { tags: ["x", "y"] });
    expect(relatedness(a, item("b", { tags: ["x", "x"] }))).toBeLessThan(
      relatedness(a, item("c", { tags: ["x", "y"] })),
    );
  });
});

describe("relatedArticles", () => {
  const target = item("cases/rai-reply", {
    links: ["cases/stranger-things", "outages/rai"],
    tags: ["giugno 2018"],
    brand: "rai",
    time: 100,
  });
  const all = [
    target,
    item("cases/stranger-things", { brand: "netflix", time: 90 }),
    item("outages/rai", { brand: "rai", time: 80 }),
    item("outages/netflix", { tags: ["giugno 2018"], time: 10 }),
    item("outages/instagram", { tags: ["giugno 2018"], time: 60 }),
    item("cases/unrelated", { tags: ["calcio"], time: 100 }),
  ];

  it("returns at most three, never the article itself", () => {
    const related = relatedArticles(target, all);
    expect(related).toHaveLength(3);
    expect(related.map((r) => r.key)).not.toContain(target.key);
  });

  it("puts direct links first, then shared tags, the closest in time winning ties", () => {
    expect(relatedArticles(target, all).map((r) => r.key)).toEqual([
      "outages/rai",
      "cases/stranger-things",
      "outages/instagram",
    ]);
  });

  it("leaves out what shares nothing, even when there is room", () => {
    const related = relatedArticles(target, all, 10).map((r) => r.key);
    expect(related).not.toContain("cases/unrelated");
    expect(related).toHaveLength(4);
  });

  it("does not depend on the order of the candidates", () => {
    const forward = relatedArticles(target, all).map((r) => r.key);
    const backward = relatedArticles(target, [...all].reverse()).map((r) => r.key);
    expect(backward).toEqual(forward);
  });
});

describe("relatedIndex", () => {
  // A small site where links, tags and brands overlap in every way, including links to
  // articles that are not candidates and a tag repeated on one article.
  const tags = ["giugno 2018", "calcio", "whatsapp", "meme"];
  const brands = ["rai", "netflix", undefined];
  const site = Array.from({ length: 40 }, (_, i) =>
    item(`cases/${i}`, {
      links: [`cases/${(i * 7) % 40}`, `outages/${i % 5}`].filter((key) => key !== `cases/${i}`),
      tags: i % 6 === 0 ? [] : [tags[i % 4], tags[(i * 3) % 4], tags[i % 4]],
      brand: brands[i % 3],
      time: (i * 37) % 23,
    }),
  );

  it("gives the same answer as a pass over every candidate", () => {
    const index = relatedIndex(site);
    for (const target of site) {
      for (const limit of [1, 3, 10]) {
        expect(index.related(target, limit).map((r) => r.key)).toEqual(
          relatedArticles(target, site, limit).map((r) => r.key),
        );
      }
    }
  });

  it("finds articles that link to a target outside the candidates", () => {
    const outside = item("outages/0");
    expect(
      relatedIndex(site)
        .related(outside, 50)
        .map((r) => r.key),
    ).toEqual(relatedArticles(outside, site, 50).map((r) => r.key));
  });
});

describe("articleKeysLinkedIn", () => {
  it("finds the article pages a body links, once each, whatever the syntax", () => {
    const body = [
      "Come [Twitter](/instant-marketing/twitter-saluta-letteralmente-tutti/) e",
      "[ancora Twitter](/instant-marketing/twitter-saluta-letteralmente-tutti/#contesto),",
      '<a href="/blackout/rai-down-giugno-2018/">la Rai</a>, il [dossier](</dossier/tre-schermi-neri/>)',
      "ma non [un marchio](/marchi/netflix/) né [una sezione](/blackout/).",
    ].join("\n");
    expect(articleKeysLinkedIn(body)).toEqual([
      "cases/twitter-saluta-letteralmente-tutti",
      "outages/rai-down-giugno-2018",
      "dossier/tre-schermi-neri",
    ]);
  });
});
