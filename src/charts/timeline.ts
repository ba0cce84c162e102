/**
 * Geometry of the day chart: outages as spans, posts as instants, on a scale of Rome
 * wall-clock hours. Pure, so the chart is drawn at build time and tested without a browser.
 *
 * - The axis is cropped to where events happen: hours in which nothing happens, when there
 *   are more than `GAP_HOURS` of them, collapse into a marked break.
 * - A post known only by part of the day, or by a day the chart already spans, is a marker
 *   with its uncertainty drawn as a bracket (every instant it could be), never a bar. A post comes after what it answers (see
 *   `src/catalog/order.ts`): its bracket starts no earlier than that.
 * - An outage end known only roughly fades across every instant it could be.
 *
 * Positions along time are fractions (0–1) of the plot: the horizontal chart prints them as
 * percentages of its width, the vertical one (narrow screens) as pixels down its height.
 */
import {
  formatClock,
  formatDayMonth,
  hasTimeOfDay,
  ofDay,
  romeDay,
  romeHour,
  romeWallTime,
  whenRange,
  type When,
} from "../content-model/time.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How wide an "about this minute" is drawn: this many minutes on either side. */
export const APPROX_MINUTES = 5;
/** An outage whose end is unknown fades out over this many hours after its start. */
export const OPEN_END_HOURS = 6;
/** Empty stretches longer than this collapse into a break of the axis. */
export const GAP_HOURS = 3;
/** The width of a break, as a fraction of the plot. */
export const BREAK_WIDTH = 0.04;
/** The narrowest span, as a fraction of the plot, so a ten-minute outage stays visible. */
export const MIN_SPAN = 0.012;
/** At most this many labelled ticks, so labels do not collide on a tablet. */
export const MAX_LABELLED_TICKS = 8;
/** Two tick labels closer than this (a fraction of the plot) would touch: the later is dropped. */
export const MIN_LABEL_GAP = 0.075;
const LABEL_STEPS_HOURS = [1, 2, 3, 6, 12] as const;

export interface TimelineOutage {
  /** Stable key, shared by the chart and its data table. */
  key: string;
  label: string;
  color: string;
  start: When;
  end?: When;
}

export interface TimelinePost {
  key: string;
  label: string;
  color: string;
  when: When;
  /** The earliest it can be, from what it answers (`placeOf` in src/catalog/order.ts), in ms. */
  notBefore?: number;
}

export interface Span {
  from: number;
  to: number;
}

/** A stretch of time drawn to scale, and where it sits on the plot. */
export interface Segment extends Span {
  x0: number;
  x1: number;
}

export interface Tick {
  x: number;
  /** `18:00` on labelled ticks only. */
  label?: string;
  midnight: boolean;
}

export interface DayLabel {
  x: number;
  /** `YYYY-MM-DD` */
  day: string;
  /** `11 giugno` */
  label: string;
  /** `11 giu` */
  shortLabel: string;
}

export interface GradientStop {
  offset: number;
  opacity: number;
}

export interface Bar {
  key: string;
  label: string;
  color: string;
  x0: number;
  x1: number;
  /** Opacity along the span, from its start to its end; absent when both ends are sharp. */
  fade?: GradientStop[];
}

export interface Marker {
  key: string;
  label: string;
  color: string;
  /** Where the post is placed: its minute, or the earliest it could be. */
  x: number;
  /** Every instant it could be, when that is more than its minute: drawn as a bracket. */
  bracket?: { x0: number; x1: number };
}

export interface TimelineLayout {
  from: Date;
  to: Date;
  segments: Segment[];
  /** Where the axis is broken: the middle of each collapsed stretch. */
  breaks: number[];
  ticks: Tick[];
  days: DayLabel[];
  bars: Bar[];
  markers: Marker[];
  /** Posts left off the chart: their time is not known closely enough to fit it. */
  untimed: TimelinePost[];
}

/** Every instant a moment could be, in milliseconds. */
export function uncertainty(when: When): Span {
  if (when.precision === "minute") {
    const t = when.instant.getTime();
    const margin = when.approx ? APPROX_MINUTES * MINUTE : 0;
    return { from: t - margin, to: t + margin };
  }
  const range = whenRange(when);
  return { from: range.from.getTime(), to: range.to.getTime() };
}

/** The start and end spans of an outage; an unknown end fades out after the start. */
export function outageSpans(outage: Pick<TimelineOutage, "start" | "end">): {
  start: Span;
  end: Span;
} {
  const start = uncertainty(outage.start);
  const end = outage.end
    ? uncertainty(outage.end)
    : { from: start.to, to: start.to + OPEN_END_HOURS * HOUR };
  return { start, end };
}

