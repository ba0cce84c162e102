/**
 * The stories on either side of one, in a list ordered newest first (as the section pages
 * show it): the previous one is older, the next one newer.
 */
export function neighbours<T>(
  newestFirst: T[],
  isCurrent: (item: T) => boolean,
): { previous?: T; next?: T } {
  const index = newestFirst.findIndex(isCurrent);
  if (index === -1) return {};
  return { previous: newestFirst[index + 1], next: index > 0 ? newestFirst[index - 1] : undefined };
}
