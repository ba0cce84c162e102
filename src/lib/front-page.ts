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
