/**
 * The share-image worker thread: draws each image it is sent and writes the PNG to the
 * cache, so satori's layout (about 15 ms an image, all JavaScript) runs beside the page
 * rendering on the main thread instead of taking turns with it. See `./worker-drawer.ts`.
 *
 * Runs on Node's own TypeScript support, like the benchmark: every import is a `.ts` file.
 */
import { parentPort } from "node:worker_threads";
import type { ShareImageProps } from "../lib/share-image.ts";
import { ImageCache } from "./cache.ts";
import { getRenderer } from "./render.ts";

export interface DrawRequest {
  id: number;
  props: ShareImageProps;
  key: string;
  cacheDir: string;
}

export type DrawReply = { id: number; drawTime: number } | { id: number; error: string };

if (!parentPort) throw new Error("draw-worker.ts runs as a worker thread");
const port = parentPort;

port.on("message", async ({ id, props, key, cacheDir }: DrawRequest) => {
  try {
    const drawn = await (await getRenderer()).draw(props);
    await new ImageCache(cacheDir).write(key, drawn.png);
    port.postMessage({ id, drawTime: drawn.timings.total } satisfies DrawReply);
  } catch (error) {
    port.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies DrawReply);
  }
});
