/**
 * Incremental builds (`experimental.incrementalBuild` with the keys of
 * `src/data/page-keys.ts`) must be invisible to readers: after any edit, a build that
 * reused the last one's pages gives byte for byte the site a clean build gives. And they
 * must pay: editing one article's prose renders that article's page again, not its
 * neighbours'; a new title renders the pages that show it, not the whole site.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/lib/synthetic-corpus";
import { buildCorpus, type BuildResult } from "../support/build";
import { outputDir } from "../support/paths";

const name = "incremental";
const content = join(outputDir, name, "content");

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

describe("incremental builds (generated corpus of 30 articles)", () => {
  let cold: BuildResult;

  beforeAll(async () => {
    await rm(join(outputDir, name), { recursive: true, force: true });
    for (const file of generateCorpus({ articles: 30 })) {
      const path = join(content, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
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
    expect(
      rendered.filter((path) => /^\/(blackout|instant-marketing|dossier)\/[^/]+\/index/.test(path)),
    ).toEqual([]);
    expect(warm.output).toContain("search index: no page changed, Pagefind's last index reused");
  });

  it("renders only the edited article's page after an edit to its prose", async () => {
    await edit(
      "cases/caso-0003.mdx",
      (text) => `${text}\nUn paragrafo aggiunto dopo la prima build.\n`,
    );
    const build = await buildCorpus(name, content);
    expect(build.code, build.output).toBe(0);
    const articlePages = generated(build.output).rendered.filter((path) =>
      /^\/(blackout|instant-marketing|dossier|marchi|tag)\/[^/]+\/index/.test(path),
    );
    expect(articlePages).toEqual(["/instant-marketing/caso-0003/index.html"]);
    const html = await readFile(
      join(build.outDir, "instant-marketing/caso-0003/index.html"),
      "utf8",
    );
    expect(html).toContain("Un paragrafo aggiunto dopo la prima build.");
  });

  it(
    "renders again only the pages that show a retitled article, as a clean build would",
    {
      timeout: 300_000,
    },
    async () => {
      // caso-0001 is answered by other cases and gathered in a dossier.
      await edit("cases/caso-0001.mdx", (text) =>
        text.replace(/^title: "/m, 'title: "Ritoccato: '),
      );
      const build = await buildCorpus(name, content);
      expect(build.code, build.output).toBe(0);
      const keyed = /^\/(blackout|instant-marketing|dossier|marchi|tag)\/[^/]+\/index/;
      const { rendered, reused } = generated(build.output);
      const renderedKeyed = rendered.filter((path) => keyed.test(path));
      expect(renderedKeyed).toContain("/instant-marketing/caso-0001/index.html");
      expect(renderedKeyed).toContain("/dossier/dossier-0001/index.html");
      for (const answer of await answersTo("caso-0001")) {
        expect(renderedKeyed).toContain(`/instant-marketing/${answer}/index.html`);
      }
      expect(reused.filter((path) => keyed.test(path)).length).toBeGreaterThan(
        renderedKeyed.length,
      );
      await expectCleanBuildBytes(build.outDir, "retitled");
    },
  );

  it(
    "gives, after edits to titles, brands, tags, a hashtag and a new article, a clean build's bytes",
    {
      timeout: 300_000,
    },
    async () => {
      await edit("outages/blackout-0002.mdx", (text) =>
        text.replace(/^title: "/m, 'title: "Nuovo titolo: '),
      );
      await edit("outages/blackout-0007.mdx", (text) =>
        text.replace(/^hashtag: "#/m, 'hashtag: "#Nuovo'),
      );
      await edit("brands/marchio-0001.yaml", (text) =>
        text.replace(/^name: .*$/m, "name: Marchio Rinominato"),
      );
      await edit("brands/marchio-0002.yaml", (text) =>
        text.replace(/^color: .*$/m, 'color: "#123456"'),
      );
      await edit("cases/caso-0005.mdx", (text) =>
        text.replace(/^tags:\n/m, "tags:\n  - argomento nuovo\n"),
      );
      await cp(join(content, "cases/caso-0004.mdx"), join(content, "cases/caso-nuovo.mdx"));
      await edit("cases/caso-nuovo.mdx", (text) =>
        text.replace(/^title: "/m, 'title: "Appena arrivato: '),
      );

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
});

/** The slugs of the cases that answer `slug`. */
async function answersTo(slug: string): Promise<string[]> {
  const folder = join(content, "cases");
  const answers: string[] = [];
  for (const file of await readdir(folder)) {
    const text = await readFile(join(folder, file), "utf8");
    if (new RegExp(`^inResponseTo: ${slug}$`, "m").test(text))
      answers.push(file.replace(/\.mdx$/, ""));
  }
  expect(answers.length).toBeGreaterThan(0);
  return answers;
}

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
