import { describe, expect, it } from "vitest";
import { ARTICLE_KINDS } from "../../src/catalog/articles.ts";
import { SECTION_LABELS } from "../../src/content-model/labels.ts";
import { tagSlug } from "../../src/catalog/tags.ts";
import { entryPath, OUR_READING_PATH } from "../../src/content-model/urls.ts";
import { monthsKey } from "../../src/catalog/order.ts";
import { whenSpan } from "../../src/content-model/time.ts";
import { liveEntries, publishedArticles } from "../support/content.ts";
import { htmlPages, page } from "../support/dist.ts";

const hrefs = (root: ParentNode | null, selector: string) =>
  [...(root?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute("href"));

describe("the front page", () => {
  it("points to the site's argument, a section that exists", async () => {
    const home = await page("/");
    const link = home.querySelector("[data-our-reading] a");
    expect(link?.getAttribute("href")).toBe(OUR_READING_PATH);
    const [path, id] = OUR_READING_PATH.split("#");
    expect((await page(path)).getElementById(id)).not.toBeNull();
  });
});

describe("tag pages", () => {
  const tags = new Map<string, Set<string>>();
  for (const article of publishedArticles)
    for (const tag of article.tags)
      tags.set(tagSlug(tag), (tags.get(tagSlug(tag)) ?? new Set()).add(article.path));

  it("exist for every tag used in content, and only for those", async () => {
    const pages = (await htmlPages()).filter((path) => /^\/tag\/[^/]+\/$/.test(path));
    expect(pages.sort()).toEqual([...tags.keys()].map((slug) => `/tag/${slug}/`).sort());
  });

  it("each list exactly the articles that carry the tag", async () => {
    for (const [slug, paths] of tags) {
      const doc = await page(`/tag/${slug}/`);
      expect(hrefs(doc, "main article h2 a").sort(), slug).toEqual([...paths].sort());
    }
  });

  it("are linked from an index and from every article that carries them", async () => {
    const index = await page("/tag/");
    expect(hrefs(index, "main ul a").sort()).toEqual(
      [...tags.keys()].map((s) => `/tag/${s}/`).sort(),
    );
    for (const article of publishedArticles) {
      const doc = await page(article.path);
      expect(hrefs(doc, 'a[rel="tag"]'), article.file).toEqual(
        article.tags.map((tag) => `/tag/${tagSlug(tag)}/`),
      );
    }
  });
});

describe("the chronology", async () => {
  const doc = await page("/cronologia/");

  it("links every published article exactly once", () => {
    expect(hrefs(doc, "main section li a").sort()).toEqual(
      publishedArticles.map((a) => a.path).sort(),
    );
  });

  it("groups articles under Italian month names and says which date it uses", () => {
    const months = [...doc.querySelectorAll("main h3")].map((h) => h.textContent?.trim());
    const italianMonth =
      /^(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)/i;
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(month).toMatch(italianMonth);
    expect(doc.querySelector("main")?.textContent).toContain("data dei fatti");
  });

  it("files each outage and case under the months its event spans", () => {
    // A dossier is filed by the stories it covers (tests/unit/order.test.ts).
    for (const article of publishedArticles.filter((a) => a.kind !== "dossier")) {
      const months = monthsKey(whenSpan(article.event));
      const section = doc.querySelector(`[aria-labelledby="mese-${months}"]`);
      expect(section, article.file).not.toBeNull();
      expect(hrefs(section, "a"), article.file).toContain(article.path);
    }
  });
});

describe("article pages", () => {
  it.each(publishedArticles.map((a) => [a.file, a] as const))(
    "%s has breadcrumbs, reading time and share links",
    async (_file, article) => {
      const doc = await page(article.path);
      const trail = doc.querySelector('nav[aria-label="Percorso"]');
      expect(hrefs(trail, "a")).toEqual(["/", `/${article.path.split("/")[1]}/`]);
      expect(trail?.textContent).toContain(SECTION_LABELS[article.kind]);
      const readingTimes = [...doc.querySelectorAll("article header span")]
        .map((span) => span.textContent?.trim() ?? "")
        .filter((text) => text.endsWith("di lettura"));
      expect(readingTimes, article.file).toHaveLength(1);
      expect(readingTimes[0]).toMatch(/^(1 minuto|([2-9]|\d{2,}) minuti) di lettura$/);
      const share = doc.querySelector('[aria-labelledby="condividi"]')!;
      const links = [...share.querySelectorAll("a[data-share]")];
      expect(links.map((a) => a.getAttribute("data-share"))).toEqual([
        "x",
        "facebook",
        "linkedin",
        "whatsapp",
        "email",
      ]);
      for (const link of links) {
        expect(link.getAttribute("href"), link.getAttribute("data-share")!).toContain(
          encodeURIComponent(article.url),
        );
        expect(link.getAttribute("rel")).toBe("noopener noreferrer");
      }
      const address = share.querySelector("[data-share-url]")!;
      expect(address.textContent).toBe(article.url);
      expect(address.classList.contains("select-all"), "one click selects the address").toBe(true);
      expect(address.parentElement?.textContent).toMatch(/copia il link/);
    },
  );

  it.each(ARTICLE_KINDS.map((kind) => [SECTION_LABELS[kind], kind] as const))(
    "%s: previous and next links walk through every article of the kind, in both directions",
    async (_label, kind) => {
      const paths = publishedArticles.filter((a) => a.kind === kind).map((a) => a.path);
      const links = new Map<string, { prev?: string; next?: string }>();
      for (const path of paths) {
        const doc = await page(path);
        links.set(path, {
          prev: doc.querySelector('a[rel="prev"]')?.getAttribute("href") ?? undefined,
          next: doc.querySelector('a[rel="next"]')?.getAttribute("href") ?? undefined,
        });
      }
      const newest = paths.filter((path) => !links.get(path)!.next);
      expect(newest).toHaveLength(paths.length > 0 ? 1 : 0);
      const walked: string[] = [];
      for (let at: string | undefined = newest[0]; at; at = links.get(at)?.prev) {
        const prev = links.get(at)!.prev;
        if (prev) expect(links.get(prev)?.next, `${prev} leads back to ${at}`).toBe(at);
        walked.push(at);
      }
      expect(walked.sort()).toEqual([...paths].sort());
    },
  );

  it("puts a reply after the post it answers: «Precedente» leads from the reply to the post", async () => {
    const live = await liveEntries();
    const liveCases = new Set(live.filter((e) => e.collection === "cases").map((e) => e.id));
    const replies = live.flatMap((entry) => {
      const post = (entry.data.inResponseTo as { id: string } | undefined)?.id;
      return entry.collection === "cases" && post && liveCases.has(post)
        ? [{ reply: entryPath("cases", entry.id), post: entryPath("cases", post) }]
        : [];
    });
    for (const { reply, post } of replies) {
      const before: string[] = [];
      for (let at = reply; at;) {
        const prev = (await page(at)).querySelector('a[rel="prev"]')?.getAttribute("href");
        if (!prev) break;
        before.push(prev);
        at = prev;
      }
      expect(before, `${reply} comes after ${post}`).toContain(post);
    }
  });
});
