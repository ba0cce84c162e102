/**
 * Related articles over the whole catalog. The candidates and their index are built once per
 * build, not once per page: a site of a thousand articles would otherwise score a thousand
 * candidates for each of its pages.
 */
import { relatedIndex, type RelatedCandidate, type RelatedIndex } from "../lib/related";
import { sortKey } from "../lib/time";
import { dossierStories } from "../lib/articles";
import { eventTime, getCatalog, type Article, type Catalog } from "./loaded-catalog";

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

/** Up to three articles related to `entry`, most related first, none already on its page. */
export async function relatedTo(entry: Article, limit = 3): Promise<Article[]> {
  candidates ??= allCandidates();
  const [{ byKey, index }, catalog] = await Promise.all([candidates, getCatalog()]);
  const target = byKey.get(keyOf(entry)) ?? candidate(entry);
  const shown = new Set(shownCards(catalog, entry).map(keyOf));
  return index
    .related(target, limit + shown.size)
    .filter(({ key }) => !shown.has(key))
    .slice(0, limit)
    .map(({ article }) => article);
}
