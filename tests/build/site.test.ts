import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { entryPath, type Section } from "../../src/content-model/urls.ts";
import { fileFor, htmlPages, page } from "../support/dist.ts";
import { liveEntries } from "../support/content.ts";
import { site } from "../../src/site.config.ts";

const published = await liveEntries();

describe("the built site", () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await htmlPages();
  });

  it("has every fixed route", () => {
    for (const path of [
      "/",
      "/blackout/",
      "/instant-marketing/",
      "/marchi/",
      "/dossier/",
      "/404.html",
    ]) {
      expect(pages, path).toContain(path);
    }
  });

  it.each(published.map((entry) => [entry.file, entry] as const))(
    "builds %s with its title, description, canonical URL and language",
    async (_file, entry) => {
      const path = entryPath(entry.collection as Section, entry.id);
      expect(existsSync(fileFor(path)), `${path} exists`).toBe(true);
      const doc = await page(path);
      const title = String(entry.data.title ?? entry.data.name);
      expect(doc.documentElement.getAttribute("lang")).toBe("it");
      expect(doc.querySelector("title")?.textContent).toContain(title);
      expect(doc.querySelector("h1")?.textContent?.trim()).toBe(title);
      const description = doc.querySelector('meta[name="description"]')?.getAttribute("content");
      expect(description?.length).toBeGreaterThan(10);
      if (entry.data.description) expect(description).toBe(String(entry.data.description).trim());
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        `${site.url}${path}`,
      );
    },
  );

  it("builds no page that has no content file behind it", () => {
    const articlePaths = pages.filter((path) =>
      /^\/(blackout|instant-marketing|dossier|marchi)\/[^/]+\/$/.test(path),
    );
    const expected = published.map((entry) => entryPath(entry.collection as Section, entry.id));
    expect(articlePaths.sort()).toEqual(expected.sort());
  });

  it("shows the sources of every article", async () => {
    for (const entry of published.filter((e) => e.collection !== "brands")) {
      const doc = await page(entryPath(entry.collection as Section, entry.id));
      const items = doc.querySelectorAll("#fonti + ol li");
      expect(items.length, entry.file).toBe((entry.data.sources as unknown[]).length);
    }
  });

  it("serves a 404 page that leads back into the site", async () => {
    const doc = await page("/404.html");
    expect(doc.querySelector("h1")?.textContent).toContain("non trovata");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    const links = [...doc.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/", "/blackout/", "/instant-marketing/"]));
  });
});
