/**
 * Layout of the day chart: outages as spans, posts as instants, on a scale of Rome
 * wall-clock hours. Pure, so the chart is drawn at build time and tested without a browser.
 *
 * - The axis is cropped to where events happen (`timeline-axis.ts`).
 * - A post known only by part of the day, or by a day the chart already spans, is a marker
 *   with its uncertainty drawn as a bracket (every instant it could be), never a bar. A post
 *   comes after what it answers (see `src/catalog/order.ts`): its bracket starts no earlier
 *   than that.
 * - An outage end known only roughly fades across every instant it could be
 *   (`src/charts/chart-spans.ts`).
 *
 * Positions along time are fractions (0–1) of the plot: the chart across prints them as
 * percentages of its width, the narrow one too, row by row.
 */
import { hasTimeOfDay, type When } from "../../content-model/time.ts";
import {
  fadeStops,
  outageExtent,
  outageSpans,
  postSpan,
  type GradientStop,
} from "../chart-spans.ts";
import {
  axisSegments,
  dayLabels,
  hourTicks,
  scaleOf,
  type DayLabel,
  type Segment,
  type Tick,
} from "./timeline-axis.ts";

/** The narrowest span, as a fraction of the plot, so a ten-minute outage stays visible. */
export const MIN_SPAN = 0.012;

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
  const extents = outages.map(outageExtent);
  const known = [...extents, ...posts.filter((post) => hasTimeOfDay(post.when)).map(postSpan)];
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
  const segments = axisSegments([...extents, ...postSpans]);
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
