/**
 * The site's share-image batch: one per process, shared by the build's first step (which
 * starts drawing as soon as the content check has passed), by `getStaticPaths` and every
 * `GET` of the `/og/` route, by re-imports of the route module under `astro dev`, and by the
 * integration that writes the images of a build (`src/integrations/share-images.ts`). Astro
 * loads integrations apart from the route: hence the process-wide holder.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { ShareImageBatch, summaryLine, type BatchOptions } from "./batch.ts";
import { catalogOf, type Collections } from "../lib/catalog.ts";
import type { CheckedEntry } from "../lib/content-check.ts";
import {
  shareImageFile,
  shareImagePath,
  shareImages,
  type ShareImage,
} from "../lib/share-image.ts";
import { templateHash } from "../lib/share-image-key.ts";

interface SiteBatch extends ShareImageBatch {
  /** Dispatches every image once per build, then logs the summary and prunes the cache. */
  startOnce(images: ShareImage[]): void;
}

const GLOBAL = Symbol.for("schermo-nero.share-images");
type Holder = {
  [GLOBAL]?: { template: string; batch: SiteBatch; done?: Promise<void> };
};

/**
 * The site batch's options, given `templateHash(...)` of `src/og/`. Images are drawn on a
 * worker thread, so pages render meanwhile (see `./worker-drawer.ts`).
 */
export function siteBatchOptions(template: string): BatchOptions {
  return { template, pathOf: shareImagePath, worker: true };
}

export function siteBatch(options: BatchOptions): SiteBatch {
  const holder = globalThis as Holder;
  const current = holder[GLOBAL];
  // A changed template (under `astro dev`) starts a new batch; unchanged, one batch serves all.
  if (current && current.template === options.template) return current.batch;
  const batch = new ShareImageBatch(options) as SiteBatch;
  const entry: NonNullable<Holder[typeof GLOBAL]> = { template: options.template, batch };
  batch.startOnce = (images) => {
    if (entry.done) return;
    const log = options.log ?? console.log;
    const warn = options.warn ?? console.warn;
    entry.done = batch.start(images).then(async (summary) => {
      // Logged as the process ends, after Astro's own lines, so it is never cut in two.
      process.once("exit", () => log(summaryLine(summary)));
      if (summary.unlisted > 0) {
        warn(
          `share images: ${summary.unlisted} drawn early from the content check's entries are ` +
            `not images of the site: src/og/site.ts and the /og/ route disagree`,
        );
      }
      await batch.cache.prune(batch.usedKeys());
    });
    // The build fails through `writeSiteImages`; under `astro dev`, a request's GET reports it.
    entry.done.catch(() => undefined);
  };
  holder[GLOBAL] = entry;
  return batch;
}

/** Every file of `src/og/` by path, as the `/og/` route reads them for `templateHash`. */
export async function templateSources(ogDir: string): Promise<Record<string, string>> {
  const names = (await readdir(ogDir, { recursive: true })).filter((name) => name.endsWith(".ts"));
  const texts = await Promise.all(names.map((name) => readFile(join(ogDir, name), "utf8")));
  return Object.fromEntries(names.map((name, i) => [`og/${name}`, texts[i]]));
}

/**
 * Starts drawing the site's images from the content check's entries, seconds before the
 * `/og/` route can list them: while Astro syncs and bundles on one core, the other draws.
 * The route's list stays the one that counts; `start` reuses what this dispatched.
 *
 * @param entries valid entries of the content folder `contentRoot`, as `checkContent` gives them
 * @param projectRoot the folder holding `src/og/`
 */
export async function prefetchSiteImages(
  entries: CheckedEntry[],
  contentRoot: string,
  projectRoot: string,
): Promise<void> {
  const collections: Collections = { brands: [], outages: [], cases: [], dossier: [] };
  for (const { collection, id, file, data } of entries) {
    // The check parsed `data` with the collections' own schemas: Astro's entries, less the body.
    const filePath = relative(projectRoot, join(contentRoot, file)).split(sep).join("/");
    const entry = { collection, id, data, filePath };
    (collections[collection] as unknown[]).push(entry);
  }
  // Only builds start early, and a build never shows drafts (see the content check).
  const images = shareImages(catalogOf(collections, { production: true, now: new Date() }));
  const template = templateHash(await templateSources(join(projectRoot, "src", "og")));
  siteBatch(siteBatchOptions(template)).prefetch(images);
}

/**
 * Writes the build's share images into the output folder `dir`, once all are drawn or found
 * in the cache; resolves with how many.
 */
export async function writeSiteImages(dir: string): Promise<number> {
  const entry = (globalThis as Holder)[GLOBAL];
  if (!entry?.done) throw new Error("share images: the /og/ route never listed its images");
  await entry.done;
  return entry.batch.writeTo(dir, shareImageFile);
}
