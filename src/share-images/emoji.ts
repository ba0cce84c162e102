/**
 * Emoji come from `@twemoji/svg`, a local package of SVG files, never from a CDN: satori
 * asks for each emoji grapheme through `loadAdditionalAsset` and draws the SVG as an image.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { resolvePackageFile } from "./fonts.ts";

let folder: string | undefined;

/** The folder of the SVG files. */
function emojiFolder(): string {
  folder ??= dirname(resolvePackageFile("@twemoji/svg/package.json"));
  return folder;
}

/**
 * Twemoji's file names: code points in lowercase hex joined by `-`, without the emoji
 * selector U+FE0F unless the sequence has a zero-width joiner (then both spellings occur).
 */
export function emojiFileNames(grapheme: string): string[] {
  const points = [...grapheme].map((c) => c.codePointAt(0)!.toString(16));
  const bare = points.filter((p) => p !== "fe0f");
  const names = grapheme.includes("\u200d") ? [points, bare] : [bare, points];
  return [...new Set(names.map((list) => list.join("-")))];
}

const found = new Map<string, string | null>();

/** The SVG file for an emoji grapheme, or `undefined` when the package has none. */
export function emojiFile(grapheme: string): string | undefined {
  if (!found.has(grapheme)) {
    const file = emojiFileNames(grapheme)
      .map((name) => join(emojiFolder(), `${name}.svg`))
      .find((path) => existsSync(path));
    found.set(grapheme, file ?? null);
  }
  return found.get(grapheme) ?? undefined;
}

const dataUris = new Map<string, string>();

/** The emoji as a `data:` URI for satori, or `undefined`. */
export function emojiDataUri(grapheme: string): string | undefined {
  const file = emojiFile(grapheme);
  if (!file) return undefined;
  let uri = dataUris.get(file);
  if (!uri) {
    uri = `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`;
    dataUris.set(file, uri);
  }
  return uri;
}
