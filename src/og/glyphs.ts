/**
 * Which characters the bundled fonts can draw, read from the fonts' own `cmap` tables, so a
 * character no font has is caught before satori would draw it as an empty box.
 *
 * Reads WOFF 1 (what `@fontsource` ships besides WOFF2) and plain TrueType/OpenType files.
 */
import { inflateSync } from "node:zlib";

/** The tables of a font file, uncompressed, by tag. */
function tables(font: Uint8Array): Map<string, DataView> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const signature = view.getUint32(0);
  const found = new Map<string, DataView>();
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  if (signature === 0x774f4646) {
    // WOFF 1: a 44-byte header, then 20-byte table records.
    const count = view.getUint16(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      const offset = view.getUint32(at + 4);
      const compressed = view.getUint32(at + 8);
      const original = view.getUint32(at + 12);
      const raw = font.subarray(offset, offset + compressed);
      const data = compressed < original ? new Uint8Array(inflateSync(raw)) : raw;
      found.set(tag(at), new DataView(data.buffer, data.byteOffset, data.byteLength));
    }
  } else if (signature === 0x00010000 || signature === 0x4f54544f || signature === 0x74727565) {
    // TrueType / OpenType: a 12-byte header, then 16-byte table records.
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const offset = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      found.set(tag(at), new DataView(font.buffer, font.byteOffset + offset, length));
    }
  } else {
    throw new Error("unsupported font format (expected WOFF, TTF or OTF)");
  }
  return found;
}

/** Code points mapped to a real glyph by a format 4 (BMP) subtable. */
function format4(cmap: DataView, at: number, into: Set<number>) {
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const where = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        glyph = cmap.getUint16(where);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(code);
    }
  }
}

/** Code points mapped by a format 12 (full Unicode) subtable. */
function format12(cmap: DataView, at: number, into: Set<number>) {
  const groups = cmap.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = cmap.getUint32(group);
    const end = cmap.getUint32(group + 4);
    const glyph = cmap.getUint32(group + 8);
    for (let code = start; code <= end; code++) if (glyph + (code - start) !== 0) into.add(code);
  }
}

/** Every code point a font file has a glyph for. */
export function codePointsOf(font: Uint8Array): Set<number> {
  const cmap = tables(font).get("cmap");
  if (!cmap) throw new Error("font has no cmap table");
  const covered = new Set<number>();
  const count = cmap.getUint16(2);
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 4) format4(cmap, offset, covered);
    else if (format === 12) format12(cmap, offset, covered);
  }
  return covered;
}

/** The union of what several fonts cover. */
export function coverageOf(fonts: Array<{ data: Uint8Array }>): Set<number> {
  const all = new Set<number>();
  for (const font of fonts) for (const code of codePointsOf(font.data)) all.add(code);
  return all;
}

/** Characters that need no glyph: spaces satori lays out itself, joiners and selectors. */
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufe00-\ufe0f]$/u;

/** `U+2603` */
export function codePointLabel(char: string): string {
  return [...char]
    .map((c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"))
    .join(" ");
}

export interface TextCheck {
  /** The text with every undrawable character left out. */
  text: string;
  /** Each undrawable character (a grapheme), once, in order of appearance. */
  missing: string[];
  /** Emoji drawn from the emoji package. */
  emoji: string[];
}

/** What may be an emoji: a pictograph, a flag letter, a keycap or the emoji selector. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|\ufe0f/u;

const segmenter = new Intl.Segmenter("it", { granularity: "grapheme" });

/**
 * Splits `text` into what fonts draw, what the emoji package draws, and what nothing can
 * draw. `hasEmoji` says whether the emoji package has an image for a grapheme.
 */
export function checkText(
  text: string,
  covered: Set<number>,
  hasEmoji: (grapheme: string) => boolean,
): TextCheck {
  const missing: string[] = [];
  const emoji: string[] = [];
  let kept = "";
  for (const { segment } of segmenter.segment(text)) {
    const visible = [...segment].filter((c) => !INVISIBLE.test(c));
    if (visible.every((c) => covered.has(c.codePointAt(0)!))) {
      kept += segment;
    } else if (EMOJI.test(segment) && hasEmoji(segment)) {
      if (!emoji.includes(segment)) emoji.push(segment);
      kept += segment;
    } else if (!missing.includes(segment)) {
      missing.push(segment);
    }
  }
  return { text: missing.length ? kept.replace(/ {2,}/g, " ").trim() : text, missing, emoji };
}
