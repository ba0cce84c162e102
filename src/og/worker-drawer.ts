/**
 * Draws share images on one worker thread (`./draw-worker.ts`) instead of the main thread.
 *
 * In a cold build the main thread would otherwise draw every image between rendering pages:
 * satori's layout (about 15 ms an image) and the JavaScript side of resvg and sharp (about
 * 6 ms: the 3 MB pixel copy, the calls) would take turns with the pages on one thread. On the
 * worker, the whole drawing runs beside them; resvg and sharp still rasterise and encode on
 * libuv's pool, so the worker lays out the next image meanwhile. The worker is unreferenced
 * while idle: it never keeps a finished build alive.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ShareImageProps } from "../lib/share-image.ts";
import type { DrawReply, DrawRequest } from "./draw-worker.ts";

/**
 * The worker's source file. Under plain Node and vitest it sits beside this module; inside
 * Astro's bundle this module is a chunk elsewhere, and the build runs from the project root.
 */
function workerFile(): string {
  const candidates = [
    import.meta.dirname && join(import.meta.dirname, "draw-worker.ts"),
    join(process.cwd(), "src", "og", "draw-worker.ts"),
  ];
  const found = candidates.find((file) => file && existsSync(file));
  if (!found) throw new Error(`share images: no draw-worker.ts in ${candidates.join(" or ")}`);
  return found;
}

export class WorkerDrawer {
  private worker: Worker | undefined;
  private next = 0;
  private readonly pending = new Map<
    number,
    { resolve: (png: Buffer) => void; reject: (error: Error) => void }
  >();

  /** The image's PNG, as `Renderer.draw` gives it. */
  png(props: ShareImageProps): Promise<Buffer> {
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, props } satisfies DrawRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile());
    worker.unref();
    worker.on("message", (reply: DrawReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else
        waiting.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", (code) => {
      this.worker = undefined;
      if (this.pending.size > 0) this.failAll(new Error(`share images: worker exited (${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error) {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
