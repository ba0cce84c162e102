import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { SHARE_IMAGE } from "../../src/share-images/share-image-urls.ts";
import { site } from "../../src/site.config.ts";
import { htmlPages, page } from "../support/dist.ts";
import { contentRoot, distDir } from "../support/paths.ts";
import { pngSize } from "../support/links.ts";
import { publishedArticles } from "../support/content.ts";

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

/** The file in `root` an absolute URL on the site points to. */
function fileOf(url: string, root: string): string {
  const { pathname } = new URL(url);
  expect(`${new URL(url).origin}`).toBe(new URL(site.url).origin);
  return join(root, decodeURIComponent(pathname));
}

describe("share images of the built site", () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await htmlPages();
  });

  it("gives every HTML page an og:image that is a 1200×630 PNG in dist/", async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const doc = await page(path);
      const image = meta(doc, "og:image");
      expect(image, `${path}: og:image`).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
      const png = await readFile(fileOf(image!, distDir)).catch(() => undefined);
      expect(png, `${path}: ${image} exists in dist/`).toBeDefined();
      expect(pngSize(png!), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
    }
  });

  it("gives each page its own image, and the 404 the default", async () => {
    const images = new Map<string, string>();
    for (const path of pages) images.set(path, meta(await page(path), "og:image")!);
    expect(images.get("/")).toBe(`${site.url}/og/home.png`);
    expect(images.get("/404.html")).toBe(`${site.url}/og/default.png`);
    expect(images.get("/blackout/")).toBe(`${site.url}/og/blackout.png`);
    for (const article of publishedArticles) {
      expect(images.get(article.path), article.file).toBe(
        `${site.url}/og${article.path.replace(/\/$/, "")}.png`,
      );
    }
    // Home, the list pages and every article or brand page have an image of their own.
    const own = [...images]
      .filter(([path]) =>
        /^\/((blackout|instant-marketing|dossier|marchi)\/([^/]+\/)?)?$/.test(path),
      )
      .map(([, image]) => image);
    const published = checkContent(await readContentFiles(contentRoot)).entries.filter(
      (entry) => entry.data.draft !== true,
    );
    expect(own).toHaveLength(5 + published.length);
    expect(new Set(own).size, "no two of these pages share an image").toBe(own.length);
  });

  it("writes every Open Graph and Twitter tag on every page", async () => {
    for (const path of pages) {
      const doc = await page(path);
      const article = /^\/(blackout|instant-marketing|dossier)\/[^/]+\/$/.test(path);
      const expected: Record<string, string | RegExp> = {
        "og:type": article ? "article" : "website",
        "og:title": /\S/,
        "og:description": /.{10}/,
        // A page's own address; the 404, which declares none, is shared as the home page.
        "og:url":
          doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? `${site.url}/`,
        "og:locale": "it_IT",
        "og:site_name": site.name,
        "og:image:width": String(SHARE_IMAGE.width),
        "og:image:height": String(SHARE_IMAGE.height),
        "og:image:type": "image/png",
        "og:image:alt": /.{10}/,
        "twitter:card": "summary_large_image",
      };
      for (const [key, value] of Object.entries(expected)) {
        if (typeof value === "string") expect(meta(doc, key), `${path}: ${key}`).toBe(value);
        else expect(meta(doc, key), `${path}: ${key}`).toMatch(value);
      }
      if (article) {
        expect(meta(doc, "article:published_time"), path).toMatch(/^\d{4}-\d{2}-\d{2}/);
      } else {
        expect(meta(doc, "article:published_time"), path).toBeUndefined();
        expect(meta(doc, "article:modified_time"), path).toBeUndefined();
      }
    }
  });
});
