/**
 * Incremental builds (`experimental.incrementalBuild` with the keys of
 * `src/catalog/page-keys.ts`) must be invisible to readers: after any edit, a build that
 * reused the last one's pages gives byte for byte the site a clean build gives. And they
 * must pay: editing one article's prose or pictures renders that article's page again, not
 * its neighbours'.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/lib/synthetic-corpus.ts";
import { buildCorpus, type BuildResult } from "../support/build.ts";
import { outputDir } from "../support/paths.ts";

const name = "incremental";
const content = join(outputDir, name, "content");
const keyed = /^\/(blackout|instant-marketing|dossier|marchi|tag)\/[^/]+\/index/;

/** The pages Astro rendered, and those it copied from the last build, from the build log. */
function generated(output: string) {
  const lines = [...output.matchAll(/[├└]─ (\S+) (\(restored\)|\(cached\)|\(\+)/g)];
  return {
    rendered: lines.filter((line) => line[2] === "(+").map((line) => line[1]),
    reused: lines.filter((line) => line[2] !== "(+").map((line) => line[1]),
  };
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

/** Each article of the generated corpus, with the frontmatter fields that link it to others. */
async function corpusLinks() {
  const read = async (section: string) =>
    Promise.all(
      (await readdir(join(content, section)))
        .filter((file) => file.endsWith(".mdx"))
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

describe("incremental builds (generated corpus of 30 articles)", () => {
  let cold: BuildResult;

  beforeAll(async () => {
    await rm(join(outputDir, name), { recursive: true, force: true });
    for (const file of generateCorpus({ articles: 30 })) {
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
    cold = await buildCorpus(name, content);
  });

  it("renders every page on a cold build and reuses every keyed page on the next", async () => {
    expect(cold.code, cold.output).toBe(0);
    expect(generated(cold.output).reused).toEqual([]);
    const warm = await buildCorpus(name, content);
    expect(warm.code, warm.output).toBe(0);
    const { rendered, reused } = generated(warm.output);
    // Article, brand and tag pages are keyed; lists and feeds always render.
    expect(reused).toContain("/instant-marketing/caso-0001/index.html");
    // Share images come from their own cache, linked into dist/ by the build.
    expect(warm.output).toMatch(/share images: 0 drawn, \d+ reused/);
    expect(rendered.filter((path) => keyed.test(path))).toEqual([]);
    expect(warm.output).toContain("search index: no page changed, Pagefind's last index reused");
  });

  it(
    "renders again only the pages whose prose or pictures changed, as a clean build would",
    { timeout: 300_000 },
    async () => {
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
      const html = await readFile(
        join(build.outDir, "instant-marketing/caso-0001/index.html"),
        "utf8",
      );
      expect(html).toContain("Un paragrafo aggiunto dopo la prima build.");
      await expectCleanBuildBytes(build.outDir, "prose");
    },
  );

  it(
    "renders again the page of a post whose screenshot changed, as a clean build would",
    { timeout: 300_000 },
    async () => {
      // The frontmatter holds the picture's address, which names its bytes' hash: like any
      // frontmatter edit, a new screenshot renders every keyed page again.
      await picture("cases/immagini/post.png", "#aa00aa");
      const build = await buildCorpus(name, content);
      expect(build.code, build.output).toBe(0);
      expect(generated(build.output).rendered).toContain("/instant-marketing/caso-0002/index.html");
      await expectCleanBuildBytes(build.outDir, "screenshot");
    },
  );

  it(
    "gives, after frontmatter edits through every kind of link between pages, a clean build's bytes",
    { timeout: 300_000 },
    async () => {
      const { outages, cases, dossier } = await corpusLinks();
      const retitle = (path: string, words: string) =>
        edit(path, (text) => text.replace(/^title: "/m, `title: "${words}: `));
      const answered = cases.find((entry) => cases.some((c) => c.inResponseTo === entry.id));
      const reaction = cases.find((entry) => entry.outage && entry !== answered);
      const trigger = outages.find((entry) => entry.id === reaction?.outage);
      const story = dossier[0]?.stories?.match(/blackout-\d+/)?.[0];
      const movedOutage = outages.find((entry) => entry !== trigger && entry.id !== story);
      const movedCase = cases.find((entry) => entry !== answered && entry !== reaction);
      expect([answered, reaction, trigger, story, movedOutage, movedCase]).not.toContain(undefined);

      // A case's answers, the stories of a dossier, related articles: a retitled answered case.
      await retitle(answered!.path, "Risposto");
      // An outage's reactions: a retitled case that reacts to it.
      await retitle(reaction!.path, "Reazione");
      // A case's outage: a new hashtag and title for it.
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

      const incremental = await buildCorpus(name, content);
      expect(incremental.code, incremental.output).toBe(0);
      // Share images come from their own cache: the unchanged ones are reused.
      const [, drawn, reused] =
        /share images: (\d+) drawn, (\d+) reused/.exec(incremental.output) ?? [];
      expect(Number(drawn), incremental.output).toBeGreaterThan(0);
      expect(Number(reused), incremental.output).toBeGreaterThan(0);
      expect(await files(incremental.outDir)).toContain("instant-marketing/caso-nuovo/index.html");
      await expectCleanBuildBytes(incremental.outDir, "edited");
    },
  );

  it(
    "follows what a day's chart draws: a post that answers another outage of the same day",
    { timeout: 300_000 },
    async () => {
      // A keyed list of what each page shows (the keys before these) had no entry for this
      // link: an outage's chart draws the posts of its whole day, which answer other outages.
      const { outages, cases } = await corpusLinks();
      const guest = outages.find((entry) => cases.some((c) => c.outage === entry.id));
      const host = outages.find(
        (entry) => entry !== guest && !cases.some((c) => c.outage === entry.id),
      );
      const post = cases.find((entry) => entry.outage === guest?.id);
      expect([guest, host, post]).not.toContain(undefined);
      const hostStart = /^start: (?:\{ at: )?([\d-]+T[\d:]+[+-][\d:]+)/m.exec(
        await readFile(join(content, host!.path), "utf8"),
      )?.[1];
      expect(hostStart).toBeDefined();
      // The guest outage moves to the host's day (a build), then its post is retitled (another).
      await edit(guest!.path, (text) =>
        text.replace(/^start: .*$/m, `start: ${hostStart}`).replace(/^end: .*\n/m, ""),
      );
      expect((await buildCorpus(name, content)).code).toBe(0);
      await edit(post!.path, (text) =>
        text.replace(/^title: "/m, 'title: "Nel grafico del giorno: '),
      );

      const incremental = await buildCorpus(name, content);
      expect(incremental.code, incremental.output).toBe(0);
      const hostPage = await readFile(
        join(incremental.outDir, "blackout", host!.id, "index.html"),
        "utf8",
      );
      expect(hostPage).toContain("Nel grafico del giorno");
      await expectCleanBuildBytes(incremental.outDir, "day-chart");
    },
  );
});

/** Builds the same content from nothing and expects the same files, byte for byte. */
async function expectCleanBuildBytes(outDir: string, label: string) {
  await rm(join(outputDir, `${name}-clean-${label}`), { recursive: true, force: true });
  const clean = await buildCorpus(`${name}-clean-${label}`, content);
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
