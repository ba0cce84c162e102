/**
 * The renderer: props → element tree (the template) → SVG (satori) → pixels (resvg) → PNG
 * (sharp). Fonts, their coverage and the emoji folder are loaded once per process.
 *
 * The drawing thread runs satori and only the JavaScript side of resvg and sharp (the calls,
 * the copy of the pixels): resvg's `renderAsync` and sharp rasterise and encode on libuv's
 * thread pool, so images drawn together overlap across the machine's cores (see
 * `ShareImageBatch` in `./batch.ts`).
 */
import { readFileSync } from "node:fs";
import { Resvg, renderAsync } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import type { ShareImageProps } from "../lib/share-image.ts";
import { emojiDataUri, emojiFile, emojiVersion } from "./emoji.ts";
import { fontsHash, loadFonts, resolvePackageFile, type LoadedFont } from "./fonts.ts";
import { checkText, coverageOf } from "./glyphs.ts";
import { pngSize } from "./png.ts";
import { template } from "./templates/index.ts";
import { CANVAS } from "./theme.ts";
import type { OgElement } from "./element.ts";

/**
 * How pixels become a PNG. `resvg+sharp` is what the site uses: resvg rasterises faster
 * than sharp's librsvg, sharp (zlib-ng) encodes PNG faster than resvg. The other two are
 * kept for `npm run bench:og`, which measures all three.
 */
export type Pipeline = "resvg+sharp" | "resvg" | "sharp";
export const PIPELINE: Pipeline = "resvg+sharp";

/**
 * zlib level of the PNG: 1 costs ~5 ms an image against ~10 ms at the default 6, for files
 * of 50–100 KB instead of 35–70 KB, well within what social networks accept.
 */
export const PNG_COMPRESSION = 1;

export interface Timings {
  /** Layout and SVG, on the main thread. */
  satori: number;
  /** SVG → pixels → PNG, on the thread pool. */
  raster: number;
  /** From start to PNG, queueing included. */
  total: number;
}

export interface Drawn {
  png: Buffer;
  /** Characters left out because no bundled font or emoji can draw them. */
  missing: string[];
  /** Emoji drawn from `@twemoji/svg`. */
  emoji: string[];
  timings: Timings;
}

export interface Renderer {
  fonts: LoadedFont[];
  /** Everything a drawing depends on besides its props and the template source. */
  fingerprint: string;
  /** The props with every undrawable character left out, and what was left out. */
  prepare(props: ShareImageProps): { props: ShareImageProps; missing: string[]; emoji: string[] };
  /**
   * The SVG alone, for tests: `onNode` sees every laid-out box; `embedFont: false` keeps the
   * text as `<text>` instead of glyph outlines.
   */
  svg(props: ShareImageProps, options?: SvgOptions): Promise<string>;
  draw(props: ShareImageProps, pipeline?: Pipeline): Promise<Drawn>;
  /** SVG → PNG alone, through any pipeline: the benchmark compares them on the same SVG. */
  toPng(svg: string, pipeline?: Pipeline): Promise<Buffer>;
}

export interface SvgOptions {
  onNode?: (node: LaidOut) => void;
  embedFont?: boolean;
}

export interface LaidOut {
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
  textContent?: string;
}

/** Keys of props that are not text a reader sees. */
const NOT_TEXT = new Set(["template", "color"]);

/** Applies `fix` to every text value of the props (nested brands included). */
function mapText<T>(value: T, fix: (text: string) => string, key = ""): T {
  if (typeof value === "string") return (NOT_TEXT.has(key) ? value : fix(value)) as T;
  if (Array.isArray(value)) return value.map((item) => mapText(item, fix)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, fix, k)])) as T;
  }
  return value;
}

/**
 * Longer than any Italian word (precipitevolissimevolmente has 26 letters) or sensible
 * hashtag: a longer run of letters is cut with an ellipsis, so it cannot overflow a line.
 */
export const MAX_WORD = 32;

export function shortenWords(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const chars = [...word];
    return chars.length > MAX_WORD ? chars.slice(0, MAX_WORD - 1).join("") + "…" : word;
  });
}

function packageVersion(name: string): string {
  const file = resolvePackageFile(`${name}/package.json`);
  return `${name}@${JSON.parse(readFileSync(file, "utf8")).version}`;
}

