import { slugify } from "../content-model/strings.ts";

export interface TagGroup<T> {
  /** The URL segment: `/tag/<slug>/`, lowercase ASCII without accents. */
  slug: string;
  /** The label as the first article wrote it. */
  label: string;
  items: T[];
}

/** `Giugno 2018` → `giugno-2018`; a tag with no letter or digit cannot have a page. */
export function tagSlug(label: string): string {
  const slug = slugify(label);
  if (!slug) throw new Error(`The tag "${label}" has no letter or digit to build its address`);
  return slug;
}

/**
 * Every tag with the items that carry it, in the items' order. Labels that differ only in
 * case or accents (`Perché`, `perche`) share one page, so an article is never split across
 * two; each item appears once per tag. Tags come out in Italian alphabetical order.
 */
export function groupByTag<T extends { tags: string[] }>(items: T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const item of items) {
    for (const label of item.tags) {
      const slug = tagSlug(label);
      const group = groups.get(slug) ?? { slug, label, items: [] };
      if (!group.items.includes(item)) group.items.push(item);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, "it"));
}
