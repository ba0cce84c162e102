/**
 * Geometry of the atlas: every day of outages on one picture, across the years. Pure, so the
 * picture is drawn at build time (SVG, no script) and tested without a browser.
 *
 * Time runs down a spine, one band per year, each headed by its year, so a year reads on its
 * own however many there are. A band holds its days and their labels: it is at least
 * `yearHeight` tall and grows to fit its labels, so no label ever sits level with another
 * year. Within a band a day is placed as far down as it is into its year. A run of years with
 * no outage folds into one short band («2019–2020»), so empty time does not push the story
 * off the screen. One drawing serves every width, labels beside the marks.
 *
 * - A day of outages (`src/lib/outage-days.ts`) is one mark: a dot per outage, side by side,
 *   at the instant the first could have begun (the order's rule, `src/lib/order.ts`).
 * - Days close enough for their dots to touch continue sideways, one lane per dot.
 * - Each day has one label (its date, then a line per outage) beside its dots; labels stack
 *   in time order inside their year's band, each as close to its day as the others allow.
 */
import { romeDay, romeWallTime } from "./time";

/** Pixel measures of the drawing. */
export const ATLAS = {
  /** Room above the first band. */
  top: 4,
  /** The least height of a year with outages. */
  yearHeight: 84,
  /** The height of a run of years without outages. */
  emptyHeight: 34,
  /** Room inside a band, above its first label and below its last. */
  pad: 24,
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

export interface AtlasBand {
  /** The year, or the first of a run of empty years. */
  year: number;
  /** The last year of the band: `year` unless it folds a run of empty years. */
  lastYear: number;
  /** `2021`, or `2019–2020` for a run of empty years. */
  label: string;
  /** Whether it holds no outage. */
  empty: boolean;
  y: number;
  height: number;
}

export interface AtlasMark {
  key: string;
  /** The year of the band it sits in. */
  year: number;
  /** The centre of each dot, left to right. */
  dotX: number[];
  y: number;
  /** The top of its label's first line. */
  labelTop: number;
}

export interface AtlasLayout {
  years: AtlasBand[];
  /** Where the last band ends. */
  axisEnd: number;
  /** Where every label starts. */
  labelX: number;
  marks: AtlasMark[];
  height: number;
}

export const yearOf = (t: number) => Number(romeDay(new Date(t)).slice(0, 4));
const yearStart = (year: number) => romeWallTime(`${year}-01-01`).getTime();

/** How far into its year an instant falls, from 0 (1 January, 00:00 in Rome) to 1. */
export function throughYear(t: number): number {
  const year = yearOf(t);
  const from = yearStart(year);
  return (t - from) / (yearStart(year + 1) - from);
}

/**
 * Label tops inside `[min, max]`, in order, `gap` apart, each as close to where it wants to
 * be as the others allow: pushed down past the one above, then up from the band's end.
 */
export function fitLabels(
  wanted: Array<{ y: number; height: number }>,
  gap: number,
  min: number,
  max: number,
): number[] {
  const tops: number[] = [];
  let bottom = min - gap;
  for (const { y, height } of wanted) {
    const top = Math.max(y, bottom + gap);
    tops.push(top);
    bottom = top + height;
  }
  let limit = max;
  for (let i = wanted.length - 1; i >= 0; i--) {
    tops[i] = Math.min(tops[i], limit - wanted[i].height);
    limit = tops[i] - gap;
  }
  return tops;
}

/** Lays out the atlas: the items in time order (give them oldest first). */
export function layoutAtlas(items: AtlasItem[]): AtlasLayout {
  if (items.length === 0) throw new Error("an atlas needs at least one outage");
  const byYear = Map.groupBy(items, (item) => yearOf(item.at));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());

  const years: AtlasBand[] = [];
  const marks: AtlasMark[] = [];
  let y = ATLAS.top;
  let lanes = 0;
  for (let year = first; year <= last; year++) {
    const inYear = byYear.get(year);
    if (!inYear) {
      let lastYear = year;
      while (!byYear.has(lastYear + 1)) lastYear++;
      const label = lastYear === year ? String(year) : `${year}–${lastYear}`;
      years.push({ year, lastYear, label, empty: true, y, height: ATLAS.emptyHeight });
      y += ATLAS.emptyHeight;
      year = lastYear;
      continue;
    }
    const heights = inYear.map((item) => item.lines * ATLAS.lineHeight);
    const needed =
      heights.reduce((sum, h) => sum + h, 0) + ATLAS.labelGap * (inYear.length - 1) + 2 * ATLAS.pad;
    const height = Math.max(ATLAS.yearHeight, needed);
    const inner = height - 2 * ATLAS.pad;
    const dotY = inYear.map((item) => y + ATLAS.pad + throughYear(item.at) * inner);

    let next = 0;
    let previous = -Infinity;
    const dotX = inYear.map((item, i) => {
      const from = dotY[i] - previous < 2 * ATLAS.markRadius ? next : 0;
      next = from + item.dots;
      previous = dotY[i];
      lanes = Math.max(lanes, next - 1);
      return Array.from(
        { length: item.dots },
        (_, n) => ATLAS.spineX + (from + n) * ATLAS.laneWidth,
      );
    });
    // A label's first line sits level with its dot, inside the band.
    const tops = fitLabels(
      inYear.map((_, i) => ({ y: dotY[i] - ATLAS.lineHeight / 2, height: heights[i] })),
      ATLAS.labelGap,
      y + ATLAS.pad / 2,
      y + height - ATLAS.pad / 2,
    );
    inYear.forEach((item, i) =>
      marks.push({ key: item.key, year, dotX: dotX[i], y: dotY[i], labelTop: tops[i] }),
    );
    years.push({ year, lastYear: year, label: String(year), empty: false, y, height });
    y += height;
  }
  return {
    years,
    axisEnd: y,
    labelX: ATLAS.spineX + lanes * ATLAS.laneWidth + ATLAS.markRadius + 14,
    marks,
    height: Math.ceil(y) + 4,
  };
}
