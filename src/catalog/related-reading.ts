/**
 * Related articles over the whole catalog. The candidates and their index are built once per
 * build, not once per page: a site of a thousand articles would otherwise score a thousand
 * candidates for each of its pages.
 */
import {
  articleKeysLinkedIn,
  relatedIndex,
  type RelatedCandidate,
  type RelatedIndex,
} from "./related.ts";
import { sortKey } from "../content-model/time.ts";
import { dossierStories } from "./articles.ts";
import {
  eventTime,
  getCatalog,
  neighboursOf,
  type Article,
  type Catalog,
} from "./loaded-catalog.ts";

type Candidate = RelatedCandidate & { article: Article };

const keyOf = (article: Article) => `${article.collection}/${article.id}`;

function candidate(article: Article): Candidate {
  const links =
    article.collection === "outages"
      ? []
      : article.collection === "cases"
        ? [article.data.outage, article.data.inResponseTo]
        : [...article.data.outages, ...article.data.cases];
  return {
    article,
    key: keyOf(article),
    links: links.flatMap((ref) => (ref ? [`${ref.collection}/${ref.id}`] : [])),
    tags: article.data.tags,
    brand: article.collection === "dossier" ? undefined : article.data.brand.id,
    time: sortKey(eventTime(article)),
  };
}

let candidates:
  Promise<{ byKey: Map<string, Candidate>; index: RelatedIndex<Candidate> }> | undefined;

async function allCandidates() {
  const catalog = await getCatalog();
  const articles = [
    ...catalog.outages.values(),
    ...catalog.cases.values(),
    ...catalog.dossier.values(),
  ];
  const byKey = new Map(articles.map((article) => [keyOf(article), candidate(article)]));
  return { byKey, index: relatedIndex(byKey.values()) };
}

/**
 * The articles a page already shows as cards of its own, before "Da leggere anche": an
 * outage's reactions, a dossier's stories. A page never shows the same card twice.
 */
export function shownCards(catalog: Catalog, entry: Article): Article[] {
  if (entry.collection === "outages") return catalog.reactionsTo.get(entry.id) ?? [];
  if (entry.collection === "dossier") {
    const { outages, cases } = dossierStories(catalog, entry);
    return [...outages, ...cases];
  }
  return [];
}

/**
 * Every article a page links before "Da leggere anche": its own cards, its context box (a
 * case's trigger, the post it answers, the answers it got), the links in its body and its
 * previous and next. Related reading suggests none of them again, so no page links the same
 * article more than three times (checked by `tests/build/links-per-page.test.ts`).
 */
export function linkedAbove(catalog: Catalog, entry: Article): Set<string> {
  const keys = new Set(shownCards(catalog, entry).map(keyOf));
  if (entry.collection === "cases") {
    const { outage, inResponseTo } = entry.data;
    if (outage) keys.add(`outages/${outage.id}`);
    if (inResponseTo) keys.add(`cases/${inResponseTo.id}`);
    for (const answer of catalog.answersTo.get(entry.id) ?? []) keys.add(keyOf(answer));
  }
  for (const key of articleKeysLinkedIn(entry.body ?? "")) keys.add(key);
  const { previous, next } = neighboursOf(catalog, entry);
  for (const neighbour of [previous, next]) if (neighbour) keys.add(keyOf(neighbour));
  return keys;
}

/** Up to three articles related to `entry`, most related first, none already on its page. */
export async function relatedTo(entry: Article, limit = 3): Promise<Article[]> {
  candidates ??= allCandidates();
  const [{ byKey, index }, catalog] = await Promise.all([candidates, getCatalog()]);
  const target = byKey.get(keyOf(entry)) ?? candidate(entry);
  const shown = linkedAbove(catalog, entry);
  return index
    .related(target, limit + shown.size)
    .filter(({ key }) => !shown.has(key))
    .slice(0, limit)
    .map(({ article }) => article);
}
