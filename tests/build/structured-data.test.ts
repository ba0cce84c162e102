import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECTION_LABELS } from "../../src/content-model/labels.ts";
import { isoOf } from "../../src/content-model/time.ts";
import { site } from "../../src/site.config.ts";
import { brandNames, publishedArticles } from "../support/content.ts";
import { fileFor, page } from "../support/dist.ts";

type Json = Record<string, unknown>;

async function jsonLd(path: string): Promise<Json[]> {
  const doc = await page(path);
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    JSON.parse(script.textContent ?? ""),
  );
}

/** Paths of values that are missing: null, empty text, empty list or object. */
function emptyFields(value: unknown, path = "$"): string[] {
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyFields(item, `${path}[${i}]`));
  if (typeof value === "object") {
    const entries = Object.entries(value as Json);
    if (entries.length === 0) return [path];
    return entries.flatMap(([key, item]) => emptyFields(item, `${path}.${key}`));
  }
  return [];
}

describe("structured data", () => {
  it.each(publishedArticles.map((a) => [a.file, a] as const))(
    "describes %s as a NewsArticle with its breadcrumbs",
    async (_file, article) => {
      const documents = await jsonLd(article.path);
      for (const data of documents) expect(emptyFields(data)).toEqual([]);
      const news = documents.find((d) => d["@type"] === "NewsArticle")!;
      expect(news).toBeDefined();
      expect(news["@context"]).toBe("https://schema.org");
      expect(news.headline).toBe(article.title);
      expect(news.description).toBe(article.description);
      expect(news.datePublished).toBe(isoOf(article.published));
      if (article.updated) expect(news.dateModified).toBe(isoOf(article.updated));
      else expect(news).not.toHaveProperty("dateModified");
      expect(news.inLanguage).toBe("it-IT");
      expect(String(news.image)).toMatch(new RegExp(`^${site.url}/og/.+\\.png$`));
      const imagePath = String(news.image).slice(site.url.length);
      expect(existsSync(fileFor(imagePath)), `${article.path}: ${imagePath} is built`).toBe(true);
      const ogImage = (await page(article.path))
        .querySelector('meta[property="og:image"]')
        ?.getAttribute("content");
      expect(news.image, "the same image as og:image").toBe(ogImage);
      const publisher = news.publisher as Json;
      expect(publisher).toMatchObject({ "@type": "Organization", name: site.name });
      expect(publisher.url).toBe(`${site.url}/`);
      const logo = (publisher.logo as Json | undefined)?.url;
      if (logo)
        expect(existsSync(fileFor(new URL(String(logo)).pathname)), String(logo)).toBe(true);
      const about = (news.about as Json[]).map((thing) => thing.name);
      expect(about.sort()).toEqual(article.brands.map((slug) => brandNames.get(slug)).sort());

      const crumbs = documents.find((d) => d["@type"] === "BreadcrumbList")!;
      const items = crumbs.itemListElement as Json[];
      expect(items.map((item) => item.position)).toEqual([1, 2, 3]);
      expect(items.map((item) => item.name)).toEqual([
        "Home",
        SECTION_LABELS[article.kind],
        article.title,
      ]);
      expect(items[0].item).toBe(`${site.url}/`);
      expect(items.at(-1)?.item).toBe(article.url);
    },
  );

  it("describes the home page as a WebSite with its search", async () => {
    const website = (await jsonLd("/")).find((d) => d["@type"] === "WebSite")!;
    expect(emptyFields(website)).toEqual([]);
    expect(website).toMatchObject({ name: site.name, url: `${site.url}/`, inLanguage: "it-IT" });
    const action = website.potentialAction as { target: { urlTemplate: string } };
    expect(action.target.urlTemplate).toBe(`${site.url}/cerca/?q={search_term_string}`);
  });
});
