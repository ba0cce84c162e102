/**
 * The authors' main actions never turn the tests red: on a copy of `content/`, add a valid
 * case study the way AUTHORING.md shows (a screenshot beside it, a `Statement`, a `PostCard`
 * with the screenshot) and remove an article nothing links to; then the content and site
 * tests run again on that copy, in a vitest of their own, and must all pass. The new case
 * must reach its page, with an optimised picture, its share image, the feed, the sitemap
 * and the search index.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import type { EntryReference } from "../../src/content-model/schema.ts";
import { run } from "../support/build.ts";
import { fileFor, page } from "../support/dist.ts";
import { contentRoot, outputDir } from "../support/paths.ts";
import { searchRecords } from "../support/search-index.ts";

const root = join(outputDir, "authors-path");
const content = join(root, "content");
const dist = join(root, "dist");
const SLUG = "un-caso-aggiunto-da-un-autore";

/** The property tests over live content: what must hold for any valid content. */
const CONTENT_TESTS = [
  "tests/build/content.test.ts",
  "tests/build/site.test.ts",
  "tests/build/feeds.test.ts",
  "tests/build/search.test.ts",
  "tests/build/navigation.test.ts",
  "tests/build/structured-data.test.ts",
  "tests/build/quotes.test.ts",
];

async function changedCopy(): Promise<{ removed: string }> {
  await rm(root, { recursive: true, force: true });
  await cp(contentRoot, content, { recursive: true });
  const files = await readContentFiles(content);
  const { entries } = checkContent(files);
  const brand = entries.find((entry) => entry.collection === "brands")!;

  // Remove an article nothing points to, as an author retiring a story would.
  const pointedTo = new Set(
    JSON.stringify(entries.map((e) => e.data))
      .match(/"id":"[^"]+","collection":"[^"]+"/g)
      ?.map((ref) => {
        const { id, collection } = JSON.parse(`{${ref}}`) as EntryReference;
        return `${collection}/${id}`;
      }),
  );
  // Nor from any body: a link in the prose would rightly break without it.
  const bodies = files.map((file) => file.text).join("\n");
  const removable = entries.find(
    (e) =>
      e.collection !== "brands" &&
      !pointedTo.has(`${e.collection}/${e.id}`) &&
      !bodies.includes(`/${e.id}/`),
  )!;
  await rm(join(content, removable.file));

  await mkdir(join(content, "cases/immagini"), { recursive: true });
  await sharp({ create: { width: 900, height: 600, channels: 3, background: "#141414" } })
    .png()
    .toFile(join(content, "cases/immagini/post-di-prova.png"));
  await writeFile(
    join(content, `cases/${SLUG}.mdx`),
    `---
title: "Un caso aggiunto da un autore"
description: "Un caso scritto seguendo AUTHORING.md, con lo screenshot del post."
published: 2026-11-02
brand: ${brand.id}
platform: twitter
date: { day: 2026-11-01, part: evening }
event: "Una prova del percorso degli autori"
post:
  account: "${String(brand.data.name)}"
  media: "Un fotogramma scuro con una scritta bianca."
  image: ./immagini/post-di-prova.png
  alt: "Lo screenshot del post: un fotogramma scuro con una scritta bianca."
sources:
  - title: "Un articolo di prova"
    publisher: "Una testata di prova"
    url: https://example.com/prova
tags: [prova]
---
import screenshot from "./immagini/post-di-prova.png";

Un paragrafo che racconta il post, con parole proprie.

![Il post come appariva nel feed](./immagini/post-di-prova.png)

<Statement who="${String(brand.data.name)}" text="Una dichiarazione di prova." />

<PostCard
  account="${String(brand.data.name)}"
  platform="twitter"
  date={{ day: "2026-11-01", part: "evening" }}
  media="Lo stesso post, visto da vicino."
  image={screenshot}
  alt="Lo screenshot del post, ingrandito."
/>
`,
  );
  return { removed: removable.file };
}

describe("an author adds a case study and removes an article", () => {
  let result: { code: number | null; output: string };
  let removed: string;

  beforeAll(async () => {
    ({ removed } = await changedCopy());
    result = await run("npx", ["vitest", "run", "--project", "build", ...CONTENT_TESTS], {
      CONTENT_DIR: content,
      SCHERMO_NERO_DIST: dist,
      SCHERMO_NERO_OUTPUT: join(root, "output"),
      ASTRO_CACHE_DIR: join(root, "cache"),
      SCHERMO_NERO_BUILT: "",
    });
  }, 600_000);

  it("keeps the content and site tests green on the changed copy", () => {
    expect(result.code, result.output.slice(-8000)).toBe(0);
    expect(result.output).toMatch(new RegExp(`Test Files\\s+${CONTENT_TESTS.length} passed`));
  });

  it("publishes the new case with an optimised screenshot", async () => {
    const path = `/instant-marketing/${SLUG}/`;
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
    const path = `/instant-marketing/${SLUG}/`;
    const og = (await page(path, dist))
      .querySelector('meta[property="og:image"]')
      ?.getAttribute("content");
    expect(og).toMatch(new RegExp(`/og/instant-marketing/${SLUG}\\.png$`));
    await expect(readFile(fileFor(new URL(og!).pathname, dist))).resolves.toBeInstanceOf(Buffer);
    expect(await readFile(join(dist, "rss.xml"), "utf8")).toContain(path);
    const sitemaps = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    const urls = await Promise.all(sitemaps.map((name) => readFile(join(dist, name), "utf8")));
    expect(urls.join("")).toContain(path);
    expect((await searchRecords(dist)).map((record) => record.url)).toContain(path);
  });

  it("leaves the removed article out of the site", async () => {
    const section = removed.startsWith("outages/")
      ? "blackout"
      : removed.startsWith("cases/")
        ? "instant-marketing"
        : "dossier";
    const slug = removed.split("/")[1].replace(/\.mdx$/, "");
    await expect(readFile(fileFor(`/${section}/${slug}/`, dist))).rejects.toThrow();
  });
});
