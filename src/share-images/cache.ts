/**
 * The share images' cache, one PNG per content hash in a folder outside `dist/` (safe to
 * delete, easy for a CI host to keep), and the drawing of a list of images through it, several
 * at a time. Only keys stay in memory, not PNGs (a thousand would take about 100 MB). Writes
 * are atomic, so an interrupted build never leaves half a PNG; beside a PNG that left
 * characters out, `<key>.json` lists them, so a build that reuses it reports them too.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { cacheRoot } from "../caching/build-cache.ts";
import { moduleGraphDigest } from "../caching/module-digest.ts";
import type { ShareImage } from "./share-image-plan.ts";
import { getRenderer, isSpace } from "./draw.ts";

/** `OG_CACHE_DIR` when set, else `<ASTRO_CACHE_DIR>/og` or `.cache/og/` (see `cacheRoot`). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.OG_CACHE_DIR ? resolve(env.OG_CACHE_DIR) : join(cacheRoot(env), "og");
}

/** The file of `key` in the cache folder `dir`: its PNG, or the list of what it left out. */
export function cacheFile(dir: string, key: string, extension = "png"): string {
  return join(dir, `${key}.${extension}`);
}

/**
 * What decides the pixels besides the props: the renderer's fingerprint (fonts, Twemoji,
 * libvips, PNG settings) and every module the drawing worker runs, `worker` (this file) and
 * its imports wherever they live (`./draw.ts`, `./templates.ts`, `src/styles/brand-color.ts`…),
 * packages by installed version (see `moduleGraphDigest`).
 */
export function drawingFingerprint(
  rendererFingerprint: string,
  worker = fileURLToPath(import.meta.url),
): string {
  const hash = createHash("sha256").update(`${rendererFingerprint}\0${moduleGraphDigest(worker)}`);
  return hash.digest("hex");
}

/** A hash of what decides the pixels: the props (in the plan's key order) and the drawing. */
export function imageKey(props: unknown, fingerprint: string): string {
  const hash = createHash("sha256").update(`${fingerprint}\0${JSON.stringify(props)}`);
  return hash.digest("hex").slice(0, 32);
}

/** Entries unused for this many days are removed at the end of a build. */
const MAX_AGE_DAYS = 30;

/** Removes the entries older than `MAX_AGE_DAYS` that `keep` does not name. */
export async function prune(dir: string, keep: Set<string>): Promise<void> {
  const oldest = Date.now() - MAX_AGE_DAYS * 86_400_000;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const key = name.slice(0, -4);
    if (!name.endsWith(".png") || keep.has(key)) continue;
    const info = await stat(cacheFile(dir, key)).catch(() => undefined);
    if (info && info.mtimeMs < oldest) {
      await rm(cacheFile(dir, key), { force: true });
      await rm(cacheFile(dir, key, "json"), { force: true });
    }
  }
}

/** An image that left out `leftOut`, graphemes no bundled font or emoji can draw. */
type Problem = Pick<ShareImage, "source" | "slug"> & { leftOut: string[] };

export interface Summary {
  drawn: number;
  reused: number;
  /** Wall time from the first image to the last, in ms. */
  wall: number;
  /** Images that left characters out, in the order given. */
  problems: Problem[];
  /** Each image's cache key, by slug. */
  keys: Record<string, string>;
}

// Three per core keeps the thread pool fed while satori lays out the next image.
const CONCURRENCY = Math.max(3, availableParallelism() * 3);

/** Draws into the cache folder `dir` each image it does not hold yet. */
export async function drawImages(images: ShareImage[], dir: string): Promise<Summary> {
  const started = performance.now();
  const renderer = await getRenderer();
  // Read again on every call: `astro dev` draws an edited template's images anew.
  const fingerprint = drawingFingerprint(renderer.fingerprint);
  const summary: Summary = { drawn: 0, reused: 0, wall: 0, problems: [], keys: {} };
  await mkdir(dir, { recursive: true });
  let next = 0;
  async function drawNext(): Promise<void> {
    for (let index = next++; index < images.length; index = next++) {
      const { slug, props, source } = images[index];
      const key = imageKey(props, fingerprint);
      const [png, list] = [cacheFile(dir, key), cacheFile(dir, key, "json")];
      summary.keys[slug] = key;
      const now = new Date();
      let leftOut: string[];
      // Touched when reused, so that `prune` keeps it.
      const held = await utimes(png, now, now)
        .then(() => true)
        .catch(() => false);
      if (held) {
        leftOut = JSON.parse(await readFile(list, "utf8").catch(() => "[]")) as string[];
        summary.reused++;
      } else {
        const drawing = await renderer.draw(props);
        leftOut = drawing.leftOut;
        if (leftOut.length > 0) await writeFile(list, JSON.stringify(leftOut));
        const temporary = join(dir, `.${key}.${process.pid}.tmp`);
        await writeFile(temporary, drawing.png);
        await rename(temporary, png);
        summary.drawn++;
      }
      // Indexed, so that problems keep the images' order whichever finishes first.
      if (leftOut.length > 0) summary.problems[index] = { source, slug, leftOut };
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, drawNext));
  summary.problems = summary.problems.filter(Boolean);
  summary.wall = performance.now() - started;
  return summary;
}

// On the build's worker thread, started on this file by `./integration.ts`.
if (!isMainThread && workerData?.shareImages) {
  const { images, dir } = workerData.shareImages as { images: ShareImage[]; dir: string };
  void drawImages(images, dir).then((summary) => parentPort!.postMessage(summary));
}

/** What each drawn image cost: wall time ÷ images drawn (images overlap). */
export function msPerImage(summary: Summary): number {
  return summary.drawn === 0 ? 0 : summary.wall / summary.drawn;
}

/** `share images: 200 drawn, 3 reused in 3.10 s (15.5 ms per image, 6 at a time)` */
export function summaryLine(summary: Summary): string {
  const head = `share images: ${summary.drawn} drawn, ${summary.reused} reused`;
  if (summary.drawn === 0) return head;
  const [seconds, ms] = [(summary.wall / 1000).toFixed(2), msPerImage(summary).toFixed(1)];
  return `${head} in ${seconds} s (${ms} ms per image, ${CONCURRENCY} at a time)`;
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
