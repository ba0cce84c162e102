/**
 * Geometry of the timeline chart: outages as bars, posts as markers, on a scale of Rome
 * wall-clock hours. Everything here is pure, so the chart can be drawn at build time and
 * tested without a browser.
 *
 * Horizontal positions are fractions of the chart's width (0–1): the component prints them
 * as percentages, so the SVG fills any column while its text keeps its size in pixels.
 * Vertical positions are pixels.
 *
 * Honest times: an end known only roughly ("in serata", "verso le 17:30") is drawn as a fade
 * across every instant it could be, never as a sharp edge at a made-up minute.
 */
import {
  formatClock,
  formatDay,
  formatDayMonth,
  romeDay,
  romeHour,
  romeWallTime,
  whenRange,
  type When,
} from "./time";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How wide an "about this minute" is drawn: this many minutes on either side. */
export const APPROX_MINUTES = 5;
/** An outage whose end is unknown fades out over this many hours after its start. */
export const OPEN_END_HOURS = 6;
/** The narrowest bar, as a fraction of the width, so a ten-minute outage stays visible. */
export const MIN_BAR_WIDTH = 0.01;
/** At most this many labelled ticks, so labels do not collide on a phone. */
export const MAX_LABELLED_TICKS = 7;
const TICK_STEPS_HOURS = [1, 2, 3, 6, 12, 24] as const;

/** Pixel layout of the rows. */
export const ROW = {
  dayBand: 26,
  bar: 46,
  marker: 40,
  axis: 26,
} as const;

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
}

export interface Span {
  from: number;
  to: number;
}

export interface Tick {
  x: number;
  /** `18:00` on labelled ticks only. */
  label?: string;
  midnight: boolean;
}

export interface DaySegment {
  x0: number;
  x1: number;
  /** `YYYY-MM-DD` */
  day: string;
  /** `11 giugno` */
  label: string;
  /** `11 giu`, for narrow screens. */
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
  x: number;
  width: number;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
  /** Opacity along the bar, left to right; absent when both ends are sharp. */
  fade?: GradientStop[];
}

export interface Marker {
  key: string;
  label: string;
  color: string;
  /** Equal when the minute is known: a point; otherwise the span the post could fall in. */
  x0: number;
  x1: number;
  y: number;
  height: number;
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
}

export interface TimelineLayout {
  from: Date;
  to: Date;
  height: number;
  /** Top and bottom of the plotting area, where grid lines run. */
  plotTop: number;
  plotBottom: number;
  stepHours: number;
  ticks: Tick[];
  days: DaySegment[];
  bars: Bar[];
  markers: Marker[];
  /** Posts left off the chart because their time of day is not known. */
  untimed: TimelinePost[];
}

