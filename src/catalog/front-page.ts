/**
 * The front page's editorial choices, as rules an author can read in AUTHORING.md: which
 * dossier leads, and which articles the lists below may still show.
 */

/**
 * The lead and the other dossiers, from dossiers given newest first: the lead is the newest
 * marked `inPrimoPiano: true`, or the newest of all when none is; the others keep their order.
 */
export function frontPageDossiers<T extends { data: { inPrimoPiano?: boolean } }>(
  newestFirst: readonly T[],
): { lead?: T; others: T[] } {
  const lead = newestFirst.find((entry) => entry.data.inPrimoPiano) ?? newestFirst[0];
  return { lead, others: newestFirst.filter((entry) => entry !== lead) };
}

/** The entries a list may show, without those the page has already linked above it. */
export function notYetLinked<T>(entries: Iterable<T>, linked: ReadonlySet<T>): T[] {
  return [...entries].filter((entry) => !linked.has(entry));
}

/** How many days the front page gives a band of their own, the newest; the atlas has them all. */
export const DAY_BANDS = 4;
/** How many days a feature's screens show of a dossier across several days. */
export const FEATURE_DAYS = 4;
/** How many of the newest day's stories its band shows as cards; the rest are a list of titles. */
export const BAND_CARDS = 3;

export interface DayBand<D, A> {
  day: D;
  /** Whether it is an older day's band: its stories all a list of titles, no cards. */
  compact: boolean;
  /** Its first stories, as cards. */
  cards: A[];
  /** The rest, as a list of titles. */
  more: A[];
}

/**
 * A band per day for the newest `DAY_BANDS` of the days given newest first, as a news front
 * page leads with the latest: the newest opens with its first `BAND_CARDS` stories as cards,
 * the older ones are compact, their stories a list of titles. Each holds its own stories, in
 * the order given, less what the page has linked above it or in an earlier band, so no article
 * shows twice.
 */
export function dayBands<D, A>(
  newestFirst: readonly D[],
  storiesOf: (day: D) => A[],
  linked: ReadonlySet<A>,
): DayBand<D, A>[] {
  const shown = new Set(linked);
  return newestFirst.slice(0, DAY_BANDS).map((day, index) => {
    const stories = notYetLinked(storiesOf(day), shown);
    for (const story of stories) shown.add(story);
    const cards = index === 0 ? BAND_CARDS : 0;
    return {
      day,
      compact: index > 0,
      cards: stories.slice(0, cards),
      more: stories.slice(cards),
    };
  });
}

/**
 * At most `count` of `items`, spread evenly and in order, the first and the last always
 * among them: a feature over a hundred days shows where its story begins and where it ends.
 */
export function spreadPick<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  return Array.from(
    { length: count },
    (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))],
  );
}