/** Every instant a post could be: its own span, cut where what it answers had not happened. */
export function postSpan(post: Pick<TimelinePost, "when" | "notBefore">): Span {
  const own = uncertainty(post.when);
  const from = Math.min(Math.max(own.from, post.notBefore ?? own.from), own.to);
  return { from, to: own.to };
}

function floorToHour(t: number): number {
  const instant = new Date(t);
  return romeWallTime(romeDay(instant), romeHour(instant)).getTime();
}

function ceilToHour(t: number): number {
  const floor = floorToHour(t);
  return floor === t ? t : floor + HOUR;
}

/**
 * The stretches the axis draws: each item's span widened to whole hours, merged when less
 * than `GAP_HOURS` apart, each given a share of the plot in proportion to its length.
 */
export function axisSegments(spans: Span[]): Segment[] {
  if (spans.length === 0) throw new Error("a timeline needs at least one item");
  const hours = spans
    .map((s) => ({
      from: floorToHour(s.from),
      to: Math.max(ceilToHour(s.to), floorToHour(s.from) + HOUR),
    }))
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of hours) {
    const last = merged.at(-1);
    if (last && span.from - last.to <= GAP_HOURS * HOUR) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  const total = merged.reduce((sum, s) => sum + (s.to - s.from), 0);
  const drawn = 1 - BREAK_WIDTH * (merged.length - 1);
  let x = 0;
  return merged.map((span, index) => {
    const x0 = x;
    const x1 = index === merged.length - 1 ? 1 : x0 + ((span.to - span.from) / total) * drawn;
    x = x1 + BREAK_WIDTH;
    return { ...span, x0, x1 };
  });
}

