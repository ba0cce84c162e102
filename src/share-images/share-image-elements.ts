/**
 * The building blocks of a share image: satori's element trees as plain `{ type, props }`
 * objects, no JSX (they run anywhere), boxes, and text that fits the canvas.
 */
import { COLORS, FONTS, TEXT_WIDTH } from "./share-image-tokens.ts";

/** CSS properties as satori reads them: camelCase names, numbers in pixels. */
export type Style = Record<string, string | number | undefined>;
export interface OgElement {
  type: string;
  props: { style?: Style; children?: OgChild | OgChild[] };
}
export type OgChild = OgElement | string | false | null | undefined;

/** `h("div", { fontSize: 32 }, "text", h(...))` */
export function h(type: string, style: Style, ...children: OgChild[]): OgElement {
  const kept = children.filter((child) => child !== false && child !== null && child !== undefined);
  return { type, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

/** A box: satori lays out every `div` with flexbox and needs `display: flex` on parents. */
export function box(style: Style, ...children: OgChild[]): OgElement {
  return h("div", { display: "flex", ...style }, ...children);
}

/** A box filled with `color`. */
export function fill(color: string, style: Style, ...children: OgChild[]): OgElement {
  return box({ ...style, backgroundColor: color }, ...children);
}

export const column = (gap: number, ...children: OgChild[]) =>
  box({ flexDirection: "column", gap }, ...children);

/** Text on one line, cut with an ellipsis when its row has no room left. */
export function oneLine(text: string, style: Style = {}): OgElement {
  return h("div", { display: "block", lineClamp: 1, flexShrink: 1, minWidth: 0, ...style }, text);
}

/**
 * The largest of `sizes` (largest first) at which `text` should fit in `maxLines` lines of
 * `width` pixels, no word broken, else the smallest: the serif averages about half an em per
 * character, and the template clamps whatever the estimate misses with an ellipsis.
 */
export function fitText(
  text: string,
  { sizes, width = TEXT_WIDTH, maxLines }: { sizes: number[]; width?: number; maxLines: number },
): number {
  const words = text.split(/\s+/).flatMap((word) => (word ? [[...word].length] : []));
  const fits = (fontSize: number) => {
    const perLine = Math.floor(width / (fontSize * 0.5));
    let [lines, used] = [1, 0];
    for (const length of words) {
      if (length > perLine) return false;
      const next = used === 0 ? length : used + 1 + length;
      if (next <= perLine) used = next;
      else [lines, used] = [lines + 1, length];
    }
    return lines <= maxLines;
  };
  return sizes.find(fits) ?? sizes[sizes.length - 1];
}

/** Muted text of two lines at most, in the serif: a tagline or a standfirst. */
export function standfirst(text: string, fontSize = 40, lineHeight = 1.25, maxWidth = TEXT_WIDTH) {
  const font = { fontFamily: FONTS.serif, fontWeight: 400, fontSize, lineHeight };
  return h("div", { display: "block", lineClamp: 2, maxWidth, ...font, color: COLORS.muted }, text);
}

/**
 * A headline in the serif, as large as `fitText` allows, clamped to `lines` lines with an
 * ellipsis so that nothing a writer types can push it out of the canvas.
 */
export function headline(
  text: string,
  sizes: number[],
  { lines = 1, letterSpacing, width }: { lines?: number; letterSpacing?: number; width?: number },
) {
  const fontSize = fitText(text, { sizes, maxLines: lines, width });
  const lineHeight = 1.14;
  const font = { fontFamily: FONTS.serif, fontWeight: 600, fontSize, lineHeight };
  return h(
    "div",
    {
      display: "block",
      lineClamp: lines,
      maxHeight: Math.ceil(fontSize * lineHeight * lines) + 4,
      width: "100%",
      ...font,
      letterSpacing: letterSpacing ?? (fontSize >= 64 ? -0.5 : 0),
      color: COLORS.ink,
    },
    text,
  );
}
