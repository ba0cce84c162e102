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

/** How many days the front page gives a band of their own; older dossiers are listed. */
export const DAY_BANDS = 4;
/** How many of a day's stories a band shows as cards; the rest are a list of titles. */
export const BAND_CARDS = 3;

export interface DayBand<D, A> {
  dossier: D;
  /** Its first stories, as cards. */
  cards: A[];
  /** The rest, as a list of titles. */
  more: A[];
}

/**
 * A band per day, for the first `DAY_BANDS` dossiers in the order given (the lead first): each
 * with its own stories, in the order given, less what the page has linked above it or in an
 * earlier band, so every day is present and no article shows twice.
 */
export function dayBands<D, A>(
  dossiers: readonly D[],
  storiesOf: (dossier: D) => A[],
  linked: ReadonlySet<A>,
): DayBand<D, A>[] {
  const shown = new Set(linked);
  return dossiers.slice(0, DAY_BANDS).map((dossier) => {
    const stories = notYetLinked(storiesOf(dossier), shown);
    for (const story of stories) shown.add(story);
    return { dossier, cards: stories.slice(0, BAND_CARDS), more: stories.slice(BAND_CARDS) };
  });
}
