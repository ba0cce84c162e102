/**
 * The share-image worker thread: draws each image it is sent, layout to PNG, and replies with
 * the PNG, so the drawing runs beside the page rendering on the main thread instead of taking
 * turns with it. See `./worker-drawer.ts`.
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

export type DrawReply = { id: number; png: Uint8Array } | { id: number; error: string };

if (!parentPort) throw new Error("draw-worker.ts runs as a worker thread");
const port = parentPort;

port.on("message", async ({ id, props }: DrawRequest) => {
  try {
    const { png } = await (await getRenderer()).draw(props);
    port.postMessage({ id, png } satisfies DrawReply);
  } catch (error) {
    port.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies DrawReply);
  }
});
