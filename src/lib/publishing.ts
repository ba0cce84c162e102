/**
 * Whether an entry is shown to readers: the single rule that keeps drafts out of production.
 * In development every entry renders, so an author can preview a draft.
 */
export function isPublished(data: { draft?: boolean }, mode: { production: boolean }): boolean {
  return !mode.production || data.draft !== true;
}
