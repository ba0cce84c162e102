/**
 * Geometry of the atlas: the whole archive as one picture, a row per day of outages
 * (`src/catalog/outage-days.ts`), in year bands. Pure, so it is drawn at build time (SVG, no
 * script) and tested without a browser.
 *
 * - Every row shares one clock: hours from midnight of the day's first date, as far as the
 *   longest day needs (at least 24, in steps of 6), so days can be compared at a
 *   glance: an evening outage sits right of a morning one whatever its year.
 * - An outage is a bar drawn by the day chart's rules (`src/charts/chart-spans.ts`): a rough
 *   start or end fades across every instant it could be, an unknown end fades out after the
 *   start.
 * - A post is a mark at the earliest it can be (never before what it answers); one known only
 *   by part of the day or by the day carries a bracket over every instant it could be; the
 *   clock stretches for a post only when it begins before the day's outages end. Posts
 *   that would be drawn on top of each other are one mark that counts them; marks that would
 *   touch go on lanes of their own. A post
 *   known only by a month or a period, or beyond the clock, is not drawn: its row says so.
 * - Years are bands headed by their year, so a year reads on its own however many there are;
 *   a run of years without outages folds into one line («2019–2020»).
 */
import { hasTimeOfDay, romeWallTime, type When } from "../content-model/time.ts";
import { fadeStops, outageSpans, postSpan, type GradientStop } from "./chart-spans.ts";

const HOUR = 3_600_000;

export const ATLAS = {
  /** The shared clock's length is a multiple of this many hours… */
  stepHours: 6,
  /** …at least a whole day… */
  minHours: 24,
  /**
   * …and at most three: a day's outages start within 36 hours of its first (`DAY_WINDOW_HOURS`),
   * which may begin late in its day. What runs on past the clock is marked as running on.
   */
  maxHours: 72,
  /** The narrowest bar, as a fraction of the row, so a ten-minute outage stays visible. */
  minBar: 0.008,
  /**
   * Two marks closer than this (a fraction of the row: a diamond and its count on a 340 px
   * phone) would touch: the later goes on the next lane up.
   */
  markRoom: 0.04,
} as const;

export interface AtlasDayInput {
  /** The Rome day its first outage began, `2018-06-11`: the clock starts at its midnight. */
  key: string;
  /** In the site's order. */
  outages: Array<{ key: string; start: When; end?: When | undefined }>;
  posts: Array<{
    key: string;
    when: When;
    /** The earliest it can be, from what it answers (`placeOf`, `src/catalog/order.ts`), in ms. */
    notBefore?: number;
  }>;
}

export interface AtlasBar {
  key: string;
  /** Fractions of the row, 0 at midnight of the day's first date. */
  x0: number;
  x1: number;
  /** Opacity along the bar, when a start or an end is rough. */
  fade?: GradientStop[];
  /** Whether it runs on past the clock's end. */
  runsOn: boolean;
}

export interface AtlasMark {
  /** The posts it stands for: those placed at the same instant with the same uncertainty. */
  keys: string[];
  /** The earliest it can be. */
  x: number;
  /** Every instant it could be, when that is more than its minute. */
  bracket?: { x0: number; x1: number };
  /** Its lane, from 0: a mark that would touch an earlier one goes on the next. */
  lane: number;
}

/** The posts known only by their day: not placed at a time, one bracket over where they can be. */
export interface AtlasUntimed {
  keys: string[];
  x0: number;
  x1: number;
}

export interface AtlasStrip {
  bars: AtlasBar[];
  /** The posts whose time of day is known, closely or by part of the day. */
  marks: AtlasMark[];
  /** The posts known only by their day, all in one bracket; none when there are none. */
  untimed?: AtlasUntimed;
  /** The posts left off: their time is not known closely enough, or falls beyond the clock. */
  undrawn: string[];
  /** How many lanes its marks take. */
  markLanes: number;
}

export interface AtlasTick {
  x: number;
  /** The Rome hour it marks, 0–23. */
  hour: number;
  /** Midnight, where a new calendar day begins (the first tick included). */
  midnight: boolean;
}

export interface AtlasBand {
  /** The year, or the first of a run of years without outages. */
  year: number;
  /** The last year of the band: `year` unless it folds a run of empty years. */
  lastYear: number;
  /** `2021`, or `2019–2020` for a run of empty years. */
  label: string;
  /** Whether it holds no outage. */
  empty: boolean;
  /** The indexes of its days in the list given, in order. */
  days: number[];
}

const originOf = (day: Pick<AtlasDayInput, "key">) => romeWallTime(day.key).getTime();

/** Whether a post can be placed within a day: by its minute, its part of day, or its day. */
const placeable = (when: When) => hasTimeOfDay(when) || when.precision === "day";

/**
 * Where a day's drawing must reach: its outages' last instant, or a placeable post's when it
 * begins before that (a post days later does not stretch every row's clock: it is left off).
 */
