/**
 * What an author does to `content/`, on a copy: add a valid case study the way AUTHORING.md
 * shows (a screenshot beside it, a `Statement`, a `PostCard` with the screenshot) and remove
 * an article nothing links to. The global setup builds the copy; the `authors` project runs
 * the property tests of the site on that build, and `authors-path.test.ts` follows the new
 * case to its page, share image, feed, sitemap and search record.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { checkContent } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import type { EntryReference } from "../../src/content-model/schema.ts";

/** The slug of the case the author adds. */
export const ADDED_CASE = "un-caso-aggiunto-da-un-autore";

/** Where the copy records the article it removed: beside the content folder, not in it. */
const removedNote = (target: string) => join(dirname(target), "removed.txt");

/** The article the copy in `target` left out, as `outages/x.mdx`. */
export const removedArticle = (target: string) => readFile(removedNote(target), "utf8");

/** Copies `source` to `target` with the author's changes. */
export async function writeAuthorsCopy(source: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  const files = await readContentFiles(target);
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
  await rm(join(target, removable.file));
  await writeFile(removedNote(target), removable.file);

  await mkdir(join(target, "cases/immagini"), { recursive: true });
  await sharp({ create: { width: 900, height: 600, channels: 3, background: "#141414" } })
    .png()
    .toFile(join(target, "cases/immagini/post-di-prova.png"));
  const name = String(brand.data.name);
  await writeFile(
    join(target, `cases/${ADDED_CASE}.mdx`),
    `---
title: "Un caso aggiunto da un autore"
description: "Un caso scritto seguendo AUTHORING.md, con lo screenshot del post."
published: 2026-11-02
brand: ${brand.id}
platform: twitter
date: { day: 2026-11-01, part: evening }
event: "Una prova del percorso degli autori"
post:
  account: "${name}"
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

<Statement who="${name}" text="Una dichiarazione di prova." />

<PostCard
  account="${name}"
  platform="twitter"
  date={{ day: "2026-11-01", part: "evening" }}
  media="Lo stesso post, visto da vicino."
  image={screenshot}
  alt="Lo screenshot del post, ingrandito."
/>
`,
  );
}