async function create(): Promise<Renderer> {
  // libvips keeps recent operations for reuse (up to 50 MB); no two share images share
  // pixels, so the cache would only hold memory.
  sharp.cache(false);
  const fonts = await loadFonts();
  const covered = coverageOf(fonts);
  // Each family a drawing may use costs satori time on every drawing, so the latin-ext
  // files are handed over only when the text has a character the latin files lack.
  const latin = fonts.filter((font) => !font.name.endsWith(" Ext"));
  const latinCovered = coverageOf(latin);
  const needsExt = (props: ShareImageProps) => {
    let needed = false;
    mapText(props, (text) => {
      for (const char of text) {
        const code = char.codePointAt(0)!;
        if (covered.has(code) && !latinCovered.has(code)) needed = true;
      }
      return text;
    });
    return needed;
  };
  const hasEmoji = (grapheme: string) => emojiFile(grapheme) !== undefined;
  const fingerprint = [
    packageVersion("satori"),
    packageVersion("@resvg/resvg-js"),
    `sharp@${sharp.versions.sharp}`,
    emojiVersion(),
    `fonts:${fontsHash(fonts)}`,
    `pipeline:${PIPELINE}/png${PNG_COMPRESSION}`,
  ].join(" ");

  function prepare(props: ShareImageProps) {
    const missing: string[] = [];
    const emoji: string[] = [];
    const clean = mapText(props, (text) => {
      const check = checkText(text, covered, hasEmoji);
      for (const c of check.missing) if (!missing.includes(c)) missing.push(c);
      for (const e of check.emoji) if (!emoji.includes(e)) emoji.push(e);
      return shortenWords(check.text);
    });
    return { props: clean, missing, emoji };
  }

  async function toSvg(
    element: OgElement,
    props: ShareImageProps,
    options: SvgOptions = {},
  ): Promise<string> {
    return satori(element as never, {
      width: CANVAS.width,
      height: CANVAS.height,
      fonts: needsExt(props) ? fonts : latin,
      onNodeDetected: options.onNode,
      embedFont: options.embedFont ?? true,
      async loadAdditionalAsset(code, segment) {
        if (code === "emoji") return emojiDataUri(segment) ?? [];
        // `prepare` left out every character the fonts lack: this would be a bug.
        throw new Error(`share images: no font for ${JSON.stringify(segment)} (${code})`);
      },
    });
  }

  async function rasterize(svg: string, pipeline: Pipeline = PIPELINE): Promise<Buffer> {
    svg = withoutUnusedMasks(svg);
    switch (pipeline) {
      case "resvg":
        return new Resvg(svg, RESVG_OPTIONS).render().asPng();
      case "sharp":
        return sharp(Buffer.from(svg)).png({ compressionLevel: PNG_COMPRESSION }).toBuffer();
      case "resvg+sharp": {
        const image = await renderAsync(svg, RESVG_OPTIONS);
        return sharp(image.pixels, {
          raw: { width: image.width, height: image.height, channels: 4 },
        })
          .png({ compressionLevel: PNG_COMPRESSION })
          .toBuffer();
      }
    }
  }

  return {
    fonts,
    fingerprint,
    prepare,
    toPng: rasterize,
    async svg(props, options) {
      const prepared = prepare(props).props;
      return toSvg(template(prepared), prepared, options);
    },
    async draw(props, pipeline = PIPELINE) {
      const start = performance.now();
      const prepared = prepare(props);
      const svg = await toSvg(template(prepared.props), prepared.props);
      const laidOut = performance.now();
      const png = checkedSize(await rasterize(svg, pipeline));
      const end = performance.now();
      return {
        png,
        missing: prepared.missing,
        emoji: prepared.emoji,
        timings: { satori: laidOut - start, raster: end - laidOut, total: end - start },
      };
    },
  };
}

function checkedSize(png: Buffer): Buffer {
  const size = pngSize(png);
  if (size.width !== CANVAS.width || size.height !== CANVAS.height) {
    throw new Error(`share images: drew ${size.width}×${size.height}, not 1200×630`);
  }
  return png;
}

/**
 * resvg's options. Text is already glyph outlines, so no font is loaded. `crop` is empty on
 * purpose: resvg-js copies the whole canvas into a new 3 MB buffer to apply a crop, and with
 * its default crop (the full canvas) it does so for every image; an empty one is "no crop",
 * the same pixels without the copy (about 2–3 ms an image on this machine, most of it in
 * page faults). `draw` checks the size of every image, and a unit test the pixels.
 */
export const RESVG_OPTIONS = {
  font: { loadSystemFonts: false },
  fitTo: { mode: "original" as const },
  crop: { left: 0, top: 0, right: 0, bottom: 0 },
};

/**
 * satori writes a `<mask>` for every box, referenced only under `overflow: hidden` or a
 * `clip-path`, which templates do not use. resvg parses each one anyway (about 1 ms an
 * image); those no `url(#id)` refers to are left out, which changes no pixel.
 */
export function withoutUnusedMasks(svg: string): string {
  if (!svg.includes("<mask")) return svg;
  const used = new Set(Array.from(svg.matchAll(/url\(#([^)]+)\)/g), (match) => match[1]));
  return svg.replace(/<mask id="([^"]+)">.*?<\/mask>/gs, (mask, id: string) =>
    used.has(id) ? mask : "",
  );
}

let renderer: Promise<Renderer> | undefined;

/** The process's renderer: fonts are read and parsed on first use only. */
export function getRenderer(): Promise<Renderer> {
  renderer ??= create();
  return renderer;
}
