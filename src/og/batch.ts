/**
 * One build's share images: each image is taken from the cache when its key is there and
 * drawn otherwise, undrawable characters are reported, and a summary is logged at the end.
 *
 * `start` dispatches every image at once (at most `concurrency` drawing at a time); in builds
 * they are drawn on a worker thread (see `./worker-drawer.ts`), where satori lays out the next
 * image while resvg and sharp rasterise and encode the previous ones on libuv's thread pool.
 * `prefetch` dispatches them earlier still, before the site lists them (see `./site.ts`).
 *
 * The batch keeps cache keys, not PNGs: a drawn image goes to the cache and each response
 * reads its file back, so a build of a thousand pages never holds a thousand images (about
 * 100 MB) in memory at once.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { codePointLabel } from "./glyphs.ts";
import { ImageCache, cacheDir } from "./cache.ts";
import { getRenderer, type Renderer } from "./render.ts";
import { WorkerDrawer } from "./worker-drawer.ts";
import { shareImageKey, stableJson } from "../lib/share-image-key.ts";
import type { ShareImage } from "../lib/share-image.ts";

export interface BatchOptions {
  /** `templateHash(...)` of the template source. */
  template: string;
  cache?: ImageCache;
  /** Where messages go: the build log. */
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** How many images are drawn at once. */
  concurrency?: number;
  /** The public path of an image, for messages. */
  pathOf?: (slug: string) => string;
  /**
   * Draw on a worker thread (`./worker-drawer.ts`), as the site's build does, so pages keep
   * rendering on the main thread; tests and the benchmark draw in their own thread.
   */
  worker?: boolean;
}

export interface Problem {
  /** The file behind the page. */
  source: string;
  slug: string;
  /** Characters left out of the image. */
  missing: string[];
}

export interface Summary {
  drawn: number;
  reused: number;
  /** Wall time from the first image to the last, in ms. */
  wall: number;
  /** Draw time of each drawn image (layout, raster and PNG), in ms, queueing included. */
  drawTimes: number[];

  problems: Problem[];
  /** How many images were drawn at once. */
  concurrency: number;
  /** Images `prefetch` dispatched that `start` never listed: work the early start wasted. */
  unlisted: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What each drawn image cost the batch: wall time ÷ images drawn (images overlap). */
export function msPerImage(summary: Summary): number {
  return summary.drawn === 0 ? 0 : summary.wall / summary.drawn;
}

/**
 * `share images: 200 drawn, 3 reused in 3.10 s (15.5 ms per image, 64.5 images/s,
 * 4 at a time)`
 */
export function summaryLine(summary: Summary): string {
  const head = `share images: ${summary.drawn} drawn, ${summary.reused} reused`;
  if (summary.drawn === 0) return head;
  return (
    `${head} in ${(summary.wall / 1000).toFixed(2)} s ` +
    `(${msPerImage(summary).toFixed(1)} ms per image, ` +
    `${(1000 / msPerImage(summary)).toFixed(1)} images/s, ${summary.concurrency} at a time)`
  );
}

/** `content/x.mdx: "中" (U+4E2D) cannot be drawn by the bundled fonts or emoji: left out of /og/x.png` */
export function problemLine(problem: Problem, path: string): string {
  const chars = problem.missing.map((c) => `"${c}" (${codePointLabel(c)})`).join(", ");
  return `share images: ${problem.source}: ${chars} cannot be drawn by the bundled fonts or emoji; left out of ${path}`;
}

/** An image and what it shows: the same slug with other props is another drawing. */
function imageId(image: ShareImage): string {
  return `${image.slug}\0${stableJson(image.props)}`;
}

export class ShareImageBatch {
  readonly cache: ImageCache;
  readonly concurrency: number;
  private readonly ready = new Map<string, Promise<string>>();
  private readonly keys = new Map<string, string>();
  /** The images `start` listed, by `imageId`. */
  private readonly listed = new Set<string>();
  private readonly drawTimes: number[] = [];
  private readonly problems: Problem[] = [];
  private drawn = 0;
  private reused = 0;
  private startedAt = 0;
  private finishedAt = 0;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly options: BatchOptions;
  private readonly worker: WorkerDrawer | undefined;

