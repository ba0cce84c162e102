/**
 * Text as glyph outlines, each glyph written once per size and reused.
 *
 * satori can write text as outlines itself (`embedFont: true`), but it then formats every
 * point of every glyph again for every image: a third of its time, and most of its garbage.
 * So satori only lays the text out (`embedFont: false`: a `<text>` per word, where it placed
 * it) and `outline` turns those into paths the way satori would have drawn them:
 *
 * - words satori set side by side on a line are shaped together from the first one's
 *   position, so kerning across them holds (« “A » as much as « AV »), as satori does;
 * - shaping is HarfBuzz's, the shaper inside satori, on the same font files, with ligatures
 *   off under letter-spacing, satori's rule too;
 * - each character is drawn by the first font of its `font-family` list that has it;
 * - a glyph's outline at a size is kept in relative commands, in tenths of a pixel, so a line
 *   is cached pieces joined by one move per glyph.
 *
 * A `<text>` with anything else (a transform, a clip, a stroke, another style) is refused
 * with an error: templates use none, and a wrong drawing would go unnoticed. A unit test
 * checks every template against satori's own outlines, pixel by pixel.
 */
import { createRequire } from "node:module";
import type { HarfBuzz, HbFont } from "harfbuzzjs";
import { resolvePackageFile, type LoadedFont } from "./fonts.ts";
import { codePointLabel, codePointsOf, sfntOf } from "./glyphs.ts";

/** Turns satori's `<text>` elements into glyph outlines; the rest of the SVG is kept. */
export type Outline = (svg: string) => string;

interface OutlineFont {
  /** The family as satori writes it in `font-family`: lower case. */
  family: string;
  weight: number;
  shaper: HbFont;
  upem: number;
  covers: Set<number>;
  /** By glyph id and font size; `null` for a glyph with no outline (a space). */
  glyphs: Map<string, GlyphOutline | null>;
}

/** A glyph's outline at one size, in whole tenths of a pixel from its origin. */
interface GlyphOutline {
  /** Where its first contour starts. */
  startX: number;
  startY: number;
  /** Every command after that first move, relative to the point before it. */
  path: string;
  /** Where the outline leaves the pen: the start of its last contour. */
  endX: number;
  endY: number;
}

/** A shaped glyph, as HarfBuzz gives it: id, cluster, advance and offsets in font units. */
type Shaped = { g: number; cl: number; ax: number; dx: number; dy: number };

/** Attributes satori gives a `<text>` this module knows how to draw. */
const DRAWN = new Set([
  "x",
  "y",
  "width",
  "height",
  "font-weight",
  "font-style",
  "font-size",
  "font-family",
  "letter-spacing",
  "fill",
]);

/** A `<text>` element as satori writes it: attributes in double quotes, escaped content. */
const TEXT_ELEMENT = /(<text [^>]*>[^<]*<\/text>)/;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

/** Lines and words shaped so far, by font and text: the same ones recur from image to image. */
const MAX_SHAPED = 20_000;

const tenths = (n: number) => String(n / 10);

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );
}

/** The outline of `glyph` at `size` px, from HarfBuzz's drawing of it. */
function glyphOutline(font: OutlineFont, glyph: number, size: number): GlyphOutline | null {
  const scale = (10 * size) / font.upem;
  const commands = font.shaper.glyphToJson(glyph);
  if (commands.length === 0) return null;
  let startX = 0;
  let startY = 0;
  let path = "";
  let [x, y, contourX, contourY] = [0, 0, 0, 0];
  commands.forEach(({ type, values }, i) => {
    if (type === "Z") {
      path += "z";
      [x, y] = [contourX, contourY];
      return;
    }
    const points = values.map((value, j) => Math.round(j % 2 ? -value * scale : value * scale));
    const [endX, endY] = points.slice(-2);
    if (i === 0) [startX, startY] = [endX, endY];
    else {
      path += type.toLowerCase();
      for (let j = 0; j < points.length; j += 2)
        path += `${j ? " " : ""}${tenths(points[j] - x)} ${tenths(points[j + 1] - y)}`;
    }
    if (type === "M") [contourX, contourY] = [endX, endY];
    [x, y] = [endX, endY];
  });
  return { startX, startY, path, endX: x, endY: y };
}

/** A run of words satori set side by side: one style, one line. */
interface Run {
  attributes: Map<string, string>;
  text: string;
  x: number;
  /** Where the last word ends: the next one continues the run only from there. */
  end: number;
  /** Style and line: what words must share to be shaped together. */
  key: string;
}

/**
 * HarfBuzz, loaded as the CommonJS module it is: its export is a promise, which ESM interop
 * (Node's and Vite's differ) would wrap.
 */
function loadHarfBuzz(): Promise<HarfBuzz> {
  return createRequire(import.meta.url)(resolvePackageFile("harfbuzzjs"));
}

