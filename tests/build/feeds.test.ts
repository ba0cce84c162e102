import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { SECTION_LABELS } from "../../src/content-model/labels.ts";
import { site } from "../../src/site.config.ts";
import { allArticles, brandNames, publishedArticles } from "../support/content.ts";
import { fileFor, htmlPages, page } from "../support/dist.ts";

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["item", "category", "url", "sitemap"].includes(name),
});

async function xml(path: string) {
  const text = await readFile(fileFor(path), "utf8");
  // Well-formed first: the parser alone would forgive a broken document.
  expect(() => SyntaxValidator.validate(text), path).not.toThrow();
  return parser.parse(text);
}

describe("the RSS feed", async () => {
  const { rss } = await xml("/rss.xml");
  const channel = rss.channel;
  const items: Array<Record<string, unknown>> = channel.item;

  it("is in Italian and names the site", () => {
    expect(channel.language).toBe("it");
    expect(channel.title).toBe(site.name);
    expect(channel.link).toBe(`${site.url}/`);
  });

  it("lists every published article, and nothing else, with its absolute link", () => {
    expect(items.map((item) => item.link).sort()).toEqual(
      publishedArticles.map((article) => article.url).sort(),
    );
  });

  it("gives each item its full description and its kind, brands and tags as categories", () => {
    for (const article of publishedArticles) {
      const item = items.find((i) => i.link === article.url)!;
      expect(item.title, article.file).toBe(article.title);
      expect(item.description, article.file).toBe(article.description);
      expect(item.category, article.file).toEqual(
        expect.arrayContaining([
          SECTION_LABELS[article.kind],
          ...article.brands.map((slug) => brandNames.get(slug)),
          ...article.tags,
        ]),
      );
    }
  });

  it("puts the newest publication first", () => {
    const dates = items.map((item) => new Date(String(item.pubDate)).getTime());
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("is announced on every page", async () => {
    for (const path of await htmlPages()) {
      const link = (await page(path)).querySelector(
        'head link[rel="alternate"][type="application/rss+xml"]',
      );
      expect(link?.getAttribute("href"), path).toBe("/rss.xml");
    }
  });
});

describe("the sitemap and robots.txt", async () => {
  const index = await xml("/sitemap-index.xml");
  const sitemaps: Array<{ loc: string }> = index.sitemapindex.sitemap;
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const { pathname } = new URL(sitemap.loc);
    const { urlset } = await xml(pathname);
    urls.push(...urlset.url.map((url: { loc: string }) => url.loc));
  }

  it("lists every HTML page except the 404, by its absolute URL", async () => {
    const pages = (await htmlPages()).filter((path) => path !== "/404.html");
    expect(urls.sort()).toEqual(pages.map((path) => `${site.url}${path}`).sort());
  });

  it("lists no draft", () => {
    for (const article of allArticles.filter((a) => !publishedArticles.includes(a))) {
      expect(urls, article.file).not.toContain(article.url);
    }
  });

  it("is named by robots.txt, which lets crawlers in", async () => {
    const robots = await readFile(fileFor("/robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = robots.match(/^Sitemap: (.+)$/m)?.[1];
    expect(sitemap).toBe(`${site.url}/sitemap-index.xml`);
  });
});