  constructor(options: BatchOptions) {
    this.options = options;
    this.cache = options.cache ?? new ImageCache(cacheDir());
    this.worker = options.worker ? new WorkerDrawer() : undefined;
    // Three per core keeps the thread pool fed while satori lays out the next image.
    this.concurrency = options.concurrency ?? Math.max(3, availableParallelism() * 3);
  }

  private pathOf(slug: string): string {
    return this.options.pathOf?.(slug) ?? `/og/${slug}.png`;
  }

  /** The image's PNG: from the cache, or drawn now. Each image is drawn or reused once. */
  async get(image: ShareImage): Promise<Buffer> {
    const key = await this.prepared(image);
    const png = await this.cache.read(key);
    if (!png) throw new Error(`share images: ${this.pathOf(image.slug)} left the cache (${key})`);
    return png;
  }

  /**
   * Dispatches every image of the site, which `writeTo` will write; resolves with the summary
   * once all are in the cache. Images `prefetch` dispatched already are not drawn twice.
   */
  async start(images: ShareImage[]): Promise<Summary> {
    for (const image of images) this.listed.add(imageId(image));
    await Promise.all(
      images.map(async (image) => this.keys.set(image.slug, await this.prepared(image))),
    );
    return this.summary();
  }

  /**
   * Dispatches images before the site lists them (the build's first step does, from the
   * content check's entries); only those `start` lists again are written. A failure is
   * reported by `start`, which waits on the same drawing.
   */
  prefetch(images: ShareImage[]): void {
    for (const image of images) this.prepared(image).catch(() => undefined);
  }

  /** The image's cache key, once the cache holds it. */
  private prepared(image: ShareImage): Promise<string> {
    const id = imageId(image);
    let result = this.ready.get(id);
    if (!result) {
      result = this.produce(image);
      this.ready.set(id, result);
    }
    return result;
  }

  summary(): Summary {
    return {
      drawn: this.drawn,
      reused: this.reused,
      wall: this.finishedAt - this.startedAt,
      drawTimes: [...this.drawTimes],
      problems: [...this.problems],
      concurrency: this.concurrency,
      unlisted: [...this.ready.keys()].filter((id) => !this.listed.has(id)).length,
    };
  }

  /**
   * Puts every image this batch prepared into `dir`, at `fileOf(slug)`, linked from the
   * cache a few at a time; resolves with how many. Call it once `start` has resolved.
   */
  async writeTo(dir: string, fileOf: (slug: string) => string): Promise<number> {
    const images = [...this.keys];
    const copy = async () => {
      for (let next = images.pop(); next; next = images.pop()) {
        const [slug, key] = next;
        await this.cache.linkTo(key, join(dir, fileOf(slug)));
      }
    };
    await Promise.all(Array.from({ length: 16 }, copy));
    return this.keys.size;
  }

  /** Cache keys in use, for `ImageCache.prune`. */
  usedKeys(): Set<string> {
    return new Set(this.keys.values());
  }

  private async slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private async produce(image: ShareImage): Promise<string> {
    this.startedAt ||= performance.now();
    const renderer: Renderer = await getRenderer();
    const key = shareImageKey({
      props: image.props,
      template: this.options.template,
      renderer: renderer.fingerprint,
    });
    const { missing } = renderer.prepare(image.props);
    if (missing.length > 0) {
      const problem = { source: image.source, slug: image.slug, missing };
      this.problems.push(problem);
      (this.options.warn ?? console.warn)(problemLine(problem, this.pathOf(image.slug)));
    }
    if (await this.cache.has(key)) {
      this.reused++;
    } else {
      await this.slot();
      try {
        const started = performance.now();
        const png = this.worker
          ? await this.worker.png(image.props)
          : (await renderer.draw(image.props)).png;
        this.drawTimes.push(performance.now() - started);
        await this.cache.write(key, png);
      } finally {
        this.release();
      }
      this.drawn++;
    }
    this.finishedAt = performance.now();
    return key;
  }
}
