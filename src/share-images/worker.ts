/**
 * The build's share images, drawn on a worker thread so that Astro bundles and renders pages
 * on the main thread meanwhile (see `./integration.ts`). Runs on Node's own TypeScript
 * support: every import it reaches names its `.ts` file.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ShareImage } from "../lib/share-image-plan.ts";
import { ImageCache, drawImages, type Summary } from "./cache.ts";

export interface DrawJob {
  images: ShareImage[];
  cacheDir: string;
}

export type DrawReply = { summary: Summary } | { error: string };

const { images, cacheDir } = workerData as DrawJob;
drawImages(images, { cache: new ImageCache(cacheDir) }).then(
  (summary) => parentPort!.postMessage({ summary } satisfies DrawReply),
  (error: unknown) =>
    parentPort!.postMessage({
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies DrawReply),
);
