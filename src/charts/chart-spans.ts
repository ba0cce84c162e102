/**
 * What the charts draw for a time that is only roughly known (the day chart,
 * `timeline/timeline.ts`, and the atlas, `atlas.ts`, draw it alike): an outage as the span
 * from its start to its end, fading across every instant an end could be; a post as every
 * instant it could be, never before what it answers. Times in milliseconds.
 */
import { whenSpan, type Span, type When } from "../content-model/time.ts";

const HOUR = 3_600_000;

/** How wide an "about this minute" is drawn: this many minutes on either side. */
export const APPROX_MINUTES = 5;
/** An outage whose end is unknown fades out over this many hours after its start. */
export const OPEN_END_HOURS = 6;

export interface GradientStop {
  offset: number;
  opacity: number;
}

/** The charts draw an approximate minute as the short stretch it could be. */
export const AS_DRAWN = { approxMinutes: APPROX_MINUTES } as const;

/** The start and end spans of an outage; an unknown end fades out after the start. */
export function outageSpans(outage: { start: When; end?: When | undefined }): {
  start: Span;
  end: Span;
} {
  const start = whenSpan(outage.start, AS_DRAWN);
  const end = outage.end
    ? whenSpan(outage.end, AS_DRAWN)
    : { from: start.to, to: start.to + OPEN_END_HOURS * HOUR };
  return { start, end };
}

/** Every instant an outage could cover, from its earliest start to its latest end. */
export function outageExtent(outage: { start: When; end?: When | undefined }): Span {
  const { start, end } = outageSpans(outage);
  return { from: start.from, to: end.to };
}

/** Every instant a post could be: its own span, cut where what it answers had not happened. */
export function postSpan(post: {
  when: When;
  /** The earliest it can be, from what it answers (`placeOf` in src/catalog/order.ts), in ms. */
  notBefore?: number;
}): Span {
  const own = whenSpan(post.when, AS_DRAWN);
  const from = Math.min(Math.max(own.from, post.notBefore ?? own.from), own.to);
  return { from, to: own.to };
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
