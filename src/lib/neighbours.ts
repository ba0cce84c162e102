/**
 * The stories on either side of each one, in a list ordered newest first (as the section
 * pages show it): the previous one is older, the next one newer. Built in one pass for the
 * whole list, by key, so a section's pages do not each search the section again.
 */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export function neighbourIndex<T>(
  newestFirst: readonly T[],
  keyOf: (item: T) => string,
): Map<string, Neighbours<T>> {
  return new Map(
    newestFirst.map((item, index): [string, Neighbours<T>] => [
      keyOf(item),
      { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined },
    ]),
  );
}
