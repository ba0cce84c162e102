/**
 * The search index, as an integration: at `astro:build:done` Pagefind (its Node API) indexes
 * the built pages into `pagefind/` of the output, with Italian stemming from `<html lang="it">`.
 * An index Pagefind cannot write fails the build, so a site without search never ships.
 *
 * When not one page changed (an incremental build that rendered nothing new) the last index
 * is linked from the cache instead: about 3 s of a thousand-article build.
 */
import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { cacheRoot, linkOrCopy } from "../caching/build-cache.ts";

/** Files read or linked at once, so that waiting on the disk overlaps (docs/performance.md). */
const AT_ONCE = 64;

/** `work` over every item, `AT_ONCE` at a time; `use` takes each result in the items' order. */
async function inBatches<T, R>(
  items: T[],
  work: (item: T) => Promise<R>,
  use: (item: T, result: R) => void = () => {},
): Promise<void> {
  for (let i = 0; i < items.length; i += AT_ONCE) {
    const batch = items.slice(i, i + AT_ONCE);
    const results = await Promise.all(batch.map(work));
    batch.forEach((item, index) => use(item, results[index]!));
  }
}

/** Every page Pagefind reads, by path and content, and the Pagefind that reads them. */
async function pagesKey(site: string): Promise<string> {
  const hash = createHash("sha256");
  // Its package version: a new Pagefind writes a new index.
  hash.update(await readFile(new URL("../package.json", import.meta.resolve("pagefind"))));
  const pages = (await readdir(site, { recursive: true }))
    .filter((path) => path.endsWith(".html"))
    .sort();
  await inBatches(
    pages,
    (path) => readFile(join(site, path)),
    (path, content) => hash.update(`${path}\0`).update(content),
  );
  return hash.digest("hex");
}

/** Links every file of `from` into `to` (see `linkOrCopy`). */
async function linkTree(from: string, to: string) {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  await inBatches(files, (source) => linkOrCopy(source, join(to, source.slice(from.length + 1))));
}

/** Pagefind's answers carry a list of errors instead of throwing. */
function orFail(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind, ${step}: ${errors.join("; ")}`);
}

async function indexPages(site: string, output: string): Promise<number> {
  const { errors, index } = await pagefind.createIndex({});
  orFail("creating the index", errors);
  try {
    const added = await index!.addDirectory({ path: site });
    orFail(`reading ${site}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${site}`);
    orFail("writing the index", (await index!.writeFiles({ outputPath: output })).errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: "schermo-nero:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, "pagefind");
        const cache = join(cacheRoot(), "pagefind");
        const key = await pagesKey(site);
        if ((await readFile(join(cache, "key"), "utf8").catch(() => undefined)) === key) {
          await linkTree(join(cache, "pagefind"), output);
          logger.info("search index: no page changed, the last index reused");
          return;
        }
        const pages = await indexPages(site, output);
        await rm(cache, { recursive: true, force: true });
        await linkTree(output, join(cache, "pagefind"));
        await writeFile(join(cache, "key"), key);
        logger.info(`search index: ${pages} pages indexed`);
      },
    },
  };
}
