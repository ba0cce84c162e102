/**
 * Geometry of the atlas: every outage on one picture, across the years. Pure, so the picture
 * is drawn at build time (SVG, no script) and tested without a browser.
 *
 * Time runs down a spine, a band per year from the first outage's year to the last one's,
 * each year as tall as the others, so distance on the page is distance in time. One drawing
 * serves every width: a narrow phone and a wide screen read the same column, with labels
 * beside the marks, never a second hidden copy.
 *
 * - A day of outages (`src/lib/outage-days.ts`) is one mark: a dot per outage, side by side,
 *   at the instant the first could have begun (the order's rule, `src/lib/order.ts`). An
 *   outage lasts hours, a year band is tens of pixels: a span would be thinner than a
 *   hairline, and dots of one day stacked down would move them by months.
 * - Days close enough for their dots to touch continue sideways, one lane per dot.
 * - Each day has one label (its date, then a line per outage) beside its dots, and labels
 *   stack down in the order given, each as close to its day as the one above allows.
 */
import { romeDay, romeWallTime } from "./time";
import { stackLabels } from "./timeline";

/** Pixel measures of the drawing. */
export const ATLAS = {
  /** Room above the first year's band for its label. */
  top: 12,
  yearHeight: 84,
  /** Where the spine runs, right of the year labels. */
  spineX: 52,
  markRadius: 6,
  /** Sideways step between dots of the same day. */
  laneWidth: 14,
  lineHeight: 17,
  /** Between two labels stacked on each other. */
  labelGap: 12,
  /** The most characters a label line takes: 320 px screens must hold it. */
  labelChars: 24,
} as const;

export interface AtlasItem {
  key: string;
  /** The instant it is placed at, in milliseconds. */
  at: number;
  /** How many dots it draws: one per outage. */
  dots: number;
  /** How many lines its label takes. */
  lines: number;
}

export interface AtlasYear {
  year: number;
  /** The top of its band: 1 January, 00:00 in Rome. */
  y: number;
}

export interface AtlasMark {
  key: string;
  /** The centre of each dot, left to right. */
  dotX: number[];
  y: number;
  /** The top of its label's first line. */
  labelTop: number;
}

export interface AtlasLayout {
  years: AtlasYear[];
  /** Where the last year's band ends. */
  axisEnd: number;
  /** Where every label starts. */
  labelX: number;
  marks: AtlasMark[];
  height: number;
}

const yearOf = (t: number) => Number(romeDay(new Date(t)).slice(0, 4));
const yearStart = (year: number) => romeWallTime(`${year}-01-01`).getTime();

/** The y of an instant: its year's band, and how far into the year it falls. */
export function atlasScale(firstYear: number): (t: number) => number {
  return (t) => {
    const year = yearOf(t);
    const from = yearStart(year);
    const through = (t - from) / (yearStart(year + 1) - from);
    return ATLAS.top + (year - firstYear + through) * ATLAS.yearHeight;
  };
}

/** Lays out the atlas: the items in the order they are given (give them oldest first). */
export function layoutAtlas(items: AtlasItem[]): AtlasLayout {
  if (items.length === 0) throw new Error("an atlas needs at least one outage");
  const instants = items.map((item) => item.at);
  const first = yearOf(Math.min(...instants));
  const last = yearOf(Math.max(...instants));
  const y = atlasScale(first);

  let next = 0;
  let previous = -Infinity;
  let lanes = 0;
  const placed = items.map((item) => {
    const at = y(item.at);
    const first = at - previous < 2 * ATLAS.markRadius ? next : 0;
    next = first + item.dots;
    previous = at;
    lanes = Math.max(lanes, next - 1);
    const dotX = Array.from(
      { length: item.dots },
      (_, i) => ATLAS.spineX + (first + i) * ATLAS.laneWidth,
    );
    return { key: item.key, dotX, y: at };
  });
  // A label's first line sits level with its dot.
  const tops = stackLabels(
    items.map((item, i) => ({
      y: placed[i].y - ATLAS.lineHeight / 2,
      height: item.lines * ATLAS.lineHeight,
    })),
    ATLAS.labelGap,
  );
  const marks = placed.map((mark, i) => ({ ...mark, labelTop: tops[i] }));

  const years = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    y: ATLAS.top + i * ATLAS.yearHeight,
  }));
  const axisEnd = ATLAS.top + years.length * ATLAS.yearHeight;
  const labelsEnd = Math.max(
    ...marks.map((m, i) => m.labelTop + items[i].lines * ATLAS.lineHeight),
  );
  return {
    years,
    axisEnd,
    labelX: ATLAS.spineX + lanes * ATLAS.laneWidth + ATLAS.markRadius + 14,
    marks,
    height: Math.ceil(Math.max(axisEnd, labelsEnd)) + 8,
  };
}