export async function createOutline(fonts: LoadedFont[]): Promise<Outline> {
  const hb = await loadHarfBuzz();
  const outlineFonts: OutlineFont[] = fonts.map((font) => {
    const face = hb.createFace(hb.createBlob(sfntOf(font.data)), 0);
    const shaper = hb.createFont(face);
    shaper.setScale(face.upem, face.upem);
    return {
      family: font.name.toLowerCase(),
      weight: font.weight,
      shaper,
      upem: face.upem,
      covers: codePointsOf(font.data),
      glyphs: new Map(),
    };
  });
  const shapedCache = new Map<string, Shaped[]>();

  function fontsFor(run: Run): OutlineFont[] {
    const weight = Number(run.attributes.get("font-weight"));
    return run.attributes
      .get("font-family")!
      .split(",")
      .map((family) => {
        const font = outlineFonts.find((f) => f.family === family.trim() && f.weight === weight);
        if (!font) throw new Error(`share images: no font "${family}" at weight ${weight}`);
        return font;
      });
  }

  /** The text cut where the font drawing it changes, like satori's fallback. */
  function fontRuns(text: string, fonts: OutlineFont[]): Array<[string, OutlineFont]> {
    const runs: Array<[string, OutlineFont]> = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      const current = runs.at(-1);
      const font =
        /\s/.test(char) && current?.[1].covers.has(code)
          ? current[1]
          : fonts.find((f) => f.covers.has(code));
      if (!font) throw new Error(`share images: no font draws ${codePointLabel(char)}`);
      if (current?.[1] === font) current[0] += char;
      else runs.push([char, font]);
    }
    return runs;
  }

  function shape(font: OutlineFont, text: string, features: string): Shaped[] {
    const key = `${outlineFonts.indexOf(font)}\0${features}\0${text}`;
    let shaped = shapedCache.get(key);
    if (!shaped) {
      const buffer = hb.createBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font.shaper, buffer, features);
      shaped = buffer.json();
      buffer.destroy();
      if (shapedCache.size >= MAX_SHAPED) shapedCache.clear();
      shapedCache.set(key, shaped);
    }
    return shaped;
  }

  function glyph(font: OutlineFont, id: number, size: number): GlyphOutline | null {
    const key = `${id}/${size}`;
    let outline = font.glyphs.get(key);
    if (outline === undefined) {
      outline = glyphOutline(font, id, size);
      font.glyphs.set(key, outline);
    }
    return outline;
  }

  return function outline(svg: string): string {
    let out = "";
    let fill: string | undefined;
    let path = "";
    // The pen, in tenths of a pixel: where the path being written stands.
    let [penX, penY] = [0, 0];
    let run: Run | undefined;

    const flushPath = () => {
      if (path) out += `<path fill="${fill}" d="${path}"/>`;
      path = "";
    };

    const draw = (run: Run) => {
      if (!run.text.trim()) return;
      if (run.attributes.get("fill") !== fill) {
        flushPath();
        fill = run.attributes.get("fill");
      }
      const size = Number(run.attributes.get("font-size"));
      const spacing = Number(run.attributes.get("letter-spacing") ?? 0);
      const features = spacing ? "-liga,-clig" : "";
      const y = Number(run.attributes.get("y"));
      let x = run.x;
      for (const [text, font] of fontRuns(run.text, fontsFor(run))) {
        const scale = size / font.upem;
        const shaped = shape(font, text, features);
        shaped.forEach((g, i) => {
          const outline = glyph(font, g.g, size);
          if (outline) {
            const originX = Math.round((x + g.dx * scale) * 10);
            const originY = Math.round((y - g.dy * scale) * 10);
            const startX = originX + outline.startX;
            const startY = originY + outline.startY;
            path += path
              ? `m${tenths(startX - penX)} ${tenths(startY - penY)}`
              : `M${tenths(startX)} ${tenths(startY)}`;
            path += outline.path;
            [penX, penY] = [originX + outline.endX, originY + outline.endY];
          }
          x += g.ax * scale;
          if (shaped[i + 1]?.cl !== g.cl) x += spacing;
        });
      }
    };

    for (const part of svg.split(TEXT_ELEMENT)) {
      if (!part.startsWith("<text ")) {
        if (!part) continue;
        if (run) draw(run);
        run = undefined;
        flushPath();
        out += part;
        continue;
      }
      const open = part.indexOf(">");
      const attributes = new Map(
        Array.from(part.slice(6, open).matchAll(ATTRIBUTE), (m) => [m[1], m[2]] as const),
      );
      for (const name of attributes.keys())
        if (!DRAWN.has(name))
          throw new Error(`share images: cannot draw text with \`${name}\` as outlines`);
      if (attributes.get("font-style") !== "normal")
        throw new Error(`share images: cannot draw ${attributes.get("font-style")} text`);
      const text = unescapeXml(part.slice(open + 1, -"</text>".length));
      const x = Number(attributes.get("x"));
      const end = x + Number(attributes.get("width"));
      const key = ["y", "font-family", "font-weight", "font-size", "letter-spacing", "fill"]
        .map((name) => attributes.get(name))
        .join("|");
      if (run && run.key === key && Math.abs(run.end - x) < 0.001) {
        run.text += text;
        run.end = end;
        continue;
      }
      if (run) draw(run);
      run = { attributes, text, x, end, key };
    }
    if (run) draw(run);
    flushPath();
    return out;
  };
}
