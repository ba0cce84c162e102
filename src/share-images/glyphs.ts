/**
 * What share images draw characters with, from installed packages only, never a CDN.
 *
 * Fonts: static-weight WOFF files from the same `@fontsource` packages the site uses (satori
 * reads TTF/OTF/WOFF, not WOFF2, and draws a variable font only at its default weight). Two
 * subsets per face: `latin` has the Italian accents, typographic quotes, « », dashes, `#` and
 * `@`; `latin-ext` adds the rest of the Latin alphabets (ł, ő, ș…) for names and places.
 * Satori keeps one file per family, weight and style, so every subset is registered as its
 * own family (`Source Serif 4 Ext`) and templates list them in order: latin, then latin-ext.
 *
 * Emoji: SVG files of `@twemoji/svg`; satori asks for each emoji grapheme through
 * `loadAdditionalAsset` and draws the SVG as an image.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const FACES = { serif: "Source Serif 4", sans: "Source Sans 3" } as const;

/** The families templates ask for. */
export const FAMILIES = {
  serif: `${FACES.serif}, ${FACES.serif} Ext`,
  sans: `${FACES.sans}, ${FACES.sans} Ext`,
} as const;

/** A file of an installed package, resolved from this module (never from the working folder). */
export function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

function readFonts() {
  const fonts = Object.values(FACES).flatMap((family) =>
    ([400, 600] as const).flatMap((weight) =>
      (["latin", "latin-ext"] as const).map(async (subset) => {
        const id = family.toLowerCase().replaceAll(" ", "-");
        const file = `@fontsource/${id}/files/${id}-${subset}-${weight}-normal.woff`;
        const name = subset === "latin" ? family : `${family} Ext`;
        return {
          name,
          weight,
          style: "normal" as const,
          data: await readFile(resolvePackageFile(file)),
        };
      }),
    ),
  );
  return Promise.all(fonts);
}

let loading: ReturnType<typeof readFonts> | undefined;

/** Every font file, read once per process: each face at 400 and 600, latin then latin-ext. */
export function loadFonts(): ReturnType<typeof readFonts> {
  loading ??= readFonts();
  return loading;
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

/** The SVG file for an emoji grapheme, or `undefined` when the package has none. */
export function emojiFile(grapheme: string): string | undefined {
  const folder = dirname(resolvePackageFile("@twemoji/svg/package.json"));
  return emojiFileNames(grapheme)
    .map((name) => join(folder, `${name}.svg`))
    .find((path) => existsSync(path));
}

const dataUris = new Map<string, string | undefined>();

/** The emoji as a `data:` URI for satori, or `undefined`; each grapheme looked up once. */
export function emojiDataUri(grapheme: string): string | undefined {
  if (!dataUris.has(grapheme)) {
    const file = emojiFile(grapheme);
    dataUris.set(
      grapheme,
      file && `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`,
    );
  }
  return dataUris.get(grapheme);
}
