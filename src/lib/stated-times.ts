/**
 * The times an article states must be times its sources give. The frontmatter holds the
 * times the sources give (an outage's start and end, a statement's, a post's); these
 * functions find any clock time in a text that none of those holds, so an invented minute
 * in the prose can be caught before it is published.
 */
import { formatClock, isWhen, type When } from "./time";

/** `20:25` or `20.25`, as Italian prose writes a time of day; not part of a longer number. */
const CLOCK = /(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:]?\d)/g;

/** Every clock time written in a text, normalised to `HH:MM`, in order of appearance. */
export function clockTimesIn(text: string): string[] {
  return [...text.matchAll(CLOCK)].map(([, h, m]) => `${h.padStart(2, "0")}:${m}`);
}

/** Every moment found anywhere in parsed frontmatter, however deep. */
export function whensIn(data: unknown): When[] {
  if (isWhen(data)) return [data];
  if (data === null || typeof data !== "object" || data instanceof Date) return [];
  return Object.values(data).flatMap(whensIn);
}

/** The clock times (Rome, `HH:MM`) that a set of moments holds: only those known to the minute. */
export function heldClockTimes(whens: Iterable<When>): Set<string> {
  const held = new Set<string>();
  for (const when of whens) {
    if (when.precision === "minute") held.add(formatClock(when.instant));
  }
  return held;
}

/** The clock times in `text` that `held` does not contain, each once. */
export function unheldTimes(text: string, held: ReadonlySet<string>): string[] {
  return [...new Set(clockTimesIn(text))].filter((time) => !held.has(time));
}
