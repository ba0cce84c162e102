/**
 * The small vocabulary the charts share when they print a plot as SVG: positions as
 * percentages of the plot's width, a mark's colour for both themes, and where a row of axis
 * labels is anchored so that the first and last stay inside the plot.
 */
import { themedColor } from "../styles/brand-color.ts";

/** A fraction of the plot (0–1) as an SVG length: `12.500%`. */
export function pct(x: number): string {
  return `${(x * 100).toFixed(3)}%`;
}

/**
 * The custom properties a mark reads (`fill-(--c) dark:fill-(--c-dark)`): its brand's shade
 * for the light page and for the dark one.
 */
export function markColors(color: string): string {
  const { light, dark } = themedColor(color);
  return `--c:${light};--c-dark:${dark}`;
}

/** The first label of an axis starts at its tick, the last ends at it, the others centre on it. */
export function edgeAnchor(index: number, count: number): "start" | "middle" | "end" {
  return index === 0 ? "start" : index === count - 1 ? "end" : "middle";
}
