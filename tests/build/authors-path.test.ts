/**
 * The authors' main actions never turn the tests red: on a copy of `content/`, an author
 * adds a valid case study the way AUTHORING.md shows (a screenshot beside it, a `Statement`,
 * a `PostCard` with the screenshot) and removes an article nothing links to
 * (`tests/support/authors-copy.ts`). The global setup builds the copy; the `authors`
 * project of vitest.config.ts runs the site's property tests on that build, and this file
 * follows the new case to its page, an optimised picture, its share image, the feed, the
 * sitemap and the search index.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADDED_CASE, removedArticle } from "../support/authors-copy.ts";
import { fileFor, page } from "../support/dist.ts";
import { authorsContentDir, authorsDist as dist, contentRoot, distDir } from "../support/paths.ts";
import { searchRecords } from "../support/search-index.ts";

const path = `/instant-marketing/${ADDED_CASE}/`;

describe("an author adds a case study and removes an article", () => {
  it("is what this project's property tests read: the copy and its build", () => {
    // Workers share modules between files (isolate: false), never between projects.
    expect([contentRoot, distDir]).toEqual([authorsContentDir, dist]);
  });

  it("publishes the new case with an optimised screenshot", async () => {
    const doc = await page(path, dist);
    const images = [...doc.querySelectorAll("article img")];
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      expect(img.getAttribute("src")).toMatch(/^\/_astro\/post-di-prova\.[\w-]+\.webp$/);
      expect(img.getAttribute("alt")?.length).toBeGreaterThan(5);
      expect(img.getAttribute("loading")).toBe("lazy");
    }
    expect(doc.querySelector("article figure blockquote")?.textContent).toContain(
      "Una dichiarazione di prova.",
    );
  });

  it("gives the new case its share image, feed item, sitemap entry and search record", async () => {
    const og = (await page(path, dist))
      .querySelector('meta[property="og:image"]')
      ?.getAttribute("content");
    expect(og).toMatch(new RegExp(`/og/instant-marketing/${ADDED_CASE}\\.png$`));
    await expect(readFile(fileFor(new URL(og!).pathname, dist))).resolves.toBeInstanceOf(Buffer);
    expect(await readFile(join(dist, "rss.xml"), "utf8")).toContain(path);
    const sitemaps = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const urls = await Promise.all(sitemaps.map((name) => readFile(join(dist, name), "utf8")));
    expect(urls.join("")).toContain(path);
    expect((await searchRecords(dist)).map((record) => record.url)).toContain(path);
  });

  it("leaves the removed article out of the site", async () => {
    const removed = await removedArticle(authorsContentDir);
    const section = removed.startsWith("outages/")
      ? "blackout"
      : removed.startsWith("cases/")
        ? "instant-marketing"
        : "dossier";
    const slug = removed.split("/")[1]!.replace(/\.mdx$/, "");
    expect(slug.length).toBeGreaterThan(0);
    await expect(readFile(fileFor(`/${section}/${slug}/`, dist))).rejects.toThrow();
  });
});
