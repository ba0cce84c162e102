/**
 * The one ordering rule of the site, for every list that is by time (the chronology,
 * sections, tags, brands, the 404, the day chart):
 *
 * - stories go by when they happened, not by when they were published;
 * - a rough moment ("in serata", a month, "tra marzo e giugno") is placed by its span: at
 *   the earliest instant it could be, and, between two that start together, the narrower
 *   first;
 * - among the stories of one day, those whose hour is unknown (only the day, or a month)
 *   come after those whose hour is known, even roughly ("in serata"): "4 ottobre" says
 *   nothing about when in the day, so it is told after what the day is known to have held;
 * - an answer comes after what it answers (a post after the outage it comments on, a reply
 *   after the post it replies to), even when its own moment alone would place it earlier:
 *   a post known only as "in serata" that answers #Raidown (about 20:25) cannot have
 *   appeared at 18:00;
 * - a dossier is filed by the events it covers, and comes after them, as it answers them all.
 *
 * - stories still tied (same moment, same depth in the thread) follow the order the sources
 *   list them in (`listed`: a dossier's list of cases, as its thread drawing reads them),
 *   and only then their key: never their title.
 *
 * Newest first keeps days newest first, and conversations readable: within a day, a thread
 * (a post and the replies to it on that day) is read in the order it happened, parent before
 * replies, placed where its newest reply of the day would be; everything else is the exact
 * reverse of oldest first.
 *
 * Pure: a page adapts its entries to `Story` (see `storyOf` in `src/catalog/catalog.ts`) and
 * gets them back in order.
 */
import {
  formatDay,
  formatMonth,
  formatWhen,
  hasTimeOfDay,
  romeDay,
  whenSpan,
  type Span,
  type When,
} from "../content-model/time.ts";

export interface Story {
  /** Unique across kinds: `cases/rai-risponde-a-netflix`. */
  key: string;
  /** When it happened; several for a dossier (the moments of the stories it covers). */
  whens: readonly When[];
  /** What it answers or covers: it is placed after each of them. */
  answers: readonly Story[];
  /** The post it replies to in a conversation (one of `answers`): read before it in any list. */
  replyTo?: Story;
  /** Where the sources list it (a dossier's cases, in order): ties in time follow it. */
  listed?: number;
}

/** Every instant a story could be: the union of its moments. */
export function storySpan(story: Story): Span {
  let span = spans.get(story);
  if (!span) {
    const moments = story.whens.map((when) => whenSpan(when));
    if (moments.length === 0) throw new Error(`${story.key}: a story needs at least one moment`);
    span = {
      from: Math.min(...moments.map((m) => m.from)),
      to: Math.max(...moments.map((m) => m.to)),
    };
    spans.set(story, span);
  }
  return span;
}
const spans = new WeakMap<Story, Span>();

interface Place {
  /** The earliest it can be, once what it answers is taken into account. */
  at: number;
  /** How many answers deep it is: what is answered goes before its answer at the same `at`. */
  depth: number;
  /** The end of its own span: the narrower first among equals. */
  to: number;
  /** The Rome day of `at`: stories are told day by day. */
  day: string;
  /**
   * Its hour is unknown (a day, a month), or it answers one of that day whose hour is: it
   * comes after the stories of its day whose hour is known.
   */
  untimed: boolean;
}

/** Where a story sits on the time line. Answers form no cycles: the content check refuses them. */
export function placeOf(story: Story, seen: ReadonlySet<Story> = new Set()): Place {
  let place = places.get(story);
  if (place) return place;
  if (seen.has(story)) throw new Error(`${story.key}: it answers itself`);
  const own = storySpan(story);
  const path = new Set(seen).add(story);
  const answered = story.answers.map((before) => placeOf(before, path));
  const at = Math.max(own.from, ...answered.map((before) => before.at));
  const day = romeDay(new Date(at));
  place = {
    at,
    depth: Math.max(0, ...answered.map((before) => before.depth + 1)),
    to: own.to,
    day,
    // Carried along a chain of answers within the day, so that an answer never sorts
    // before what it answers.
    untimed:
      !story.whens.every(hasTimeOfDay) ||
      answered.some((before) => before.untimed && before.day === day),
  };
  places.set(story, place);
  return place;
}
const places = new WeakMap<Story, Place>();

/** Negative when `a` goes first in a chronology. */
export function compareStories(a: Story, b: Story): number {
  const pa = placeOf(a);
  const pb = placeOf(b);
  if (pa.day !== pb.day) return pa.day < pb.day ? -1 : 1;
  return (
    Number(pa.untimed) - Number(pb.untimed) ||
    pa.at - pb.at ||
    pa.depth - pb.depth ||
    pa.to - pb.to ||
    (a.listed ?? Number.MAX_SAFE_INTEGER) - (b.listed ?? Number.MAX_SAFE_INTEGER) ||
    (a.key < b.key ? -1 : 1)
  );
}

/**
 * Oldest first: the order a chronology reads in. Within a day, a reply follows the post it
 * answers, with the rest of that conversation, instead of the day's other posts of unknown
 * hour, which it may as well precede; unless it also answers one of those, and then it keeps
 * its own place after it.
 */
export function oldestFirst<T>(items: Iterable<T>, storyOf: (item: T) => Story): T[] {
  const sorted = [...items]
    .map((item) => ({ item, story: storyOf(item) }))
    .sort((a, b) => compareStories(a.story, b.story));
  const groups: T[][] = [];
  const groupOf = new Map<Story, number>();
  for (const { item, story } of sorted) {
    const parent = story.replyTo;
    let group =
      parent && placeOf(parent).day === placeOf(story).day ? groupOf.get(parent) : undefined;
    if (group !== undefined && story.answers.some((a) => (groupOf.get(a) ?? -1) > group!)) {
      group = undefined;
    }
    if (group === undefined) group = groups.push([]) - 1;
    groups[group].push(item);
    groupOf.set(story, group);
  }
  return groups.flat();
}

