/**
 * Brand colours on the site's two backgrounds. A brand colour is an accent, and an accent
 * that carries meaning (a bar, a marker) needs 3:1 against its background (WCAG 2.2, 1.4.11):
 * these functions find the nearest shade of the brand colour that has it.
 */

/** The page backgrounds, as in `src/styles/global.css` (`--color-paper`, `--color-night`). */
export const BACKGROUNDS = { light: "#fbfaf7", dark: "#0b0b0c" } as const;

/** Contrast WCAG asks of graphical objects and large text. */
export const GRAPHIC_CONTRAST = 3;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour written #RRGGBB, found ${hex}`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance, as WCAG defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color` moved towards `target` by `amount` (0–1). */
export function mix(color: string, target: string, amount: number): string {
  const from = parseHex(color);
  const to = parseHex(target);
  return toHex(from.map((c, i) => c + (to[i] - c) * amount) as Rgb);
}

/**
 * The closest shade of `color` with at least `ratio` contrast on `background`: lightened on
 * a dark background, darkened on a light one; the colour itself when it already has it.
 */
export function withContrast(color: string, background: string, ratio = GRAPHIC_CONTRAST): string {
  const target = luminance(background) < 0.5 ? "#ffffff" : "#000000";
  for (let step = 0; step <= 20; step++) {
    const shade = mix(color, target, step / 20);
    if (contrastRatio(shade, background) >= ratio) return shade;
  }
  return target;
}

/** A brand colour for each theme, each readable on that theme's background. */
export function themedColor(color: string): { light: string; dark: string } {
  let themed = themedColors.get(color);
  if (!themed) {
    themed = {
      light: withContrast(color, BACKGROUNDS.light),
      dark: withContrast(color, BACKGROUNDS.dark),
    };
    themedColors.set(color, themed);
  }
  return themed;
}

/** Every card and chart asks again for the same few brand colours: each is worked out once. */
const themedColors = new Map<string, { light: string; dark: string }>();

/**
 * The custom properties a brand's accent reads (`bg-brand`, `border-brand` in
 * `src/styles/global.css`): its shade for the light page and its shade for the dark one.
 */
export function brandStyle(color: string): string {
  const { light, dark } = themedColor(color);
  return `--brand:${light};--brand-dark:${dark}`;
}
