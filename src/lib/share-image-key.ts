/**
 * Cache keys of share images: a hash of everything that changes an image's pixels, so an
 * image is drawn again exactly when one of them changes and never otherwise.
 *
 * - the props the template receives (title, date, colours…);
 * - the template source (every file of `src/og/`);
 * - the renderer's fingerprint: font bytes, satori, resvg, sharp and emoji package versions,
 *   and the PNG settings.
 *
 * Pure and dependency-free, so Astro, vitest and the benchmark compute the same keys.
 */
import { createHash } from "node:crypto";

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
 * One hash for the template source: file names (from `og/` on, whatever the prefix the
 * caller read them with) and contents, in name order.
 */
export function templateHash(sources: Record<string, string>): string {
  const hash = createHash("sha256");
  const named = Object.entries(sources).map(
    ([path, text]) => [path.replace(/\\/g, "/").replace(/^.*?\bog\//, "og/"), text] as const,
  );
  for (const [path, text] of named.sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${path}\0${text}\0`);
  }
  return hash.digest("hex");
}

export interface KeyParts {
  props: unknown;
  /** `templateHash(...)` */
  template: string;
  /** Fonts, library versions and PNG settings. */
  renderer: string;
}

/** 32 hex digits: the file name of the image in the cache. */
export function shareImageKey({ props, template, renderer }: KeyParts): string {
  return createHash("sha256")
    .update(stableJson({ props, template, renderer }))
    .digest("hex")
    .slice(0, 32);
}
