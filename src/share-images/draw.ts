/**
 * Draws a share image: props → element tree (the template) → SVG (satori) → pixels (resvg)
 * → PNG (sharp). resvg's `renderAsync` and sharp work on libuv's thread pool, so images
 * drawn together overlap across cores while satori lays out the next one.
 *
 * Characters: satori asks `loadAdditionalAsset` for every grapheme its fonts lack, and that
 * is the only place that decides what cannot be drawn: whatever it asks for is left out, a
 * space-like one as a plain space, and the text laid out once more without it.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderAsync } from "@resvg/resvg-js";
import satori, { type SatoriNode } from "satori";
import sharp from "sharp";
import type { ShareImageProps } from "../lib/share-image-plan.ts";
import { emojiDataUri, loadFonts, resolvePackageFile } from "./glyphs.ts";
import { CANVAS, template } from "./templates.ts";

/** zlib level of the PNG: the fastest, for files (50–100 KB) social networks still accept. */
const PNG_COMPRESSION = 1;

/**
 * resvg's options. Text is already glyph outlines, so no font is loaded. An empty `crop`
 * means "no crop": the default (the full canvas) copies every image into a new 3 MB buffer.
 */
export const RESVG_OPTIONS = {
  font: { loadSystemFonts: false },
  fitTo: { mode: "original" as const },
  crop: { left: 0, top: 0, right: 0, bottom: 0 },
};

/**
 * satori writes a `<mask>` for every box, used only under `overflow: hidden` or a
 * `clip-path`, which templates avoid; resvg would parse each one anyway.
 */
export function withoutUnusedMasks(svg: string): string {
  if (!svg.includes("<mask")) return svg;
  const used = new Set(Array.from(svg.matchAll(/url\(#([^)]+)\)/g), (match) => match[1]));
  return svg.replace(/<mask id="([^"]+)">.*?<\/mask>/gs, (mask, id: string) =>
    used.has(id) ? mask : "",
  );
}

/**
 * Longer than any Italian word (precipitevolissimevolmente has 26 letters) or sensible
 * hashtag: a longer run of letters is cut with an ellipsis, so it cannot overflow a line.
 */
const MAX_WORD = 32;

const segmenter = new Intl.Segmenter("it", { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** A grapheme that is only space (U+2028, U+3000, a vertical tab…): drawn as a plain space. */
export const isSpace = (grapheme: string) => /^\s+$/u.test(grapheme);

/** Applies `fix` to every text a reader sees in the props (nested brands included). */
function mapText<T>(value: T, fix: (text: string) => string, key = ""): T {
  if (typeof value === "string")
    return (key === "template" || key === "color" ? value : fix(value)) as T;
  if (Array.isArray(value)) return value.map((item) => mapText(item, fix)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, fix, k)])) as T;
  }
  return value;
}

function shortenWords(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const chars = [...word];
    return chars.length > MAX_WORD ? chars.slice(0, MAX_WORD - 1).join("") + "…" : word;
  });
}

/** The text without the graphemes of `leftOut`, a space-like one becoming a plain space. */
function without(leftOut: Set<string>) {
  return (text: string) =>
    graphemes(text)
      .map((g) => (!leftOut.has(g) ? g : isSpace(g) ? " " : ""))
      .join("")
      .replace(/ {2,}/g, " ")
      .trim();
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(resolvePackageFile(`${name}/package.json`), "utf8")).version;
}

/** A hash of whatever draws the pixels: libraries, fonts, PNG level and this folder's code. */
function fingerprintOf(fonts: Awaited<ReturnType<typeof loadFonts>>): string {
  const hash = createHash("sha256");
  for (const name of ["satori", "@resvg/resvg-js", "@twemoji/svg"]) {
    hash.update(`${name}@${packageVersion(name)}\0`);
  }
  hash.update(`sharp@${sharp.versions.sharp}\0png${PNG_COMPRESSION}\0`);
  for (const font of fonts) hash.update(`${font.name}/${font.weight}\0`).update(font.data);
  const folder = fileURLToPath(new URL(".", import.meta.url));
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    hash.update(`${file}\0`).update(readFileSync(`${folder}/${file}`));
  }
  return hash.digest("hex");
}

async function create() {
  // libvips keeps recent operations for reuse (up to 50 MB); no two share images share
  // pixels, so the cache would only hold memory.
  sharp.cache(false);
  const fonts = await loadFonts();

  /** `onNode` sees every laid-out box; `embedFont: false` keeps text as `<text>` (tests). */
  async function svg(
    props: ShareImageProps,
    options: { onNode?: (node: SatoriNode) => void; embedFont?: boolean } = {},
  ) {
    const shortened = mapText(props, shortenWords);
    const leftOut = new Set<string>();
    for (;;) {
      const asked: string[] = [];
      const nodes: SatoriNode[] = [];
      const drawn = leftOut.size === 0 ? shortened : mapText(shortened, without(leftOut));
      const result = await satori(template(drawn) as never, {
        ...CANVAS,
        fonts,
        embedFont: options.embedFont ?? true,
        onNodeDetected: options.onNode && ((node) => nodes.push(node)),
        async loadAdditionalAsset(code, segment) {
          const emoji = code === "emoji" && emojiDataUri(segment);
          if (emoji) return emoji;
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
    svg,
    /** The PNG and the graphemes no bundled font or emoji can draw, in order. */
    async draw(props: ShareImageProps): Promise<{ png: Buffer; leftOut: string[] }> {
      const { svg: text, leftOut } = await svg(props);
      const { pixels, width, height } = await renderAsync(withoutUnusedMasks(text), RESVG_OPTIONS);
      if (width !== CANVAS.width || height !== CANVAS.height) {
        throw new Error(`share images: drew ${width}×${height}, not 1200×630`);
      }
      const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
        .png({ compressionLevel: PNG_COMPRESSION })
        .toBuffer();
      return { png, leftOut };
    },
  };
}

let renderer: ReturnType<typeof create> | undefined;

/** The process's renderer: fonts are read and parsed on first use only. */
export function getRenderer(): ReturnType<typeof create> {
  renderer ??= create();
  return renderer;
}
