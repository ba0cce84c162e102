/**
 * The site's share-image batch: one per process, shared by `getStaticPaths` and every `GET`
 * of the `/og/` route, by re-imports of the route module under `astro dev`, and by the
 * integration that writes the images of a build (`src/integrations/share-images.ts`), which
 * Astro loads apart from the route: hence the process-wide holder.
 */
import { ShareImageBatch, summaryLine, type BatchOptions } from "./batch.ts";
import { shareImageFile, type ShareImage } from "../lib/share-image.ts";

interface SiteBatch extends ShareImageBatch {
  /** Dispatches every image once per build, then logs the summary and prunes the cache. */
  startOnce(images: ShareImage[]): void;
}

const GLOBAL = Symbol.for("schermo-nero.share-images");
type Holder = {
  [GLOBAL]?: { template: string; batch: SiteBatch; done?: Promise<void> };
};

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
    entry.done = batch.start(images).then(async (summary) => {
      // Logged as the process ends, after Astro's own lines, so it is never cut in two.
      const line = summaryLine(summary);
      process.once("exit", () => log(line));
      await batch.cache.prune(batch.usedKeys());
    });
    // The build fails through `writeSiteImages`; under `astro dev`, a request's GET reports it.
    entry.done.catch(() => undefined);
  };
  holder[GLOBAL] = entry;
  return batch;
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