/** Whether a moment can be placed within a day: known to the minute or to the part of day. */
export function hasTimeOfDay(when: When): boolean {
  return when.precision === "minute" || when.precision === "part";
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

function floorToStep(t: number, stepHours: number): number {
  const instant = new Date(t);
  const hour = Math.floor(romeHour(instant) / stepHours) * stepHours;
  return romeWallTime(romeDay(instant), hour).getTime();
}

function ceilToStep(t: number, stepHours: number): number {
  const floor = floorToStep(t, stepHours);
  if (floor === t) return t;
  const instant = new Date(floor);
  return romeWallTime(romeDay(instant), romeHour(instant) + stepHours).getTime();
}

/**
 * The window the chart spans: from the earliest to the latest instant of its items,
 * widened to whole ticks, with the tick step that keeps labels few enough for a phone.
 */
export function timelineWindow(spans: Span[]): { from: number; to: number; stepHours: number } {
  if (spans.length === 0) throw new Error("a timeline needs at least one item");
  const min = Math.min(...spans.map((s) => s.from));
  const max = Math.max(...spans.map((s) => s.to));
  for (const stepHours of TICK_STEPS_HOURS) {
    const from = floorToStep(min, stepHours);
    // A single instant on the hour still gets one step of width.
    const to = Math.max(ceilToStep(max, stepHours), from + stepHours * HOUR);
    if ((to - from) / (stepHours * HOUR) + 1 <= MAX_LABELLED_TICKS) {
      return { from, to, stepHours };
    }
  }
  const stepHours = TICK_STEPS_HOURS.at(-1)!;
  return { from: floorToStep(min, stepHours), to: ceilToStep(max, stepHours), stepHours };
}

/** Hourly ticks (fewer on long windows), labelled every `stepHours` of Rome time. */
export function hourTicks(from: number, to: number, stepHours: number): Tick[] {
  const minorHours = Math.max(1, stepHours / 6);
  const scale = (t: number) => (t - from) / (to - from);
  const ticks: Tick[] = [];
  for (let t = from; t <= to; t += HOUR) {
    const instant = new Date(t);
    const hour = romeHour(instant);
    if (hour % minorHours !== 0) continue;
    ticks.push({
      x: scale(t),
      label: hour % stepHours === 0 ? formatClock(instant) : undefined,
      midnight: hour === 0,
    });
  }
  return ticks;
}

/** The calendar days (Rome) the window crosses, each with its share of the width. */
export function daySegments(from: number, to: number): DaySegment[] {
  const scale = (t: number) => (t - from) / (to - from);
  const segments: DaySegment[] = [];
  let start = from;
  while (start < to) {
    const day = romeDay(new Date(start));
    const next = Math.min(romeWallTime(day, 24).getTime(), to);
    segments.push({
      x0: scale(start),
      x1: scale(next),
      day,
      label: formatDayMonth(day),
      shortLabel: formatDayMonth(day, "short"),
    });
    start = next;
  }
  return segments;
}

/**
 * How opaque a bar is along its length: transparent where an end may or may not have come
 * yet, solid where the outage was certainly under way.
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

function labelPlacement(x0: number, x1: number): { labelX: number; labelAnchor: "start" | "end" } {
  // A label reads from its item's left edge, unless the item sits in the right half, where
  // it would run off the chart: there it ends at the item's right edge.
  return x0 <= 0.5 ? { labelX: x0, labelAnchor: "start" } : { labelX: x1, labelAnchor: "end" };
}

/**
 * Lays out a chart: one bar per outage, in the given order, then one marker per post whose
 * time of day is known. Posts known only by day, month or period are returned as `untimed`.
 */
export function layoutTimeline(outages: TimelineOutage[], posts: TimelinePost[]): TimelineLayout {
  const timed = posts.filter((post) => hasTimeOfDay(post.when));
  const untimed = posts.filter((post) => !hasTimeOfDay(post.when));
  const outageSpansList = outages.map(outageSpans);
  const postSpans = timed.map((post) => uncertainty(post.when));
  const window = timelineWindow([
    ...outageSpansList.flatMap(({ start, end }) => [start, end]),
    ...postSpans,
  ]);
  const { from, to } = window;
  const scale = (t: number) => (t - from) / (to - from);

  let y = ROW.dayBand;
  const bars: Bar[] = outages.map((outage, index) => {
    const { start, end } = outageSpansList[index];
    let x0 = scale(start.from);
    let x1 = scale(end.to);
    if (x1 - x0 < MIN_BAR_WIDTH) {
      const middle = (x0 + x1) / 2;
      x0 = Math.max(0, middle - MIN_BAR_WIDTH / 2);
      x1 = Math.min(1, x0 + MIN_BAR_WIDTH);
    }
    const bar: Bar = {
      key: outage.key,
      label: outage.label,
      color: outage.color,
      x: x0,
      width: x1 - x0,
      y: y + 22,
      height: 16,
      labelY: y + 16,
      ...labelPlacement(x0, x1),
      fade: fadeStops(start, end),
    };
    y += ROW.bar;
    return bar;
  });

  const markers: Marker[] = timed.map((post, index) => {
    const span = postSpans[index];
    const x0 = scale(span.from);
    const x1 = scale(span.to);
    const marker: Marker = {
      key: post.key,
      label: post.label,
      color: post.color,
      x0,
      x1,
      y: y + 22,
      height: 10,
      labelY: y + 16,
      ...labelPlacement(x0, x1),
    };
    y += ROW.marker;
    return marker;
  });

  const plotBottom = y + 6;
  return {
    from: new Date(from),
    to: new Date(to),
    height: plotBottom + ROW.axis,
    plotTop: ROW.dayBand - 4,
    plotBottom,
    stepHours: window.stepHours,
    ticks: hourTicks(from, to, window.stepHours),
    days: daySegments(from, to),
    bars,
    markers,
    untimed,
  };
}

/** `del 12 giugno 2018`, `dell’11 giugno 2018`: the preposition elides before a vowel sound. */
function ofDay(instant: Date): string {
  const day = formatDay(instant);
  return /^(8|11)\b/.test(day) ? `dell’${day}` : `del ${day}`;
}

/**
 * The span a chart covers, in Italian: `Dalle 18:00 dell’11 giugno 2018 alla fine del
 * 12 giugno 2018, ora di Roma.` A window that ends at midnight ends with its last day.
 */
export function describeWindow(from: Date, to: Date): string {
  const end =
    formatClock(to) === "00:00"
      ? `alla fine ${ofDay(new Date(to.getTime() - MINUTE))}`
      : `alle ${formatClock(to)} ${ofDay(to)}`;
  return `Dalle ${formatClock(from)} ${ofDay(from)} ${end}, ora di Roma.`;
}
