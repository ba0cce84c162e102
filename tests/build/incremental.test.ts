/**
 * Incremental builds (`experimental.incrementalBuild` with the keys of
 * `src/catalog/page-keys.ts`, share images from their own cache) must be invisible to
 * readers, and must pay. One cycle on the benchmark's generated corpus, five builds:
 *
 * 1. cold: every page rendered, every share image drawn, and the corpus complete (a page
 *    for every entry, list and tag; the benchmark's generator kept in step with the schema);
 * 2. warm, nothing changed: every keyed page, share image and the search index reused;
 * 3. one article's prose and a picture its body shows: only those two pages rendered again;
 * 4. one combined edit through every kind of link between pages (frontmatter, a post's
 *    screenshot, a brand, a new article, a post on another outage's day): what changed is
 *    redrawn, the rest reused;
 * 5. a clean build of the same content: byte for byte the site the incremental one gave.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { corpusShape, generateCorpus } from "../../scripts/lib/synthetic-corpus.ts";
import { checkContent } from "../../src/content-check/content-check.ts";
import { tagSlug } from "../../src/catalog/tags.ts";
import { entryPath, sectionPath, type Section } from "../../src/content-model/urls.ts";
import { buildCorpus, type BuildResult } from "../support/build.ts";
import { htmlPages, page } from "../support/dist.ts";
import { pngSize } from "../support/links.ts";
import { outputDir } from "../support/paths.ts";

const ARTICLES = 12;
const name = "incremental";
const content = join(outputDir, name, "content");
const ogCache = join(outputDir, name, "cache", "og");
const keyed = /^\/(blackout|instant-marketing|dossier|marchi|tag)\/[^/]+\/index/;

/**
 * The pages Astro rendered, and those it copied from the last build, from the build log. With
 * several pages in flight (`build.concurrency`) a rendered page's line can run straight into
 * the next page's timestamp: a path ends at its extension; a copied one says so right after.
 */
function generated(output: string) {
  const lines = [
    ...output.matchAll(/[├└]─ (\/\S*?\.[a-z]+)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g),
  ];
  return {
    rendered: lines.filter((line) => !line[2]).map((line) => line[1]),
    reused: lines.filter((line) => line[2]).map((line) => line[1]),
  };
}

/** The share images a build drew and reused, from its summary line. */
function images(output: string): { drawn: number; reused: number } {
  const [, drawn, reused] = /share images: (\d+) drawn, (\d+) reused/.exec(output) ?? [];
  return { drawn: Number(drawn), reused: Number(reused) };
}

async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

async function edit(path: string, change: (text: string) => string) {
  const file = join(content, path);
  const before = await readFile(file, "utf8");
  const after = change(before);
  expect(after, `${path} should change`).not.toBe(before);
  await writeFile(file, after);
}

/** A small PNG of one colour: the same name with another colour is a new screenshot. */
async function picture(path: string, colour: string) {
  const png = await sharp({
    create: { width: 16, height: 9, channels: 3, background: colour },
  })
    .png()
    .toBuffer();
  await writeFile(join(content, path), png);
}

