/**
 * The fonts share images are drawn with: static-weight WOFF files from the same
 * `@fontsource` packages the site uses (satori reads TTF/OTF/WOFF, not WOFF2, and draws a
 * variable font only at its default weight). Two subsets per face: `latin` has the Italian
 * accents, typographic quotes, « », dashes, `#` and `@`; `latin-ext` adds the rest of the
 * Latin alphabets (ł, ő, ș…) for names and places.
 *
 * Files are read once per process; `fontsHash` lets the cache notice a font update.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export type FontWeight = 400 | 600;

export interface FontFile {
  /** The family name templates ask for; each subset is its own family, see `FAMILIES`. */
  name: string;
  weight: FontWeight;
  style: "normal";
  /** Package-relative file, resolved through node_modules. */
  file: string;
}

const SUBSETS = [
  ["latin", ""],
  ["latin-ext", " Ext"],
] as const;

const FACES = [
  {
    pkg: "@fontsource/source-serif-4",
    id: "source-serif-4",
    family: "Source Serif 4",
    weights: [400, 600],
  },
  {
    pkg: "@fontsource/source-sans-3",
    id: "source-sans-3",
    family: "Source Sans 3",
    weights: [400, 600],
  },
] as const;

/**
 * Satori keeps one file per family, weight and style, so every subset is registered as its
 * own family and templates list them in order: the latin file first, then its extension.
 */
export const FAMILIES = {
  serif: FACES[0].family + ", " + FACES[0].family + " Ext",
  sans: FACES[1].family + ", " + FACES[1].family + " Ext",
} as const;

export const FONT_FILES: FontFile[] = FACES.flatMap((face) =>
  face.weights.flatMap((weight) =>
    SUBSETS.map(([subset, suffix]) => ({
      name: face.family + suffix,
      weight,
      style: "normal" as const,
      file: `${face.pkg}/files/${face.id}-${subset}-${weight}-normal.woff`,
    })),
  ),
);

export interface LoadedFont {
  name: string;
  weight: FontWeight;
  style: "normal";
  data: Buffer;
}

/** A file of an installed package, resolved from this module (never from the working folder). */
export function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

let loading: Promise<LoadedFont[]> | undefined;

/** Every font file, read once per process. */
export function loadFonts(): Promise<LoadedFont[]> {
  loading ??= Promise.all(
    FONT_FILES.map(async (font) => ({
      name: font.name,
      weight: font.weight,
      style: font.style,
      data: await readFile(resolvePackageFile(font.file)),
    })),
  );
  return loading;
}

/** A hash of the font bytes, in order: any font update changes every cache key. */
export function fontsHash(fonts: LoadedFont[]): string {
  const hash = createHash("sha256");
  for (const font of fonts)
    hash.update(`${font.name}/${font.weight}/${font.style}\0`).update(font.data);
  return hash.digest("hex");
}
