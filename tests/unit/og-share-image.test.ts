import { describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/catalog.ts";
import {
  planShareImages,
  shareImageAlt,
  shareImageIndex,
} from "../../src/share-images/share-image-plan.ts";
import {
  DEFAULT_IMAGE,
  HOME_IMAGE,
  entryImageSlug,
  sectionImageSlug,
  shareImagePath,
  shareImageUrl,
} from "../../src/share-images/share-image-urls.ts";
import { cacheDir, imageKey } from "../../src/share-images/cache.ts";
import { fitText } from "../../src/share-images/share-image-elements.ts";
import { site } from "../../src/site.config.ts";

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const day = (d: string) => ({ precision: "day" as const, day: d });

/** A small catalog shaped like `getCatalog()`'s. */
function catalog(): Catalog {
  const brands = [
    {
      id: "netflix",
      filePath: "content/brands/netflix.yaml",
      data: { name: "Netflix", kind: "streaming", color: "#E50914" },
    },
    {
      id: "rai",
      filePath: "content/brands/rai.yaml",
      data: { name: "Rai", kind: "broadcaster", color: "#0B4EA2" },
    },
  ];
  const outages = [
    {
      id: "rai-down",
      filePath: "content/outages/rai-down.mdx",
      data: {
        title: "#Raidown: dieci minuti di nero",
        hashtag: "#Raidown",
        brand: ref("brands", "rai"),
        start: { precision: "minute", instant: new Date("2018-06-12T18:25:00Z"), approx: true },
        published: day("2018-06-13"),
      },
    },
  ];
  const cases = [
    {
      id: "abbraccio",
      filePath: "content/cases/abbraccio.mdx",
      data: {
        title: "L’abbraccio alla Rai",
        brand: ref("brands", "netflix"),
        platform: "twitter",
        date: { precision: "part", day: "2018-06-12", part: "evening" },
        outage: ref("outages", "rai-down"),
        published: day("2018-06-13"),
      },
    },
    {
      id: "mondiali",
      filePath: "content/cases/mondiali.mdx",
      data: {
        title: "I Mondiali senza l’Italia",
        brand: ref("brands", "netflix"),
        platform: "twitter",
        date: { precision: "month", month: "2018-06" },
        event: "I Mondiali senza l’Italia",
        published: day("2018-06-20"),
      },
    },
    {
      id: "risposta",
      filePath: "content/cases/risposta.mdx",
      data: {
        title: "La risposta della Rai",
        brand: ref("brands", "rai"),
        platform: "twitter",
        date: day("2018-06-12"),
        outage: ref("outages", "rai-down"),
        inResponseTo: ref("cases", "abbraccio"),
        published: day("2018-06-13"),
      },
    },
  ];
  const dossier = [
    {
      id: "giugno",
      filePath: "content/dossier/giugno.mdx",
      data: {
        title: "Tre schermi neri",
        outages: [ref("outages", "rai-down")],
        cases: [ref("cases", "abbraccio")],
        published: day("2018-07-01"),
      },
    },
  ];
  const map = (entries: Array<{ id: string }>) => new Map(entries.map((e) => [e.id, e]));
  return {
    brands: map(brands),
    outages: map(outages),
    cases: map(cases),
    dossier: map(dossier),
  } as unknown as Catalog;
}

describe("which share images exist", () => {
  const images = planShareImages(catalog());

  it("has one image per page, plus the default, at stable slugs", () => {
    expect(images.map((image) => image.slug)).toEqual([
      "default",
      "home",
      "blackout",
      "instant-marketing",
      "dossier",
      "marchi",
      "atlante",
      "marchi/netflix",
      "marchi/rai",
      "blackout/rai-down",
      "instant-marketing/abbraccio",
      "instant-marketing/mondiali",
      "instant-marketing/risposta",
      "dossier/giugno",
    ]);
    expect(new Set(images.map((image) => image.slug)).size).toBe(images.length);
  });

  it("gives each image the text its template draws", () => {
    const index = shareImageIndex(catalog());
    expect(index.get("blackout/rai-down")?.props).toEqual({
      template: "outage",
      siteName: site.name,
      kicker: "Blackout",
      title: "#Raidown: dieci minuti di nero",
      hashtag: "#Raidown",
      brand: { name: "Rai", color: "#0B4EA2" },
      when: "12 giugno 2018, verso le 20:25",
    });
    expect(index.get("instant-marketing/abbraccio")?.props).toMatchObject({
      template: "case",
      kicker: "Instant marketing",
      brand: { name: "Netflix" },
      platform: "Twitter",
      trigger: "In risposta a #Raidown",
      when: "12 giugno 2018, in serata",
    });
    expect(index.get("instant-marketing/mondiali")?.props).toMatchObject({
      trigger: "Lo spunto: I Mondiali senza l’Italia",
      when: "giugno 2018",
    });
    expect(index.get("instant-marketing/risposta")?.props).toMatchObject({
      trigger: "Risponde a Netflix",
    });
    expect(index.get("dossier/giugno")?.props).toMatchObject({
      brands: [
        { name: "Netflix", color: "#E50914" },
        { name: "Rai", color: "#0B4EA2" },
      ],
      when: "1 luglio 2018",
    });
    expect(index.get("marchi/netflix")?.props).toMatchObject({
      kicker: "Marchio",
      kind: "Servizio di streaming",
      tally: "2 casi di instant marketing",
    });
    expect(index.get("marchi/rai")?.props).toMatchObject({
      tally: "1 blackout · 1 caso di instant marketing",
    });
    expect(index.get("blackout")?.props).toMatchObject({ title: "Blackout", tally: "1 blackout" });
    expect(index.get(HOME_IMAGE)?.props).toMatchObject({
      tally: "1 blackout · 3 casi di instant marketing · 1 dossier",
    });
  });

  it("names the content file behind each entry's image", () => {
    const index = shareImageIndex(catalog());
    expect(index.get("blackout/rai-down")?.source).toBe("content/outages/rai-down.mdx");
    expect(index.get("marchi/rai")?.source).toBe("content/brands/rai.yaml");
    expect(index.get(DEFAULT_IMAGE)?.source).toBe("src/site.config.ts");
  });

  it("describes each image in words for og:image:alt", () => {
    const index = shareImageIndex(catalog());
    const alt = index.get("blackout/rai-down")!.alt;
    expect(alt).toBe(
      "Blackout #Raidown, Rai. #Raidown: dieci minuti di nero. 12 giugno 2018, verso le 20:25. Schermo Nero.",
    );
    for (const image of images) expect(shareImageAlt(image.props).length).toBeGreaterThan(10);
    const question = { ...index.get("blackout/rai-down")!.props, title: "Perché la Rai?" };
    expect(shareImageAlt(question as never)).toContain("Perché la Rai? 12 giugno");
  });
});

describe("fitting a headline", () => {
  it("takes the largest size at which the text fits the lines it may use", () => {
    const sizes = [72, 64, 56, 50, 46];
    expect(fitText("Ventiquattro ore, tre schermi neri", { sizes, maxLines: 4 })).toBe(72);
    expect(fitText("parola ".repeat(25), { sizes, maxLines: 4 })).toBeLessThan(72);
    expect(fitText("parola ".repeat(200), { sizes, maxLines: 4 })).toBe(46);
  });

  it("shrinks until the longest word fits the column", () => {
    const fit = fitText("Radiotelevisione italiana", {
      sizes: [120, 100, 84],
      maxLines: 2,
      width: 760,
    });
    expect(fit).toBe(84);
  });
});

describe("where share images are served", () => {
  it("derives the path from the page's path", () => {
    expect(entryImageSlug("outages", "x")).toBe("blackout/x");
    expect(entryImageSlug("brands", "rai")).toBe("marchi/rai");
    expect(sectionImageSlug("cases")).toBe("instant-marketing");
    expect(shareImagePath("blackout/x")).toBe("/og/blackout/x.png");
    expect(shareImageUrl(HOME_IMAGE)).toBe(`${site.url}/og/home.png`);
  });
});

describe("cache keys", () => {
  const props = { title: "A", brand: { name: "N", color: "#000000" } };

  it("change with the props and the renderer's fingerprint", () => {
    const key = imageKey(props, "r");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(imageKey({ ...props, title: "B" }, "r")).not.toBe(key);
    expect(imageKey(props, "r2")).not.toBe(key);
  });

  it("live outside dist/, in .cache/og unless told otherwise", () => {
    expect(cacheDir({})).toMatch(/\.cache\/og$/);
    expect(cacheDir({ ASTRO_CACHE_DIR: "/tmp/astro" })).toBe("/tmp/astro/og");
    expect(cacheDir({ OG_CACHE_DIR: "/tmp/og", ASTRO_CACHE_DIR: "/tmp/astro" })).toBe("/tmp/og");
  });
});
