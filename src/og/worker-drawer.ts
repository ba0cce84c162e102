/**
 * Lays out share images on one worker thread (`./draw-worker.ts`) instead of the main thread.
 *
 * In a cold build the main thread would otherwise lay out every image with satori between
 * rendering pages: both wait on one thread while the second core waits for resvg and sharp.
 * With the worker, satori runs on the worker's thread; pages render on the main thread, which
 * also hands each SVG to resvg and sharp on libuv's pool (a profile showed the worker, not the
 * main thread, to be the busier one). The worker is unreferenced while idle: it never keeps a
 * finished build alive.
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
    { resolve: (svg: string) => void; reject: (error: Error) => void }
  >();

  /** The image's SVG, as `Renderer.svg` gives it. */
  svg(props: ShareImageProps): Promise<string> {
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
      else waiting.resolve(reply.svg);
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
