/**
 * The share images' cache: one PNG per content hash, in a folder outside `dist/`.
 *
 * - `OG_CACHE_DIR`, when set; otherwise
 * - `<ASTRO_CACHE_DIR>/og`, when a test or benchmark gives Astro its own cache; otherwise
 * - `.cache/og/` at the project root.
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
import { join, resolve } from "node:path";
import { cacheRoot, linkOrCopy } from "../lib/build-cache.ts";

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

/** Entries unused for this long are removed at the end of a build. */
export const MAX_AGE_DAYS = 30;

export class ImageCache {
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

  /** Removes entries older than `maxAgeDays` that `keep` does not name; returns how many. */
  async prune(keep: Set<string>, maxAgeDays = MAX_AGE_DAYS): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const oldest = Date.now() - maxAgeDays * 86_400_000;
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith(".png") || keep.has(name.slice(0, -4))) continue;
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtimeMs < oldest) {
        await unlink(path).catch(() => undefined);
        await unlink(`${path.slice(0, -4)}.json`).catch(() => undefined);
        removed++;
      }
    }
    return removed;
  }
}
