/**
 * The day chart's axis, in Rome wall-clock hours, cropped to where events happen: hours in
 * which nothing happens, when there are more than `GAP_HOURS` of them, collapse into a
 * marked break. Positions are fractions (0–1) of the plot.
 */
import {
  formatClock,
  formatDayMonth,
  ofDay,
  romeDay,
  romeHour,
  romeWallTime,
  type Span,
} from "../../content-model/time.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Empty stretches longer than this collapse into a break of the axis. */
export const GAP_HOURS = 3;
/** The width of a break, as a fraction of the plot. */
export const BREAK_WIDTH = 0.04;
/** At most this many labelled ticks, so labels do not collide on a tablet. */
export const MAX_LABELLED_TICKS = 8;
/** Two tick labels closer than this (a fraction of the plot) would touch: the later is dropped. */
export const MIN_LABEL_GAP = 0.075;
const LABEL_STEPS_HOURS = [1, 2, 3, 6, 12] as const;

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

/** The stretches an axis leaves out, between its segments. */
export function axisGaps(segments: Segment[]): Span[] {
  return segments.slice(1).map((s, i) => ({ from: segments[i].to, to: s.from }));
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
