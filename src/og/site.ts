/**
 * The site's share-image batch: one per process, shared by `getStaticPaths` and every `GET`
 * of the `/og/` route, and by re-imports of the route module under `astro dev`.
 */
import { ShareImageBatch, summaryLine, type BatchOptions } from "./batch.ts";
import type { ShareImage } from "../lib/share-image.ts";

interface SiteBatch extends ShareImageBatch {
  /** Dispatches every image once per build, then logs the summary and prunes the cache. */
  startOnce(images: ShareImage[]): void;
}

const GLOBAL = Symbol.for("schermo-nero.share-images");
type Holder = { [GLOBAL]?: { template: string; batch: SiteBatch } };

export function siteBatch(options: BatchOptions): SiteBatch {
  const holder = globalThis as Holder;
  const current = holder[GLOBAL];
  // A changed template (under `astro dev`) starts a new batch; unchanged, one batch serves all.
  if (current && current.template === options.template) return current.batch;
  const batch = new ShareImageBatch(options) as SiteBatch;
  let started = false;
  batch.startOnce = (images) => {
    if (started) return;
    started = true;
    const log = options.log ?? console.log;
    void batch.start(images).then(
      async (summary) => {
        // Logged as the process ends, after Astro's own lines, so it is never cut in two.
        const line = summaryLine(summary);
        process.once("exit", () => log(line));
        await batch.cache.prune(batch.usedKeys());
      },
      (error) => (options.warn ?? console.warn)(`share images: ${String(error)}`),
    );
  };
  holder[GLOBAL] = { template: options.template, batch };
  return batch;
}