/** The position of an instant on the plot: inside its segment, or at the nearest edge. */
export function scaleOf(segments: Segment[]): (t: number) => number {
  return (t) => {
    let previous: Segment | undefined;
    for (const s of segments) {
      if (t < s.from) return previous ? (previous.x1 + s.x0) / 2 : s.x0;
      if (t <= s.to) return s.x0 + ((t - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
      previous = s;
    }
    return segments.at(-1)!.x1;
  };
}

/**
 * A tick on every hour (fewer on long segments), labelled every few hours of Rome time,
 * with as few labels as keep them apart.
 */
export function hourTicks(segments: Segment[]): Tick[] {
  const scale = scaleOf(segments);
  const hours = segments.reduce((sum, s) => sum + (s.to - s.from) / HOUR, 0);
  const step =
    LABEL_STEPS_HOURS.find((h) => hours / h + segments.length <= MAX_LABELLED_TICKS) ??
    LABEL_STEPS_HOURS.at(-1)!;
  const minor = step >= 6 ? 3 : 1;
  const ticks: Tick[] = [];
  let lastLabel = -Infinity;
  for (const segment of segments) {
    for (let t = segment.from; t <= segment.to; t += HOUR) {
      const instant = new Date(t);
      const hour = romeHour(instant);
      if (hour % minor !== 0) continue;
      const x = scale(t);
      const wanted = hour % step === 0 || t === segment.from;
      const label = wanted && x - lastLabel >= MIN_LABEL_GAP ? formatClock(instant) : undefined;
      if (label) lastLabel = x;
      ticks.push({ x, label, midnight: hour === 0 });
    }
  }
  return ticks;
}

/** The calendar days (Rome) the axis shows, each named where it first appears. */
export function dayLabels(segments: Segment[]): DayLabel[] {
  const scale = scaleOf(segments);
  const labels: DayLabel[] = [];
  for (const segment of segments) {
    let t = segment.from;
    while (t < segment.to) {
      const day = romeDay(new Date(t));
      if (labels.at(-1)?.day !== day) {
        labels.push({
          x: scale(t),
          day,
          label: formatDayMonth(day),
          shortLabel: formatDayMonth(day, "short"),
        });
      }
      t = romeWallTime(day, 24).getTime();
    }
  }
  return labels;
}

/**
 * How opaque a span is along its length: transparent where an end may or may not have come
 * yet, solid where the outage was certainly under way. Offsets are fractions of the span.
 */
export function fadeStops(start: Span, end: Span): GradientStop[] | undefined {
  const width = end.to - start.from;
  const roughStart = start.to > start.from;
  const roughEnd = end.to > end.from;
  if (!roughStart && !roughEnd) return undefined;
  const fadeIn = (start.to - start.from) / width;
  const fadeOut = (end.to - end.from) / width;
  if (fadeIn + fadeOut >= 1) {
    // The two spans meet or overlap: the outage is surely on only where the fades meet.
    const peak = fadeIn / (fadeIn + fadeOut);
    return [
      { offset: 0, opacity: 0 },
      { offset: peak, opacity: 1 },
      { offset: 1, opacity: 0 },
    ];
  }
  return [
    { offset: 0, opacity: roughStart ? 0 : 1 },
    { offset: fadeIn, opacity: 1 },
    { offset: 1 - fadeOut, opacity: 1 },
    { offset: 1, opacity: roughEnd ? 0 : 1 },
  ];
}

/** Fade stops measured on the plot rather than in time: a break must not shift a fade. */
function plotStops(
  stops: GradientStop[] | undefined,
  from: number,
  to: number,
  scale: (t: number) => number,
): GradientStop[] | undefined {
  if (!stops) return undefined;
  const [x0, x1] = [scale(from), scale(to)];
  return stops.map((stop) => ({
    offset: x1 > x0 ? (scale(from + stop.offset * (to - from)) - x0) / (x1 - x0) : stop.offset,
    opacity: stop.opacity,
  }));
}

/**
 * Lays out a chart: one span per outage, then one marker per post whose time of day is
 * known, each in the order given (give them in the site's order). A post known only by its
 * day is drawn too, as an interval, when every instant it could be falls within what the
 * rest of the chart already spans; other posts (a day beyond it, a month, a period) are
 * returned as `untimed`.
 */
export function layoutTimeline(outages: TimelineOutage[], posts: TimelinePost[]): TimelineLayout {
  const outageSpansList = outages.map(outageSpans);
  const known = [
    ...outageSpansList.map(({ start, end }) => ({ from: start.from, to: end.to })),
    ...posts.filter((post) => hasTimeOfDay(post.when)).map(postSpan),
  ];
  const chartFrom = Math.min(...known.map((span) => span.from));
  const chartTo = Math.max(...known.map((span) => span.to));
  const drawable = (post: TimelinePost) => {
    if (hasTimeOfDay(post.when)) return true;
    if (post.when.precision !== "day") return false;
    const span = postSpan(post);
    return span.from >= chartFrom && span.to <= chartTo;
  };
  const timed = posts.filter(drawable);
  const untimed = posts.filter((post) => !drawable(post));
  const postSpans = timed.map(postSpan);
  const segments = axisSegments([
    ...outageSpansList.map(({ start, end }) => ({ from: start.from, to: end.to })),
    ...postSpans,
  ]);
  const scale = scaleOf(segments);

  const bars: Bar[] = outages.map((outage, index) => {
    const { start, end } = outageSpansList[index];
    let x0 = scale(start.from);
    let x1 = scale(end.to);
    if (x1 - x0 < MIN_SPAN) {
      const middle = (x0 + x1) / 2;
      x0 = Math.max(0, Math.min(middle - MIN_SPAN / 2, 1 - MIN_SPAN));
      x1 = x0 + MIN_SPAN;
    }
    return {
      key: outage.key,
      label: outage.label,
      color: outage.color,
      x0,
      x1,
      fade: plotStops(fadeStops(start, end), start.from, end.to, scale),
    };
  });

  const markers: Marker[] = timed.map((post, index) => {
    const span = postSpans[index];
    const marker: Marker = {
      key: post.key,
      label: post.label,
      color: post.color,
      x: scale(span.from),
    };
    // An approximate minute is a point with a margin, not a part of the day: a dot.
    if (post.when.precision !== "minute") {
      marker.bracket = { x0: scale(span.from), x1: scale(span.to) };
    }
    return marker;
  });

  const breaks = segments.slice(1).map((s, i) => (segments[i].x1 + s.x0) / 2);
  return {
    from: new Date(segments[0].from),
    to: new Date(segments.at(-1)!.to),
    segments,
    breaks,
    ticks: hourTicks(segments),
    days: dayLabels(segments),
    bars,
    markers,
    untimed,
  };
}

/**
 * The span a chart covers, in Italian: `Dalle 18:00 dell’11 giugno 2018 alla fine del
 * 12 giugno 2018, ora di Roma.` A window that ends at midnight ends with its last day; an
 * axis with breaks says what it leaves out.
 */
export function describeWindow(from: Date, to: Date, gaps: Span[] = []): string {
  const end =
    formatClock(to) === "00:00"
      ? `alla fine ${ofDay(new Date(to.getTime() - MINUTE))}`
      : `alle ${formatClock(to)} ${ofDay(to)}`;
  const left = gaps.map(
    (gap) =>
      `dalle ${formatClock(new Date(gap.from))} alle ${formatClock(new Date(gap.to))} ${ofDay(new Date(gap.to))}`,
  );
  const skipped = left.length
    ? ` L’asse salta le ore in cui non succede nulla: ${left.join("; ")}.`
    : "";
  return `Dalle ${formatClock(from)} ${ofDay(from)} ${end}, ora di Roma.${skipped}`;
}

/** The stretches an axis leaves out, between its segments. */
export function axisGaps(segments: Segment[]): Span[] {
  return segments.slice(1).map((s, i) => ({ from: segments[i].to, to: s.from }));
}
