/**
 * Related articles: the few others a reader of one article is most likely to want next.
 * Pure and generic, so it can be tested without Astro; the catalog adapts its entries.
 *
 * A candidate scores for a direct link in either direction (a case and its trigger, a post
 * and its answer, a dossier and its stories), for each tag it shares, and for a shared brand;
 * ties go to the closest in time, then to the key, so the choice is stable between builds.
 * One pass over the candidates, keeping only the best few: linear in their number. A site
 * asks once per article, so `relatedIndex` scores only the candidates that share a link, a
 * tag or the brand, by counting what they share.
 */

export interface RelatedCandidate {
  /** Unique across collections: `cases/rai-risponde-a-netflix`. */
  key: string;
  /** Keys this article points to (trigger, answered post, a dossier's stories). */
  links: readonly string[];
  tags: readonly string[];
  brand?: string;
  /** When the story happened, in milliseconds. */
  time: number;
}

export const RELATED_WEIGHTS = { link: 8, tag: 2, brand: 1 } as const;

/** How strongly `candidate` relates to `target`; 0 means not at all. */
export function relatedness(target: RelatedCandidate, candidate: RelatedCandidate): number {
  return scorer(target)(candidate);
}

/** Scores candidates against one target, reading the target's tags once. */
function scorer(target: RelatedCandidate): (candidate: RelatedCandidate) => number {
  const targetTags = new Set(target.tags);
  return (candidate) => {
    const linked = target.links.includes(candidate.key) || candidate.links.includes(target.key);
    const sharedTags = new Set(candidate.tags.filter((tag) => targetTags.has(tag))).size;
    const sameBrand = target.brand !== undefined && target.brand === candidate.brand;
    return (
      (linked ? RELATED_WEIGHTS.link : 0) +
      sharedTags * RELATED_WEIGHTS.tag +
      (sameBrand ? RELATED_WEIGHTS.brand : 0)
    );
  };
}

/** Up to `limit` candidates related to `target`, most related first; never `target` itself. */
export function relatedArticles<T extends RelatedCandidate>(
  target: RelatedCandidate,
  candidates: Iterable<T>,
  limit = 3,
): T[] {
  const scoreOf = scorer(target);
  return best(
    target,
    mapIterable(candidates, (item): [T, number] => [item, scoreOf(item)]),
    limit,
  );
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Iterable<U> {
  for (const item of items) yield map(item);
}

/** The `limit` best scored candidates, keeping only the best few while reading them. */
function best<T extends RelatedCandidate>(
  target: RelatedCandidate,
  scored: Iterable<[T, number]>,
  limit: number,
): T[] {
  const chosen: Array<{ item: T; score: number; distance: number }> = [];
  const before = (
    a: { score: number; distance: number; item: T },
    b: { score: number; distance: number; item: T },
  ) =>
    a.score !== b.score
      ? a.score > b.score
      : a.distance !== b.distance
        ? a.distance < b.distance
        : a.item.key < b.item.key;

  for (const [item, score] of scored) {
    if (item.key === target.key || score === 0) continue;
    const entry = { item, score, distance: Math.abs(item.time - target.time) };
    if (chosen.length === limit && !before(entry, chosen[chosen.length - 1])) continue;
    let index = chosen.length;
    while (index > 0 && before(entry, chosen[index - 1])) index--;
    chosen.splice(index, 0, entry);
    if (chosen.length > limit) chosen.pop();
  }
  return chosen.map(({ item }) => item);
}

/** Every candidate that could score against a target, found by what they have in common. */
export interface RelatedIndex<T extends RelatedCandidate> {
  /** Same answer as `relatedArticles(target, candidates, limit)`, without the full pass. */
  related(target: RelatedCandidate, limit?: number): T[];
}

/**
 * Scores by counting: each feature a target has (a link, a tag, its brand) adds its weight
 * to the candidates filed under it, so only candidates that score are ever visited, and none
 * is compared tag by tag.
 */
export function relatedIndex<T extends RelatedCandidate>(candidates: Iterable<T>): RelatedIndex<T> {
  const byFeature = new Map<string, T[]>();
  const add = (feature: string, item: T) => {
    const group = byFeature.get(feature);
    if (group) group.push(item);
    else byFeature.set(feature, [item]);
  };
  // A candidate is filed under the keys it links to and under its own key, so a target
  // finds both the articles it links to and those that link to it.
  for (const item of candidates) {
    add(`key:${item.key}`, item);
    for (const link of item.links) add(`links:${link}`, item);
    for (const tag of new Set(item.tags)) add(`tag:${tag}`, item);
    if (item.brand !== undefined) add(`brand:${item.brand}`, item);
  }
  const filed = (feature: string) => byFeature.get(feature) ?? [];
  return {
    related(target, limit = 3) {
      const scores = new Map<T, number>();
      const add = (items: Iterable<T>, weight: number) => {
        for (const item of items) scores.set(item, (scores.get(item) ?? 0) + weight);
      };
      // A link counts once, whichever way it points.
      const linked = new Set([
        ...filed(`links:${target.key}`),
        ...target.links.flatMap((link) => filed(`key:${link}`)),
      ]);
      add(linked, RELATED_WEIGHTS.link);
      for (const tag of new Set(target.tags)) add(filed(`tag:${tag}`), RELATED_WEIGHTS.tag);
      if (target.brand !== undefined) add(filed(`brand:${target.brand}`), RELATED_WEIGHTS.brand);
      return best(target, scores, limit);
    },
  };
}

const ARTICLE_SECTIONS = { blackout: "outages", "instant-marketing": "cases", dossier: "dossier" };
const BODY_LINK =
  /(?:\]\(\s*<?|href\s*=\s*["'{`]+)\/(blackout|instant-marketing|dossier)\/([a-z0-9-]+)\/?/g;

/**
 * The articles an MDX body links, as `collection/slug` keys, each once: Markdown links and
 * `href`s to the site's own article pages, written from the root as AUTHORING.md asks.
 */
export function articleKeysLinkedIn(body: string): string[] {
  const keys = [...body.matchAll(BODY_LINK)].map(
    ([, section, slug]) => `${ARTICLE_SECTIONS[section as keyof typeof ARTICLE_SECTIONS]}/${slug}`,
  );
  return [...new Set(keys)];
}
