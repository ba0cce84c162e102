/**
 * The fonts share images are drawn with: static-weight WOFF files from the same
 * `@fontsource` packages the site uses (satori reads TTF/OTF/WOFF, not WOFF2, and draws a
 * variable font only at its default weight). Two subsets per face: `latin` has the Italian
 * accents, typographic quotes, « », dashes, `#` and `@`; `latin-ext` adds the rest of the
 * Latin alphabets (ł, ő, ș…) for names and places.
 *
 * Satori keeps one file per family, weight and style, so every subset is registered as its
 * own family (`Source Serif 4 Ext`) and templates list them in order: latin, then latin-ext.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const FACES = { serif: "Source Serif 4", sans: "Source Sans 3" } as const;

/** The families templates ask for. */
export const FAMILIES = {
  serif: `${FACES.serif}, ${FACES.serif} Ext`,
  sans: `${FACES.sans}, ${FACES.sans} Ext`,
} as const;

export interface LoadedFont {
  name: string;
  weight: 400 | 600;
  style: "normal";
  data: Buffer;
}

/** A file of an installed package, resolved from this module (never from the working folder). */
export function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

let loading: Promise<LoadedFont[]> | undefined;

/** Every font file, read once per process: each face at 400 and 600, latin then latin-ext. */
export function loadFonts(): Promise<LoadedFont[]> {
  const files = Object.values(FACES).flatMap((family) =>
    ([400, 600] as const).flatMap((weight) =>
      (["latin", "latin-ext"] as const).map((subset) => {
        const id = family.toLowerCase().replaceAll(" ", "-");
        const file = `@fontsource/${id}/files/${id}-${subset}-${weight}-normal.woff`;
        return { name: subset === "latin" ? family : `${family} Ext`, weight, file };
      }),
    ),
  );
  loading ??= Promise.all(
    files.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: "normal" as const,
      data: await readFile(resolvePackageFile(file)),
    })),
  );
  return loading;
}

/** A hash of the font bytes, in order: any font update changes every cache key. */
export function fontsHash(fonts: LoadedFont[]): string {
  const hash = createHash("sha256");
  for (const font of fonts) hash.update(`${font.name}/${font.weight}\0`).update(font.data);
  return hash.digest("hex");
}
