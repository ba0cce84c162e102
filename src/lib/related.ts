/**
 * Related articles: the few others a reader of one article is most likely to want next.
 * Pure and generic, so it can be tested without Astro; the catalog adapts its entries.
 *
 * A candidate scores for a direct link in either direction (a case and its trigger, a post
 * and its answer, a dossier and its stories), for each tag it shares, and for a shared brand;
 * ties go to the closest in time, then to the key, so the choice is stable between builds.
 * One pass over the candidates, keeping only the best few: linear in their number. A site
 * asks once per article, so `relatedIndex` first narrows the pass to the candidates that can
 * score at all: those sharing a link, a tag or the brand.
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
  const best: Array<{ item: T; score: number; distance: number }> = [];
  const before = (
    a: { score: number; distance: number; item: T },
    b: { score: number; distance: number; item: T },
  ) =>
    a.score !== b.score
      ? a.score > b.score
      : a.distance !== b.distance
        ? a.distance < b.distance
        : a.item.key < b.item.key;

  const scoreOf = scorer(target);
  for (const item of candidates) {
    if (item.key === target.key) continue;
    const score = scoreOf(item);
    if (score === 0) continue;
    const entry = { item, score, distance: Math.abs(item.time - target.time) };
    if (best.length === limit && !before(entry, best[best.length - 1])) continue;
    let index = best.length;
    while (index > 0 && before(entry, best[index - 1])) index--;
    best.splice(index, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ item }) => item);
}

/** Every candidate that could score against a target, found by what they have in common. */
export interface RelatedIndex<T extends RelatedCandidate> {
  /** Same answer as `relatedArticles(target, candidates, limit)`, without the full pass. */
  related(target: RelatedCandidate, limit?: number): T[];
}

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
  return {
    related(target, limit = 3) {
      const features = [
        `links:${target.key}`,
        ...target.links.map((link) => `key:${link}`),
        ...target.tags.map((tag) => `tag:${tag}`),
        ...(target.brand !== undefined ? [`brand:${target.brand}`] : []),
      ];
      const pool = new Set<T>();
      for (const feature of features)
        for (const item of byFeature.get(feature) ?? []) pool.add(item);
      return relatedArticles(target, pool, limit);
    },
  };
}