/** A made-up outage of the first generated brand; `title` is written as a YAML string. */
async function writeOutage(
  slug: string,
  o: { title: string; description: string; published: string; hashtag: string; extra?: string[] },
) {
  const frontmatter = [
    `title: "${o.title}"`,
    `description: "${o.description}"`,
    `published: ${o.published}`,
    ...(o.extra ?? []),
    "brand: marchio-0001",
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

/** Each article of the generated corpus, with the frontmatter fields that link it to others. */
async function corpusLinks() {
  const read = async (section: string) =>
    Promise.all(
      (await readdir(join(content, section)))
        .filter((file) => file.endsWith(".mdx") && !file.startsWith("guasto-"))
        .sort()
        .map(async (file) => {
          const text = await readFile(join(content, section, file), "utf8");
          const field = (key: string) => new RegExp(`^${key}: (.+)$`, "m").exec(text)?.[1];
          return {
            path: `${section}/${file}`,
            id: file.replace(/\.mdx$/, ""),
            outage: field("outage"),
            inResponseTo: field("inResponseTo"),
            brand: field("brand"),
            stories: field("outages"),
          };
        }),
    );
  return {
    outages: await read("outages"),
    cases: await read("cases"),
    dossier: await read("dossier"),
  };
}

/**
 * Moves an outage no post answers (the host) onto the start of one a post answers, without
 * its end: the host's day chart then draws that post, which answers the other outage. (The
 * other way round, the post could come before its outage's new start, which the check refuses.)
 */
async function guestOnAnotherDay() {
  const { outages, cases } = await corpusLinks();
  const guest = outages.find((entry) => cases.some((c) => c.outage === entry.id));
  const host = outages.find(
    (entry) => entry !== guest && !cases.some((c) => c.outage === entry.id),
  );
  const post = cases.find((entry) => entry.outage === guest?.id);
  expect([guest, host, post]).not.toContain(undefined);
  const guestStart = /^start: .*$/m.exec(await readFile(join(content, guest!.path), "utf8"))?.[0];
  expect(guestStart).toBeDefined();
  await edit(host!.path, (text) =>
    text.replace(/^start: .*$/m, guestStart!).replace(/^end: .*\n/m, ""),
  );
  return { host: host!, post: post! };
}

describe(`incremental builds (generated corpus of ${ARTICLES} articles)`, () => {
  const corpus = generateCorpus({ articles: ARTICLES });
  const shape = corpusShape(ARTICLES);
  let cold: BuildResult;
  let coldPages: string[];
  /** An outage's chart draws the posts of its whole day, which may answer another outage. */
  let dayChart: Awaited<ReturnType<typeof guestOnAnotherDay>>;

  beforeAll(async () => {
    await rm(join(outputDir, name), { recursive: true, force: true });
    for (const file of corpus) {
      const path = join(content, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
    // Two screenshots: one a body names, one in a post's frontmatter.
    await mkdir(join(content, "cases/immagini"));
    await picture("cases/immagini/corpo.png", "#cc2200");
    await picture("cases/immagini/post.png", "#0044cc");
    await edit(
      "cases/caso-0003.mdx",
      (text) => `${text}\n![Lo screenshot del post](./immagini/corpo.png)\n`,
    );
    await edit("cases/caso-0002.mdx", (text) =>
      text.replace(
        /^post:\n/m,
        "post:\n  image: ./immagini/post.png\n  alt: Lo screenshot del post.\n",
      ),
    );
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
    dayChart = await guestOnAnotherDay();
    cold = await buildCorpus(name, content);
    coldPages = cold.code === 0 ? await htmlPages(cold.outDir) : [];
  });

  it("builds the generated corpus: a page for every entry, every list and every tag", () => {
    expect(cold.code, cold.output).toBe(0);
    const sections: Array<[Section, string[]]> = [
      ["outages", shape.outages],
      ["cases", shape.cases],
      ["dossier", shape.dossier],
      ["brands", shape.brands],
    ];
    const tags = checkContent(corpus).entries.flatMap((entry) =>
      Array.isArray(entry.data.tags) ? (entry.data.tags as string[]) : [],
    );
    const expected = [
      "/",
      "/tag/",
      ...sections.map(([section]) => sectionPath(section)),
      ...sections.flatMap(([section, ids]) => ids.map((id) => entryPath(section, id))),
      ...new Set(tags.map((tag) => `/tag/${tagSlug(tag)}/`)),
    ];
    expect(expected.length).toBeGreaterThan(ARTICLES);
    for (const path of expected) expect(coldPages, path).toContain(path);
  });

  it("renders every page and draws every share image it ships on a cold build", async () => {
    expect(generated(cold.output).reused).toEqual([]);
    const shipped = (await readdir(join(cold.outDir, "og"), { recursive: true })).filter((file) =>
      file.endsWith(".png"),
    );
    // Images are planned from the content check's entries, drafts left out as the pages leave
    // them out: a cold build draws exactly the images it ships.
    expect(images(cold.output), cold.output).toEqual({ drawn: shipped.length, reused: 0 });
    for (const path of coldPages) {
      const doc = await page(path, cold.outDir);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(image, `${path}: og:image`).toMatch(/\/og\/.+\.png$/);
      const file = join(cold.outDir, decodeURIComponent(new URL(image!).pathname));
      const png = await readFile(file).catch(() => undefined);
      expect(png, `${path}: ${image} exists`).toBeDefined();
      expect(pngSize(png!), `${path}: ${image}`).toEqual({ width: 1200, height: 630 });
    }
  });

  it("says which characters of a title its share image cannot draw, and draws the rest", async () => {
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
    const meta = (key: string) =>
      doc.querySelector(`meta[property="${key}"]`)?.getAttribute("content");
    expect(meta("og:type")).toBe("article");
    expect(meta("article:published_time")).toBe("2024-03-05");
    expect(meta("article:modified_time")).toBe("2024-03-06T09:30:00.000Z");
  });

  it("reuses every keyed page, every share image and the search index when nothing changed", async () => {
    const warm = await buildCorpus(name, content);
    expect(warm.code, warm.output).toBe(0);
    const { rendered, reused } = generated(warm.output);
    // Article, brand and tag pages are keyed; lists and feeds always render.
    expect(reused).toContain("/instant-marketing/caso-0001/index.html");
    expect(rendered.filter((path) => keyed.test(path))).toEqual([]);
    expect(images(warm.output)).toEqual({ drawn: 0, reused: images(cold.output).drawn });
    expect(warm.output).toContain("search index: no page changed, the last index reused");
  });

  it("renders again only the pages whose prose or pictures changed", async () => {
    await edit(
      "cases/caso-0001.mdx",
      (text) => `${text}\nUn paragrafo aggiunto dopo la prima build.\n`,
    );
    await picture("cases/immagini/corpo.png", "#22aa00");
    const build = await buildCorpus(name, content);
    expect(build.code, build.output).toBe(0);
    const renderedKeyed = generated(build.output).rendered.filter((path) => keyed.test(path));
    expect(renderedKeyed.sort()).toEqual([
      "/instant-marketing/caso-0001/index.html",
      "/instant-marketing/caso-0003/index.html",
    ]);
    expect(images(build.output).drawn).toBe(0);
    const html = await readFile(
      join(build.outDir, "instant-marketing/caso-0001/index.html"),
      "utf8",
    );
    expect(html).toContain("Un paragrafo aggiunto dopo la prima build.");
  });

  it(
    "gives, after edits through every kind of link between pages, a clean build's bytes",
    { timeout: 300_000 },
    async () => {
      const { outages, cases, dossier } = await corpusLinks();
      const retitle = (path: string, words: string) =>
        edit(path, (text) => text.replace(/^title: "/m, `title: "${words}: `));
      const answered = cases.find((entry) => cases.some((c) => c.inResponseTo === entry.id));
      const reaction = cases.find(
        (entry) => entry.outage && entry !== answered && entry.id !== dayChart.post.id,
      );
      const trigger = outages.find((entry) => entry.id === reaction?.outage);
      const story = dossier[0]?.stories?.match(/blackout-\d+/)?.[0];
      // Not the host of the day chart, nor its guest: they must stay on one day.
      const movedOutage = outages.find(
        (entry) =>
          entry !== trigger &&
          entry.id !== story &&
          entry.id !== dayChart.host.id &&
          entry.id !== dayChart.post.outage,
      );
      const movedCase = cases.find(
        (entry) => entry !== answered && entry !== reaction && entry.id !== dayChart.post.id,
      );
      expect([answered, reaction, trigger, story, movedOutage, movedCase]).not.toContain(undefined);
      const retitledImage = join(cold.outDir, `og/blackout/${trigger!.id}.png`);
      const imageBefore = await readFile(retitledImage);

      // A case's answers, the stories of a dossier, related articles: a retitled answered case.
      await retitle(answered!.path, "Risposto");
      // An outage's reactions: a retitled case that reacts to it.
      await retitle(reaction!.path, "Reazione");
      // A case's outage: a new hashtag and title for it (and so a new share image).
      await edit(trigger!.path, (text) => text.replace(/^hashtag: "#/m, 'hashtag: "#Nuovo'));
      await retitle(trigger!.path, "Innesco");
      // A dossier's stories and a brand's outages: a story with a new standfirst.
      await edit(`outages/${story}.mdx`, (text) =>
        text.replace(/^description: "/m, 'description: "Riscritto: '),
      );
      // Previous and next, and the order of every list: an outage moved in time.
      await edit(movedOutage!.path, (text) => text.replace(/^start: \d{4}/m, "start: 2017"));
      // A brand page's cases: a case that changes brand.
      await edit(movedCase!.path, (text) =>
        text.replace(/^brand: .*$/m, (line) =>
          line === "brand: marchio-0001" ? "brand: marchio-0002" : "brand: marchio-0001",
        ),
      );
      // The brand of every article it signs: a new name and colour.
      await edit("brands/marchio-0001.yaml", (text) =>
        text.replace(/^name: .*$/m, "name: Marchio Rinominato"),
      );
      await edit("brands/marchio-0002.yaml", (text) =>
        text.replace(/^color: .*$/m, 'color: "#123456"'),
      );
      // A tag page's articles: a new tag, and a dossier that related articles point to.
      await edit("cases/caso-0005.mdx", (text) =>
        text.replace(/^tags:\n/m, "tags:\n  - argomento nuovo\n"),
      );
      await retitle(dossier[0]!.path, "Dossier ritoccato");
      // A new article: new neighbours, new related articles, new entries in lists.
      await cp(join(content, "cases/caso-0004.mdx"), join(content, "cases/caso-nuovo.mdx"));
      await retitle("cases/caso-nuovo.mdx", "Appena arrivato");
      // A new screenshot in a post's frontmatter: the address names the bytes' hash.
      await picture("cases/immagini/post.png", "#aa00aa");
      // What a day's chart draws: a post that answers another outage of the host's day.
      await retitle(dayChart.post.path, "Nel grafico del giorno");

      const incremental = await buildCorpus(name, content);
      expect(incremental.code, incremental.output).toBe(0);
      const { rendered } = generated(incremental.output);
      expect(rendered).toContain("/instant-marketing/caso-0002/index.html");
      expect(await files(incremental.outDir)).toContain("instant-marketing/caso-nuovo/index.html");
      const hostPage = await readFile(
        join(incremental.outDir, "blackout", dayChart.host.id, "index.html"),
        "utf8",
      );
      expect(hostPage).toContain("Nel grafico del giorno");
      // Share images come from their own cache: the changed ones are drawn, the rest reused,
      // and the cache keeps the old ones beside them (one PNG per key).
      const { drawn, reused } = images(incremental.output);
      expect(drawn, incremental.output).toBeGreaterThan(0);
      expect(reused, incremental.output).toBeGreaterThan(0);
      expect(await readFile(retitledImage)).not.toEqual(imageBefore);
      const cached = (await readdir(ogCache)).filter((file) => file.endsWith(".png"));
      expect(cached).toHaveLength(images(cold.output).drawn + drawn);

      await expectCleanBuildBytes(incremental.outDir);
    },
  );
});

/** Builds the same content from nothing and expects the same files, byte for byte. */
async function expectCleanBuildBytes(outDir: string) {
  await rm(join(outputDir, `${name}-clean`), { recursive: true, force: true });
  const clean = await buildCorpus(`${name}-clean`, content);
  expect(clean.code, clean.output).toBe(0);
  const paths = await files(outDir);
  expect(paths).toEqual(await files(clean.outDir));
  const differing: string[] = [];
  for (const path of paths) {
    const [a, b] = await Promise.all([
      readFile(join(outDir, path)),
      readFile(join(clean.outDir, path)),
    ]);
    if (!a.equals(b)) differing.push(path);
  }
  expect(differing).toEqual([]);
}
