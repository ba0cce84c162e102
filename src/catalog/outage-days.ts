/**
 * The days the site tells: outages close enough in time to be one story for a reader (the
 * evening of 11 June 2018 ran into the night of the 12th, when Instagram and then the Rai
 * went dark), with the posts that answered them. A day is what an outage page draws as its
 * chart and what the atlas groups; it is derived from the entries alone, never from a date
 * written in code.
 *
 * Pure: the catalog comes in (`src/catalog/catalog.ts`), days come out oldest first, each in the
 * site's one order (`src/catalog/order.ts`).
 */
import {
  inOrder,
  type Case,
  type Catalog,
  type Dossier,
  type Ordering,
  type Outage,
} from "./catalog.ts";
import { storyLabel } from "./order.ts";
import { romeDay, whenSpan, type Span } from "../content-model/time.ts";
import { outageExtent } from "../charts/chart-spans.ts";

const HOUR = 3_600_000;

/**
 * An outage that starts less than this after a day's first outage began belongs to that day:
 * the evening of 11 June 2018 to the evening of the 12th is one. Counted from the first
 * start, so a busy season never chains into one endless day.
 */
export const DAY_WINDOW_HOURS = 36;

export interface OutageDay {
  /** The Rome day it starts, `2018-06-11`: unique, so usable as an id. */
  key: string;
  /** The days its outages began: `11–12 giugno 2018`, `4 ottobre 2021`. */
  label: string;
  /** From the earliest start to the latest end, in milliseconds. */
  span: Span;
  /** Oldest first. */
  outages: Outage[];
  /** The posts that answer one of its outages, or a post that does; oldest first. */
  cases: Case[];
}

/**
 * The catalog's outages grouped into days, oldest first, each with the posts answering it.
 * Worked out once per catalog: every outage page of a build asks for its day.
 */
export function outageDays(catalog: Ordering): OutageDay[] {
  let days = daysOf.get(catalog);
  if (!days) daysOf.set(catalog, (days = groupDays(catalog)));
  return days;
}
const daysOf = new WeakMap<object, OutageDay[]>();

function groupDays(catalog: Ordering): OutageDay[] {
  const groups: Array<{ span: Span; outages: Outage[] }> = [];
  const ordered = inOrder(catalog, catalog.outages.values(), "oldest");
  // The order places an outage by its start; a day takes those that start soon enough.
  for (const outage of ordered) {
    // An unknown end fades out as the day chart draws it.
    const extent = outageExtent(outage.data);
    const last = groups.at(-1);
    if (last && extent.from - last.span.from < DAY_WINDOW_HOURS * HOUR) {
      last.outages.push(outage);
      last.span.to = Math.max(last.span.to, extent.to);
    } else {
      groups.push({ span: { ...extent }, outages: [outage] });
    }
  }

  const dayOfOutage = new Map<string, number>();
  groups.forEach((group, index) => group.outages.forEach((o) => dayOfOutage.set(o.id, index)));
  const dayOfCase = new Map<string, number>();
  const cases: Case[][] = groups.map(() => []);
  // Oldest first, so a reply is met after the post it answers and finds that post's day.
  for (const entry of inOrder(catalog, catalog.cases.values(), "oldest")) {
    const day =
      (entry.data.outage && dayOfOutage.get(entry.data.outage.id)) ??
      (entry.data.inResponseTo && dayOfCase.get(entry.data.inResponseTo.id));
    if (day === undefined) continue;
    dayOfCase.set(entry.id, day);
    cases[day].push(entry);
  }

  return groups.map((group, index) => ({
    key: romeDay(new Date(group.span.from)),
    label: storyLabel({
      key: `giornata/${index}`,
      // The days its outages began, as days: a day is named as readers remember it (an
      // outage that ran past midnight does not make it two), and never by one start's clock.
      whens: group.outages.map((o) => ({
        precision: "day",
        day: romeDay(new Date(whenSpan(o.data.start).from)),
      })),
      answers: [],
    }),
    span: group.span,
    outages: group.outages,
    cases: cases[index],
  }));
}

/** The day an outage belongs to. */
export function dayOf(days: OutageDay[], outage: Outage): OutageDay {
  const day = days.find((d) => d.outages.some((o) => o.id === outage.id));
  if (!day) throw new Error(`${outage.filePath}: outage not in any day`);
  return day;
}

/**
 * The dossier that tells a day: the newest whose outages are all of that day. A dossier across
 * several days (June 2018 to March 2024) is no one day's story: its days are told by their own
 * dossier, or by their outages when they have none.
 */
export function dossierOfDay(
  catalog: Pick<Catalog, "dossier">,
  day: Pick<OutageDay, "outages">,
): Dossier | undefined {
  const outages = new Set(day.outages.map((entry) => entry.id));
  return [...catalog.dossier.values()].find(
    (dossier) =>
      dossier.data.outages.length > 0 && dossier.data.outages.every((ref) => outages.has(ref.id)),
  );
}
