/**
 * Draws a share image: props → element tree (the template) → SVG (satori) → pixels (resvg)
 * → PNG (sharp); resvg and sharp work on libuv's thread pool, so images drawn together overlap.
 * Characters come from installed packages only: static WOFF files of the site's fonts (satori
 * reads no WOFF2), each subset its own family, and Twemoji's SVGs. What satori's
 * `loadAdditionalAsset` is asked for and cannot find is left out (a space-like character
 * becomes a plain space) and the text laid out again: the one place that decides.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import satori, { type SatoriNode } from "satori";
import sharp from "sharp";
import type { ShareImageProps } from "./share-image-plan.ts";
import { CANVAS, FACES } from "./share-image-tokens.ts";
import { template } from "./templates.ts";

/** zlib level of the PNG: the fastest, for files (50–100 KB) social networks still accept. */
const PNG_COMPRESSION = 1;

/** Text is already outlines, so no font is loaded; an empty `crop` spares a 3 MB copy. */
export const RESVG_OPTIONS = {
  font: { loadSystemFonts: false },
  crop: { left: 0, top: 0, right: 0, bottom: 0 },
};

/** A file of an installed package, resolved from this module (never from the working folder). */
function resolvePackageFile(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/** Every font file: each face at 400 and 600, latin then latin-ext. */
function readFonts() {
  const fonts = Object.values(FACES).flatMap((family) =>
    ([400, 600] as const).flatMap((weight) =>
      (["latin", "latin-ext"] as const).map(async (subset) => {
        const id = family.toLowerCase().replaceAll(" ", "-");
        const file = `@fontsource/${id}/files/${id}-${subset}-${weight}-normal.woff`;
        const data = await readFile(resolvePackageFile(file));
        const name = subset === "latin" ? family : `${family} Ext`;
        return { name, weight, style: "normal" as const, data };
      }),
    ),
  );
  return Promise.all(fonts);
}

const TWEMOJI_FOLDER = dirname(resolvePackageFile("@twemoji/svg/package.json"));

/** An emoji's SVG, or `undefined`: Twemoji drops U+FE0F from names without a joiner. */
export function emojiFile(grapheme: string): string | undefined {
  const points = [...grapheme].map((c) => c.codePointAt(0)!.toString(16));
  const bare = points.filter((p) => p !== "fe0f");
  return (grapheme.includes("\u200d") ? [points, bare] : [bare, points])
    .map((name) => join(TWEMOJI_FOLDER, `${name.join("-")}.svg`))
    .find((path) => existsSync(path));
}

/** Longer than any Italian word (precipitevolissimevolmente has 26 letters) or hashtag. */
const MAX_WORD = 32;

const segmenter = new Intl.Segmenter("it", { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** A grapheme that is only space (U+2028, U+3000, a vertical tab…): drawn as a plain space. */
export const isSpace = (grapheme: string) => /^\s+$/u.test(grapheme);

/** The text as drawn: longer words cut with an ellipsis, the graphemes of `leftOut` out. */
function drawnText(text: string, leftOut: Set<string>): string {
  const shortened = text.replace(/\S+/g, (word) => {
    const chars = [...word];
    return chars.length > MAX_WORD ? chars.slice(0, MAX_WORD - 1).join("") + "…" : word;
  });
  if (leftOut.size === 0) return shortened;
  return graphemes(shortened)
    .map((g) => (!leftOut.has(g) ? g : isSpace(g) ? " " : ""))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Applies `fix` to every text a reader sees in the props (nested brands included). */
function mapText<T>(value: T, fix: (text: string) => string, key = ""): T {
  if (typeof value === "string") return (/^(template|color)$/.test(key) ? value : fix(value)) as T;
  if (Array.isArray(value)) return value.map((item) => mapText(item, fix)) as T;
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, fix, k)])) as T;
}

/**
 * A hash of what draws the pixels besides the code (which `./cache.ts` adds, with the packages
 * it imports): the font bytes, Twemoji's version, the native libraries sharp loaded and the
 * PNG settings.
 */
function fingerprintOf(fonts: Awaited<ReturnType<typeof readFonts>>): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(resolvePackageFile("@twemoji/svg/package.json")));
  hash.update(`${JSON.stringify(sharp.versions)}\0png${PNG_COMPRESSION}\0`);
  for (const font of fonts) hash.update(`${font.name}/${font.weight}\0`).update(font.data);
  return hash.digest("hex");
}

async function create() {
  // libvips' operation cache (up to 50 MB) would only hold memory: no two images share pixels.
  sharp.cache(false);
  const fonts = await readFonts();

  /** `onNode` sees every laid-out box; `embedFont: false` keeps text as `<text>` (tests). */
  async function svg(
    props: ShareImageProps,
    options: { onNode?: (node: SatoriNode) => void; embedFont?: boolean } = {},
  ) {
    const leftOut = new Set<string>();
    for (;;) {
      const asked: string[] = [];
      const nodes: SatoriNode[] = [];
      const drawn = mapText(props, (text) => drawnText(text, leftOut));
      const result = await satori(template(drawn) as never, {
        ...CANVAS,
        fonts,
        embedFont: options.embedFont ?? true,
        onNodeDetected: options.onNode && ((node) => nodes.push(node)),
        async loadAdditionalAsset(code, segment) {
          const emoji = code === "emoji" && emojiFile(segment);
          if (emoji) {
            return `data:image/svg+xml;base64,${(await readFile(emoji)).toString("base64")}`;
          }
          asked.push(...graphemes(segment));
          return [];
        },
      });
      if (asked.length === 0) {
        if (options.onNode) nodes.forEach(options.onNode);
        return { svg: result, leftOut: [...leftOut] };
      }
      if (asked.every((g) => leftOut.has(g))) {
        throw new Error(`share images: cannot leave out ${JSON.stringify(asked.join(""))}`);
      }
      for (const g of asked) leftOut.add(g);
    }
  }

  return {
    fingerprint: fingerprintOf(fonts),
    fonts,
    svg,
    /** The PNG and the graphemes no bundled font or emoji can draw, in order. */
    async draw(props: ShareImageProps): Promise<{ png: Buffer; leftOut: string[] }> {
      const { svg: text, leftOut } = await svg(props);
      const { pixels, width, height } = await renderAsync(text, RESVG_OPTIONS);
      const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
        .png({ compressionLevel: PNG_COMPRESSION })
        .toBuffer();
      return { png, leftOut };
    },
  };
}

let renderer: ReturnType<typeof create> | undefined;

/** The process's renderer: fonts are read on first use only. */
export function getRenderer(): ReturnType<typeof create> {
  renderer ??= create();
  return renderer;
}
