/**
 * The benchmark's generated corpus, built for real at a small size: if the schema changes
 * and the generator falls behind, this fails before `npm run bench` does.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusShape, generateCorpus } from "../../scripts/lib/synthetic-corpus.ts";
import { checkContent } from "../../src/content-check/content-check.ts";
import { tagSlug } from "../../src/catalog/tags.ts";
import { entryPath, sectionPath, type Section } from "../../src/content-model/urls.ts";
import { pngSize } from "../support/links.ts";
import { buildCorpus, type BuildResult } from "../support/build.ts";
import { htmlPages, page } from "../support/dist.ts";
import { outputDir } from "../support/paths.ts";

const ARTICLES = 50;

describe(`a generated corpus of ${ARTICLES} articles`, () => {
  const files = generateCorpus({ articles: ARTICLES });
  const shape = corpusShape(ARTICLES);
  let result: BuildResult;
  let pages: string[];

  beforeAll(async () => {
    const content = join(outputDir, "scale-content");
    await rm(content, { recursive: true, force: true });
    for (const file of files) {
      const path = join(content, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
    result = await buildCorpus("scale", content);
    pages = result.code === 0 ? await htmlPages(result.outDir) : [];
  });

  it("builds", () => {
    expect(result.code, result.output).toBe(0);
  });

  it("has a page for every entry, every list and every tag", () => {
    const entries: Array<[Section, string[]]> = [
      ["outages", shape.outages],
      ["cases", shape.cases],
      ["dossier", shape.dossier],
      ["brands", shape.brands],
    ];
    const tags = checkContent(files).entries.flatMap((entry) =>
      Array.isArray(entry.data.tags) ? (entry.data.tags as string[]) : [],
    );
    const expected = [
      "/",
      "/tag/",
      ...entries.map(([section]) => sectionPath(section)),
      ...entries.flatMap(([section, ids]) => ids.map((id) => entryPath(section, id))),
      ...new Set(tags.map((tag) => `/tag/${tagSlug(tag)}/`)),
    ];
    expect(expected.length).toBeGreaterThan(ARTICLES);
    for (const path of expected) expect(pages, path).toContain(path);
  });

  it("gives every page a 1200×630 PNG share image that exists", async () => {
    expect(pages.length).toBeGreaterThan(ARTICLES);
    for (const path of pages) {
      const doc = await page(path, result.outDir);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(image, `${path}: og:image`).toMatch(/\/og\/.+\.png$/);
      const file = join(result.outDir, decodeURIComponent(new URL(image!).pathname));
      const png = await readFile(file).catch(() => undefined);
      expect(png, `${path}: ${image} exists`).toBeDefined();
      expect(pngSize(png!), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
    }
  });
});
