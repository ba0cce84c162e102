/**
 * The look of every share image, in one place: the site's palette (black as the signature,
 * each brand's colour as the only accent), the type scale and the canvas.
 */
import { contrastRatio } from "../lib/color.ts";
import { FAMILIES } from "./glyphs.ts";

export const CANVAS = { width: 1200, height: 630 } as const;

export const COLORS = {
  /** "Lo schermo è diventato nero": the site's theme colour. */
  screen: "#0b0b0c",
  ink: "#f4f1ea",
  muted: "#b3ada3",
  rule: "#2e2d2b",
  /** The band of pages that belong to no brand. */
  neutral: "#f4f1ea",
} as const;

export const FONTS = FAMILIES;

/** Outer margins of the frame. */
export const MARGIN = { x: 72, top: 64, bottom: 56 } as const;

/** The band along the top edge, in the brand's colour. */
export const BAND_HEIGHT = 14;

/**
 * The test card's colour bars, the site's signature strip under its header: the same values
 * as `--color-bar-*` in src/styles/global.css (a unit test keeps them equal).
 */
export const TEST_CARD_BARS = [
  "#c0c0c0",
  "#c0c000",
  "#00c0c0",
  "#00c000",
  "#c000c0",
  "#c00000",
  "#0000c0",
] as const;
export const TEST_CARD_HEIGHT = 8;

/** The width headlines are set in. */
export const TEXT_WIDTH = CANVAS.width - 2 * MARGIN.x;

/** The screen's black or white, whichever reads better on `hex` (judged against pure black). */
export function textOn(hex: string): string {
  return contrastRatio(hex, "#000000") >= contrastRatio(hex, "#ffffff") ? COLORS.screen : "#ffffff";
}

/**
 * The largest font size, from `sizes` (largest first), at which `text` is expected to fit in
 * `maxLines` lines of `width` pixels, its longest word on one line. Source Serif 4 Semibold
 * averages about half an em per character; whatever the estimate misses is clamped with an
 * ellipsis by the template.
 */
export function fitText(
  text: string,
  {
    sizes,
    width = TEXT_WIDTH,
    maxLines,
    em = 0.5,
  }: { sizes: number[]; width?: number; maxLines: number; em?: number },
): { fontSize: number; lines: number } {
  const length = [...text].length;
  const longestWord = Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));
  for (const fontSize of sizes) {
    const perLine = Math.floor(width / (fontSize * em));
    const lines = estimateLines(text, perLine);
    // A word wider than the column would stick out of it: a smaller size, then.
    if (lines <= maxLines && longestWord <= perLine) return { fontSize, lines };
  }
  const fontSize = sizes[sizes.length - 1];
  return {
    fontSize,
    lines: Math.min(maxLines, Math.ceil(length / Math.floor(width / (fontSize * em)))),
  };
}

/** Greedy word wrap by character count. */
function estimateLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines++;
      used = length;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}
