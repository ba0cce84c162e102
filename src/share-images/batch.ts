/**
 * Draws a list of share images into the cache: each image whose key the cache holds is
 * reused, every other one drawn, several at a time. Runs wherever it is called: on a worker
 * thread in a build (`./worker.ts`), in the request under `astro dev`, in-process in tests
 * and the benchmark.
 *
 * Only cache keys are kept, not PNGs: a build of a thousand pages never holds a thousand
 * images (about 100 MB) in memory at once.
 */
import { availableParallelism } from "node:os";
import type { ShareImage } from "../lib/share-image-props.ts";
import { ImageCache, cacheDir, imageKey } from "./cache.ts";
import { getRenderer, isSpace } from "./draw.ts";

export interface Problem {
  /** The file behind the page. */
  source: string;
  slug: string;
  /** Graphemes no bundled font or emoji can draw. */
  leftOut: string[];
}

export interface Summary {
  drawn: number;
  reused: number;
  /** Wall time from the first image to the last, in ms. */
  wall: number;
  /** How many images were drawn at once. */
  concurrency: number;
  /** Images that left characters out, in the order given. */
  problems: Problem[];
  /** Each image's cache key, by slug. */
  keys: Record<string, string>;
}

export interface BatchOptions {
  cache?: ImageCache;
  concurrency?: number;
}

export async function drawImages(
  images: ShareImage[],
  { cache = new ImageCache(cacheDir()), concurrency }: BatchOptions = {},
): Promise<Summary> {
  const started = performance.now();
  const renderer = await getRenderer();
  // Three per core keeps the thread pool fed while satori lays out the next image.
  const at = concurrency ?? Math.max(3, availableParallelism() * 3);
  const summary: Summary = {
    drawn: 0,
    reused: 0,
    wall: 0,
    concurrency: at,
    problems: [],
    keys: {},
  };
  const problems: Array<Problem | undefined> = [];
  let next = 0;
  async function drawNext(): Promise<void> {
    for (let index = next++; index < images.length; index = next++) {
      const { slug, props, source } = images[index];
      const key = imageKey(props, renderer.fingerprint);
      summary.keys[slug] = key;
      let leftOut = await cache.lookup(key);
      if (leftOut) summary.reused++;
      else {
        const drawing = await renderer.draw(props);
        await cache.write(key, drawing.png, drawing.leftOut);
        leftOut = drawing.leftOut;
        summary.drawn++;
      }
      if (leftOut.length > 0) problems[index] = { source, slug, leftOut };
    }
  }
  await Promise.all(Array.from({ length: at }, drawNext));
  summary.problems = problems.filter((problem) => problem !== undefined);
  summary.wall = performance.now() - started;
  return summary;
}

/** What each drawn image cost: wall time ÷ images drawn (images overlap). */
export function msPerImage(summary: Summary): number {
  return summary.drawn === 0 ? 0 : summary.wall / summary.drawn;
}

/**
 * `share images: 200 drawn, 3 reused in 3.10 s (15.5 ms per image, 64.5 images/s,
 * 6 at a time)`
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

/** `U+2603` */
export function codePointLabel(grapheme: string): string {
  return [...grapheme]
    .map((c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"))
    .join(" ");
}

/**
 * `share images: content/x.mdx: "中" (U+4E2D) cannot be drawn by the bundled fonts or emoji;
 * left out of /og/x.png`; a space-like character is named by code point only.
 */
export function problemLine({ source, leftOut }: Problem, path: string): string {
  const spaces = leftOut.filter(isSpace).map(codePointLabel);
  const others = leftOut.filter((g) => !isSpace(g)).map((g) => `"${g}" (${codePointLabel(g)})`);
  const clauses = [
    others.length > 0 &&
      `${others.join(", ")} cannot be drawn by the bundled fonts or emoji; left out of ${path}`,
    spaces.length > 0 &&
      `${spaces.join(", ")}: a space no bundled font has, drawn as a plain space in ${path}`,
  ];
  return `share images: ${source}: ${clauses.filter(Boolean).join("; ")}`;
}
