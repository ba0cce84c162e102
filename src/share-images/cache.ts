/**
 * The share images' cache, one PNG per content hash in a folder outside `dist/`, and the
 * drawing of a list of images into it: each image whose key the cache holds is reused,
 * every other one drawn, several at a time. Drawing runs wherever it is called: on a worker
 * thread in a build (`./worker.ts`), in the request under `astro dev`, in-process in tests
 * and the benchmark. Only keys are kept, not PNGs: a build of a thousand pages never holds
 * a thousand images (about 100 MB) in memory at once.
 *
 * The folder is safe to delete (every image is drawn again) and easy for a CI host to keep
 * between runs. Writes are atomic (temporary file, then rename), so an interrupted build
 * never leaves half a PNG behind. A reused entry is touched; `prune` removes entries no
 * build has used for a while, so the folder does not grow without end. Beside a PNG that
 * left characters out, `<key>.json` lists them, so a build that reuses it reports them too.
 */
import { createHash } from "node:crypto";
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { cacheRoot, linkOrCopy } from "../lib/build-cache.ts";
import type { ShareImage } from "../lib/share-image-plan.ts";
import { getRenderer, isSpace } from "./draw.ts";

/** `OG_CACHE_DIR` when set, else `<ASTRO_CACHE_DIR>/og` or `.cache/og/` (see `cacheRoot`). */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.OG_CACHE_DIR ? resolve(env.OG_CACHE_DIR) : join(cacheRoot(env), "og");
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * 32 hex digits, the image's file name in the cache: a hash of everything that changes its
 * pixels, the props and the renderer's fingerprint (source, fonts, library versions).
 */
export function imageKey(props: unknown, fingerprint: string): string {
  return createHash("sha256").update(stableJson({ props, fingerprint })).digest("hex").slice(0, 32);
}

/** Entries unused for this many days are removed at the end of a build. */
const MAX_AGE_DAYS = 30;

export class ImageCache {
  // A plain field, not a parameter property: the worker runs on Node's type stripping.
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string, extension = "png"): string {
    return join(this.dir, `${key}.${extension}`);
  }

  /**
   * For a cached image, the characters its drawing left out (usually none); `undefined`
   * when the cache lacks it. A held entry is touched.
   */
  async lookup(key: string): Promise<string[] | undefined> {
    const now = new Date();
    const held = await utimes(this.file(key), now, now).then(
      () => true,
      () => false,
    );
    if (!held) return undefined;
    const leftOut = await readFile(this.file(key, "json"), "utf8").catch(() => "[]");
    return JSON.parse(leftOut) as string[];
  }

  async read(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  /** Puts the cached PNG at `file`, as a hard link (see `linkOrCopy`). */
  async linkTo(key: string, file: string): Promise<void> {
    await linkOrCopy(this.file(key), file);
  }

  async write(key: string, png: Buffer, leftOut: string[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    if (leftOut.length > 0) await writeFile(this.file(key, "json"), JSON.stringify(leftOut));
    const temporary = join(this.dir, `.${key}.${process.pid}.tmp`);
    await writeFile(temporary, png);
    await rename(temporary, this.file(key));
  }

  /** Removes the entries older than `MAX_AGE_DAYS` that `keep` does not name. */
  async prune(keep: Set<string>): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const oldest = Date.now() - MAX_AGE_DAYS * 86_400_000;
    for (const name of names) {
      if (!name.endsWith(".png") || keep.has(name.slice(0, -4))) continue;
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < oldest) {
        await unlink(path).catch(() => undefined);
        await unlink(`${path.slice(0, -4)}.json`).catch(() => undefined);
      }
    }
  }
}

interface Problem {
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

export async function drawImages(
  images: ShareImage[],
  { cache }: { cache: ImageCache },
): Promise<Summary> {
  const started = performance.now();
  const renderer = await getRenderer();
  // Three per core keeps the thread pool fed while satori lays out the next image.
  const concurrency = Math.max(3, availableParallelism() * 3);
  const summary: Summary = { drawn: 0, reused: 0, wall: 0, concurrency, problems: [], keys: {} };
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
  await Promise.all(Array.from({ length: concurrency }, drawNext));
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
