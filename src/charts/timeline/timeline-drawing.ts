/**
 * Where the day chart's two drawings put things (`TimelineAcross.astro` from 768 px,
 * `TimelineNarrow.astro` below), from a layout (`layoutTimeline`, `timeline.ts`).
 * Pure: pixels down the drawing; positions along time stay fractions of the plot.
 */
import type { Tick } from "./timeline-axis.ts";
import type { Bar, Marker } from "./timeline.ts";

/** Across: each row is this tall, its label on a line of its own above its mark. */
const ACROSS_ROW = 46;
/** Across: room above the first row for the day names. */
const ACROSS_TOP = 26;

/** The vertical geometry of the drawing across, for `rows` rows. */
export function acrossGeometry(rows: number) {
  const rowY = (index: number) => ACROSS_TOP + index * ACROSS_ROW;
  const plotBottom = rowY(rows) + 4;
  return { top: ACROSS_TOP, rowY, plotBottom, height: plotBottom + 26 };
}

/**
 * A label reads from its item's start, unless that is past the middle: then it ends at its
 * item's end, so it never runs off the chart. Its room is the rest of the chart on that side:
 * a longer label is cut to it (`fitLabel`).
 */
export function labelSide(
  x0: number,
  x1: number,
): { x: number; anchor: "start" | "end"; room: number } {
  return x0 <= 0.55 ? { x: x0, anchor: "start", room: 1 - x0 } : { x: x1, anchor: "end", room: x1 };
}

/** Narrow: the height of a row's mark and of the strip that holds it. */
export const NARROW = { bar: 10, row: 16 } as const;

/** Narrow: the rows in the chart's order, bars first, each with its label on its own line. */
export type NarrowItem =
  | { kind: "bar"; bar: Bar; index: number; label: string }
  | { kind: "marker"; marker: Marker; label: string };

export function narrowItems(bars: Bar[], markers: Marker[]): NarrowItem[] {
  return [
    ...bars.map((bar, index) => ({ kind: "bar" as const, bar, index, label: bar.label })),
    ...markers.map((marker) => ({ kind: "marker" as const, marker, label: marker.label })),
  ];
}

/** Narrow: fewer hour labels than across, since «18:00» needs about a tenth of a 340 px plot. */
export function narrowTicks(ticks: Tick[]): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    if (tick.label && (!last || tick.x - last.x >= 0.1)) kept.push(tick);
  }
  return kept;
}

/** An hour's tick is faint; midnight's, where a new day begins, is stronger. */
export function tickStroke(midnight: boolean): string {
  return midnight ? "stroke-muted dark:stroke-night-muted" : "stroke-rule dark:stroke-night-rule";
}
