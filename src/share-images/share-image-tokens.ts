/**
 * The share images' design tokens: the canvas, the bundled faces, the site's palette and
 * colour bars, the margins. The same system as the site's, at 1200×630.
 */
export const CANVAS = { width: 1200, height: 630 } as const;

/** The bundled faces (see `./draw.ts`); each family lists its latin-ext subset after latin. */
export const FACES = { serif: "Source Serif 4", sans: "Source Sans 3" } as const;
export const FONTS = {
  serif: `${FACES.serif}, ${FACES.serif} Ext`,
  sans: `${FACES.sans}, ${FACES.sans} Ext`,
};

/** The site's palette: black as the signature, each brand's colour as the only accent. */
export const COLORS = {
  /** "Lo schermo è diventato nero": the site's theme colour. */
  screen: "#0b0b0c",
  ink: "#f4f1ea",
  muted: "#b3ada3",
  rule: "#2e2d2b",
  /** The band of pages that belong to no brand. */
  neutral: "#f4f1ea",
} as const;

export const MARGIN = { x: 72, top: 64, bottom: 56 } as const;

/** The width headlines are set in. */
export const TEXT_WIDTH = CANVAS.width - 2 * MARGIN.x;

/** The site's colour bars: `--color-bar-*` in src/styles/global.css (a unit test compares). */
export const TEST_CARD_BARS = [
  "#c0c0c0",
  "#c0c000",
  "#00c0c0",
  "#00c000",
  "#c000c0",
  "#c00000",
  "#0000c0",
] as const;