function reachOf(day: AtlasDayInput): number {
  const outagesEnd = Math.max(...day.outages.map((outage) => outageSpans(outage).end.to));
  const posts = day.posts
    .filter((post) => placeable(post.when))
    .map(postSpan)
    .filter((span) => span.from <= outagesEnd);
  return Math.max(outagesEnd, ...posts.map((span) => span.to));
}

/**
 * The hours the shared clock shows: as many as the longest day needs, counted from midnight of
 * its first date, rounded up to `stepHours`, between `minHours` and `maxHours`.
 */
export function atlasHours(days: AtlasDayInput[]): number {
  const needed = Math.max(0, ...days.map((day) => (reachOf(day) - originOf(day)) / HOUR));
  const rounded = Math.ceil(needed / ATLAS.stepHours - 1e-9) * ATLAS.stepHours;
  return Math.min(ATLAS.maxHours, Math.max(ATLAS.minHours, rounded));
}

/** The clock's ticks, every `stepHours`, from 0 to `hours`. */
export function atlasTicks(hours: number): AtlasTick[] {
  return Array.from({ length: hours / ATLAS.stepHours + 1 }, (_, i) => {
    const hour = (i * ATLAS.stepHours) % 24;
    return { x: (i * ATLAS.stepHours) / hours, hour, midnight: hour === 0 };
  });
}

/** One day's row on a clock of `hours` hours. */
export function layoutStrip(day: AtlasDayInput, hours: number): AtlasStrip {
  const origin = originOf(day);
  const length = hours * HOUR;
  const at = (t: number) => Math.min(1, Math.max(0, (t - origin) / length));

  const bars = day.outages.map((outage): AtlasBar => {
    const { start, end } = outageSpans(outage);
    let x0 = at(start.from);
    let x1 = at(end.to);
    if (x1 - x0 < ATLAS.minBar) {
      x0 = Math.min(x0, 1 - ATLAS.minBar);
      x1 = x0 + ATLAS.minBar;
    }
    // Fade stops are fractions of the outage's whole span; measured again on the part drawn.
    const stops = fadeStops(start, end);
    const drawnTo = Math.min(end.to, origin + length);
    const fade =
      drawnTo > start.from
        ? stops?.map((stop) => ({
            offset: Math.min(1, (stop.offset * (end.to - start.from)) / (drawnTo - start.from)),
            opacity: stop.opacity,
          }))
        : undefined;
    return { key: outage.key, x0, x1, ...(fade && { fade }), runsOn: end.to > origin + length };
  });

  const marks: AtlasMark[] = [];
  const undrawn: string[] = [];
  let untimed: AtlasUntimed | undefined;
  for (const post of day.posts) {
    const span = postSpan(post);
    if (!placeable(post.when) || span.from >= origin + length || span.to <= origin) {
      undrawn.push(post.key);
      continue;
    }
    const x = at(span.from);
    // A post known only by its day has no instant: it joins one bracket, labelled with a count.
    if (post.when.precision === "day") {
      const x1 = at(span.to);
      untimed = untimed
        ? {
            keys: [...untimed.keys, post.key],
            x0: Math.min(untimed.x0, x),
            x1: Math.max(untimed.x1, x1),
          }
        : { keys: [post.key], x0: x, x1 };
      continue;
    }
    // An approximate minute is a point with a margin, as on the day chart: a mark alone.
    const bracket = post.when.precision === "minute" ? undefined : { x0: x, x1: at(span.to) };
    // Posts that would be drawn on top of each other are one mark, which counts them.
    const same = marks.find(
      (m) => m.x === x && m.bracket?.x0 === bracket?.x0 && m.bracket?.x1 === bracket?.x1,
    );
    if (same) same.keys.push(post.key);
    else {
      let lane = 0;
      while (marks.some((m) => m.lane === lane && Math.abs(m.x - x) < ATLAS.markRoom)) lane++;
      marks.push({ keys: [post.key], x, ...(bracket && { bracket }), lane });
    }
  }
  const markLanes = Math.max(0, ...marks.map((m) => m.lane + 1));
  return { bars, marks, ...(untimed && { untimed }), undrawn, markLanes };
}

/**
 * The year bands of days given oldest first: one per year with outages, a run of years
 * without any folded into one band.
 */
export function atlasBands(days: Array<Pick<AtlasDayInput, "key">>): AtlasBand[] {
  if (days.length === 0) throw new Error("an atlas needs at least one day");
  const yearOf = (i: number) => Number(days[i].key.slice(0, 4));
  const first = yearOf(0);
  const last = yearOf(days.length - 1);
  const bands: AtlasBand[] = [];
  let next = 0;
  for (let year = first; year <= last; year++) {
    const inYear: number[] = [];
    while (next < days.length && yearOf(next) === year) inYear.push(next++);
    if (inYear.length > 0) {
      bands.push({ year, lastYear: year, label: String(year), empty: false, days: inYear });
      continue;
    }
    let lastYear = year;
    while (lastYear + 1 < yearOf(next)) lastYear++;
    const label = lastYear === year ? String(year) : `${year}–${lastYear}`;
    bands.push({ year, lastYear, label, empty: true, days: [] });
    year = lastYear;
  }
  return bands;
}