/** The first post of the conversation a story belongs to (itself when it replies to none). */
export function threadOf(story: Story): Story {
  let root = story;
  for (const seen = new Set<Story>(); root.replyTo && !seen.has(root); root = root.replyTo) {
    seen.add(root);
  }
  return root;
}

/** The first post of a story's conversation told on the same day as the story. */
function threadOfDay(story: Story): Story {
  const day = placeOf(story).day;
  let root = story;
  for (const seen = new Set<Story>(); root.replyTo && !seen.has(root); root = root.replyTo) {
    if (placeOf(root.replyTo).day !== day) break;
    seen.add(root);
  }
  return root;
}

/**
 * Newest first: days newest first; within a day, the reverse of `oldestFirst`, except that a
 * conversation is read in the order it happened, placed where its newest reply of the day
 * falls, so that a reader meets a post before the replies to it.
 */
export function newestFirst<T>(items: Iterable<T>, storyOf: (item: T) => Story): T[] {
  const days = new Map<string, Map<Story, T[]>>();
  for (const item of oldestFirst(items, storyOf)) {
    const story = storyOf(item);
    const day = placeOf(story).day;
    let threads = days.get(day);
    if (!threads) days.set(day, (threads = new Map()));
    const root = threadOfDay(story);
    const thread = threads.get(root);
    // Re-inserted so that the thread sits where its newest item is.
    threads.delete(root);
    threads.set(root, thread ? [...thread, item] : [item]);
  }
  return [...days.values()].reverse().flatMap((threads) => [...threads.values()].reverse().flat());
}

const monthOf = (instant: number) => romeDay(new Date(instant)).slice(0, 7);
/** The last month a span reaches: its end is exclusive (`2018-07-01T00:00` ends June). */
const lastMonthOf = (span: Span) => monthOf(Math.max(span.from, span.to - 1));

const monthNames = new Intl.DateTimeFormat("it-IT", { month: "long", timeZone: "UTC" });
const monthName = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return monthNames.format(new Date(Date.UTC(y, m - 1, 15)));
};

/**
 * The months a story is filed under, in Italian: `giugno 2018`, or for one that spans
 * several, `marzo–giugno 2018` (`dicembre 2017–marzo 2018` across a year).
 */
export function monthsLabel(span: Span): string {
  const first = monthOf(span.from);
  const last = lastMonthOf(span);
  if (first === last) return formatMonth(first);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${monthName(first)}–${formatMonth(last)}`;
  return `${formatMonth(first)}–${formatMonth(last)}`;
}

/**
 * When a story happened, in Italian, as precisely as it is known: one moment as the site
 * writes moments (`12 giugno 2018, in serata`); several as the days or months they span
 * (`11–12 giugno 2018`, `marzo–giugno 2018`).
 */
export function storyLabel(story: Story): string {
  if (story.whens.length === 1) {
    const [when] = story.whens;
    return when.precision === "period" ? monthsLabel(storySpan(story)) : formatWhen(when);
  }
  const span = storySpan(story);
  const first = romeDay(new Date(span.from));
  const last = romeDay(new Date(Math.max(span.from, span.to - 1)));
  if (first === last) return formatDay(first);
  if (first.slice(0, 7) !== last.slice(0, 7)) return monthsLabel(span);
  return `${Number(first.slice(8))}–${formatDay(last)}`;
}

/** `2018-06`, or `2018-03--2018-06` for a span of months: usable in an id. */
export function monthsKey(span: Span): string {
  const first = monthOf(span.from);
  const last = lastMonthOf(span);
  return first === last ? first : `${first}--${last}`;
}

export interface SpanGroup<T> {
  /** `monthsKey` of the span. */
  key: string;
  /** `Giugno 2018`, `Marzo–giugno 2018`: a heading. */
  label: string;
  /** `2018`, or `2017–2018` when the span crosses a year. */
  year: string;
  items: T[];
}

/**
 * Groups items by the months they span, keeping their order: a story known only as "tra
 * marzo e giugno" is filed under "Marzo–giugno 2018", never under March alone. Groups come
 * in the order of their first item.
 */
export function groupByMonths<T>(items: Iterable<T>, storyOf: (item: T) => Story): SpanGroup<T>[] {
  const groups = new Map<string, SpanGroup<T>>();
  for (const item of items) {
    const span = storySpan(storyOf(item));
    const first = monthOf(span.from);
    const last = lastMonthOf(span);
    const key = monthsKey(span);
    let group = groups.get(key);
    if (!group) {
      const label = monthsLabel(span);
      const [y0, y1] = [first.slice(0, 4), last.slice(0, 4)];
      group = {
        key,
        label: label.charAt(0).toUpperCase() + label.slice(1),
        year: y0 === y1 ? y0 : `${y0}–${y1}`,
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** Consecutive month groups under their year (`2018`, or `2017–2018` for a span across two). */
export function groupByYears<T>(
  groups: SpanGroup<T>[],
): Array<{ year: string; key: string; groups: SpanGroup<T>[] }> {
  const years: Array<{ year: string; key: string; groups: SpanGroup<T>[] }> = [];
  for (const group of groups) {
    const last = years.at(-1);
    if (last?.year === group.year) last.groups.push(group);
    // The year as an `id` takes ASCII only: `2017--2018`.
    else years.push({ year: group.year, key: group.year.replace("–", "--"), groups: [group] });
  }
  return years;
}
