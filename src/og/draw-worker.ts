/**
 * The share-image worker thread: lays out each image it is sent with satori (about 15 ms of
 * JavaScript an image) and replies with the SVG, so the layout runs beside the page rendering
 * on the main thread instead of taking turns with it. See `./worker-drawer.ts`.
 *
 * Runs on Node's own TypeScript support, like the benchmark: every import is a `.ts` file.
 */
import { parentPort } from "node:worker_threads";
import type { ShareImageProps } from "../lib/share-image.ts";
import { getRenderer } from "./render.ts";

export interface DrawRequest {
  id: number;
  props: ShareImageProps;
}

export type DrawReply = { id: number; svg: string } | { id: number; error: string };

if (!parentPort) throw new Error("draw-worker.ts runs as a worker thread");
const port = parentPort;

port.on("message", async ({ id, props }: DrawRequest) => {
  try {
    const svg = await (await getRenderer()).svg(props);
    port.postMessage({ id, svg } satisfies DrawReply);
  } catch (error) {
    port.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies DrawReply);
  }
});
