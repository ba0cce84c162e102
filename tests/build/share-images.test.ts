import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { SHARE_IMAGE } from "../../src/share-images/share-image-urls.ts";
import { site } from "../../src/site.config.ts";
import { buildCorpus } from "../support/build.ts";
import { htmlPages, page } from "../support/dist.ts";
import { contentRoot, distDir, fixturesDir, outputDir } from "../support/paths.ts";
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

describe("incremental share images (fixture corpus)", () => {
  const name = "share-images";
  const content = join(outputDir, name, "content");
  const ogCache = join(outputDir, name, "cache", "og");
  const summary = (output: string) => output.match(/share images: (\d+) drawn, (\d+) reused/);

  /** A made-up Netflix outage in the test corpus; `title` is written as a YAML string. */
  async function writeOutage(
    slug: string,
    o: { title: string; description: string; published: string; hashtag: string; extra?: string[] },
  ) {
    const frontmatter = [
      `title: "${o.title}"`,
      `description: "${o.description}"`,
      `published: ${o.published}`,
      ...(o.extra ?? []),
      "brand: netflix",
      `hashtag: "${o.hashtag}"`,
      `start: ${o.published}`,
      "scope: local",
      "sources:",
      "  - title: Fonte di prova",
    ];
    await writeFile(
      join(content, `outages/${slug}.mdx`),
      ["---", ...frontmatter, "---", "", "Testo di prova.", ""].join("\n"),
    );
  }

  // Three real builds in a row: a generous limit for a busy machine.
  it(
    "draws every image cold, none on a second build, and one after a title changes",
    { timeout: 360_000 },
    async () => {
      await rm(join(outputDir, name), { recursive: true, force: true });
      await cp(join(fixturesDir, "corpus-valid"), content, { recursive: true });
      // An outage whose title has an emoji and a character no bundled font has.
      await writeOutage("guasto-simboli", {
        title: "Il guasto ∰ con un’emoji 🤗",
        description: "Un blackout inventato per i test delle immagini di condivisione.",
        published: "2024-03-05",
        extra: ["updated: 2024-03-06T10:30:00+01:00"],
        hashtag: "#SimboliDown",
      });
      // An outage whose title holds the space-like characters the fonts lack (YAML escapes); a
      // control character such as \v is refused by the content check before any drawing.
      await writeOutage("guasto-spazi", {
        title: "Il guasto\\u2028con\\u2029ogni\\u202Fspazio\\u2003che\\u205Fi\\u3000font non hanno",
        description: "Un blackout inventato per i test degli spazi nelle immagini.",
        published: "2024-03-07",
        hashtag: "#SpaziDown",
      });

      const cold = await buildCorpus(name, content);
      expect(cold.code, cold.output).toBe(0);
      const [, drawn, reused] = summary(cold.output) ?? [];
      expect(Number(drawn), cold.output).toBeGreaterThanOrEqual(9);
      expect(Number(reused)).toBe(0);
      // Images are planned from the content check's entries, drafts left out as the pages
      // leave them out: a cold build draws exactly the images it ships.
      const shipped = (await readdir(join(cold.outDir, "og"), { recursive: true })).filter((file) =>
        file.endsWith(".png"),
      );
      expect(Number(drawn), cold.output).toBe(shipped.length);
      expect(cold.output).toMatch(
        /share images: \S*outages\/guasto-simboli\.mdx: "∰" \(U\+2230\) cannot be drawn by the bundled fonts or emoji; left out of \/og\/blackout\/guasto-simboli\.png/,
      );
      expect(cold.output).not.toContain("🤗");
      for (const point of ["2028", "2029", "202F", "2003", "205F", "3000"]) {
        expect(cold.output).toMatch(
          new RegExp(
            String.raw`share images: \S*outages/guasto-spazi\.mdx: .*U\+${point}.*: a space no bundled font has, drawn as a plain space in /og/blackout/guasto-spazi\.png`,
          ),
        );
      }
      const doc = await page("/blackout/guasto-simboli/", cold.outDir);
      expect(meta(doc, "og:type")).toBe("article");
      expect(meta(doc, "article:published_time")).toBe("2024-03-05");
      expect(meta(doc, "article:modified_time")).toBe("2024-03-06T09:30:00.000Z");
      const total = Number(drawn);

      const warm = await buildCorpus(name, content);
      expect(warm.code, warm.output).toBe(0);
      expect(summary(warm.output)?.slice(1), warm.output).toEqual(["0", String(total)]);

      const file = join(content, "outages/prova-down.mdx");
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text.replace('title: "Un blackout di prova"', 'title: "Un titolo nuovo"'),
      );
      const edited = await buildCorpus(name, content);
      expect(edited.code, edited.output).toBe(0);
      expect(summary(edited.output)?.slice(1), edited.output).toEqual(["1", String(total - 1)]);
      const png = await readFile(join(edited.outDir, "og/blackout/prova-down.png"));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      // The cache lives beside the build, not in it: one PNG per key, the old title's included.
      const cached = (await readdir(ogCache)).filter((file) => file.endsWith(".png"));
      expect(cached).toHaveLength(total + 1);
    },
  );
});
