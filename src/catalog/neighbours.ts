/**
 * The stories on either side of each one, in time order (`oldestFirst`, src/catalog/order.ts):
 * «Precedente» is the story before in time, «Successivo» the one after, so a reply always
 * comes after the post it answers. Built in one pass for the whole list, by key, so a
 * section's pages do not each search the section again.
 */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

export function neighbourIndex<T>(
  oldestFirst: readonly T[],
  keyOf: (item: T) => string,
): Map<string, Neighbours<T>> {
  return new Map(
    oldestFirst.map((item, index): [string, Neighbours<T>] => [
      keyOf(item),
      { previous: index > 0 ? oldestFirst[index - 1] : undefined, next: oldestFirst[index + 1] },
    ]),
  );
}
