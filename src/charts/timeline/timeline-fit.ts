/**
 * What the hour-by-hour chart (`TimelineChart.astro`) can draw and keep legible, whatever an
 * author writes: which outages fit a scale of hours, and how much of a label fits beside
 * its mark. SVG text never wraps, so a label longer than its room is shortened; the chart's
 * table and description still carry it whole.
 */
import { whenSpan, type When } from "../../content-model/time.ts";

const HOUR = 3_600_000;

/**
 * The longest outage the chart draws, from the earliest its start can be to the latest its
 * end can be: a night and a day (11–12 June 2018 spans about 30 hours). An outage known only
 * by its month, or lasting weeks, would fill the chart with a tick an hour.
 */
export const HOUR_CHART_MAX_HOURS = 48;

/** Whether an outage is short enough for a scale of hours. */
export function fitsHourChart({ start, end }: { start: When; end?: When }): boolean {
  return whenSpan(end ?? start).to - whenSpan(start).from <= HOUR_CHART_MAX_HOURS * HOUR;
}

/** The narrowest the drawn chart gets: it shows from 768 px, in a page with 16 px margins. */
export const CHART_MIN_WIDTH = 736;
/** A generous average width of a character of the chart's 13 px labels (Source Sans 3). */
export const LABEL_CHAR_WIDTH = 6.5;

/**
 * A label cut to the room it has, a fraction (0–1) of the chart's width from its anchor,
 * at a word when it can, with an ellipsis; whole when it fits.
 */
export function fitLabel(label: string, room: number): string {
  const fits = Math.floor((room * CHART_MIN_WIDTH) / LABEL_CHAR_WIDTH);
  if (label.length <= fits) return label;
  const cut = label.slice(0, Math.max(1, fits - 1));
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length >= fits / 2 ? atWord : cut).replace(/[\s,;:·–-]+$/, "")}…`;
}
