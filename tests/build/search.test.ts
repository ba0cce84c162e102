import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTION_LABELS } from "../../src/content-model/labels.ts";
import { FILTER } from "../../src/search/search-text.ts";
import { yearsOf } from "../../src/search/search-facets.ts";
import { site } from "../../src/site.config.ts";
import { brandNames, publishedArticles } from "../support/content.ts";
import { htmlPages, page } from "../support/dist.ts";
import { distDir } from "../support/paths.ts";
import { searchRecords } from "../support/search-index.ts";

describe("the search index", async () => {
  const records = await searchRecords();
  const entry = JSON.parse(await readFile(join(distDir, "pagefind/pagefind-entry.json"), "utf8"));

  it("is Italian, so words are stemmed as Italian", () => {
    expect(Object.keys(entry.languages)).toEqual(["it"]);
  });

  it("holds one record per published article and none for any other page", () => {
    expect(entry.languages.it.page_count).toBe(publishedArticles.length);
    expect(records.map((r) => r.url).sort()).toEqual(publishedArticles.map((a) => a.path).sort());
  });

  it("records each article's title, kind and who it is about for the results and the filters", () => {
    for (const article of publishedArticles) {
      const record = records.find((r) => r.url === article.path)!;
      expect(record.meta.title, article.file).toBe(article.title);
      expect(record.filters[FILTER.kind], article.file).toEqual([SECTION_LABELS[article.kind]]);
      expect(record.filters[FILTER.who].sort(), article.file).toEqual(
        article.brands.map((slug) => brandNames.get(slug)).sort(),
      );
    }
  });

  it("files each blackout and post under the years of its event, as Rome counts them", () => {
    for (const article of publishedArticles.filter((a) => a.kind !== "dossier")) {
      const record = records.find((r) => r.url === article.path)!;
      expect(record.filters[FILTER.year], article.file).toEqual(yearsOf(article.event).map(String));
    }
  });

  it("files every article under at least one year, and every post under its platform", () => {
    for (const record of records) {
      expect(record.filters[FILTER.year]?.length, record.url).toBeGreaterThan(0);
      if (record.url.startsWith("/instant-marketing/")) {
        expect(record.filters[FILTER.platform], record.url).toHaveLength(1);
      }
    }
  });

  it("indexes the article's body, not navigation, footer or sources", () => {
    for (const record of records) {
      expect(record.content, record.url).not.toContain(site.tagline);
      expect(record.content, record.url).not.toContain("Vai al contenuto");
      expect(record.content, record.url).not.toContain("Condividi");
      expect(record.content, record.url).not.toContain("Fonti");
      // The body, however short an article is: not its headline alone.
      expect(record.content.trim().length, record.url).toBeGreaterThan(0);
      expect(record.content.trim(), record.url).not.toBe(record.meta.title);
    }
  });
});

describe("the search page", async () => {
  const doc = await page("/cerca/");

  it("says what it is and links the archive, even without JavaScript", () => {
    expect(doc.querySelector("h1")?.textContent).toContain("Cerca");
    const form = doc.querySelector("form[role=search]")!;
    expect(form.hasAttribute("hidden")).toBe(true);
    const visible = [...doc.querySelectorAll("main a")].filter((a) => !form.contains(a));
    expect(visible.map((a) => a.getAttribute("href"))).toContain("/cronologia/");
    expect(doc.querySelector("noscript")?.textContent).toContain("JavaScript");
  });

  it("offers filters by kind and by who the article is about", () => {
    const values = (name: string) =>
      [...doc.querySelectorAll(`input[type=checkbox][name=${name}]`)].map((i) =>
        i.getAttribute("value"),
      );
    expect(values(FILTER.kind)).toEqual(["Blackout", "Instant marketing", "Dossier"]);
    // Who the articles are about: a brand no article tells yet has no filter.
    const told = new Set(publishedArticles.flatMap((article) => article.brands));
    const names = [...brandNames].filter(([slug]) => told.has(slug)).map(([, name]) => name);
    expect(values(FILTER.who).sort()).toEqual(names.sort());
  });

  it("offers every year, platform and kind of brand the index holds, when there is a choice", async () => {
    const records = await searchRecords();
    for (const group of [FILTER.year, FILTER.platform, FILTER.whoKind]) {
      const indexed = new Set(records.flatMap((record) => record.filters[group] ?? []));
      const offered = [...doc.querySelectorAll(`input[type=checkbox][name=${group}]`)].map(
        (input) => input.getAttribute("value"),
      );
      expect(new Set(offered), group).toEqual(indexed.size > 1 ? indexed : new Set());
      expect(offered, group).toHaveLength(new Set(offered).size);
    }
  });
});

describe("JavaScript", () => {
  it("runs on the search page only: elsewhere a script may only carry JSON-LD data", async () => {
    const offenders: string[] = [];
    for (const path of await htmlPages()) {
      const scripts = [...(await page(path)).querySelectorAll("script")];
      const code = scripts.filter((s) => s.getAttribute("type") !== "application/ld+json");
      if (path === "/cerca/") expect(code.length, path).toBeGreaterThan(0);
      else if (code.length > 0) offenders.push(path);
    }
    expect(offenders).toEqual([]);
  });

  it("is not loaded by any other means: no module preload, no inline handler", async () => {
    for (const path of await htmlPages()) {
      if (path === "/cerca/") continue;
      const html = await readFile(
        join(distDir, path.endsWith("/") ? `${path}index.html` : path),
        "utf8",
      );
      expect(html, path).not.toMatch(/<link[^>]+rel="modulepreload"|\son[a-z]+="|javascript:/i);
    }
  });
});
