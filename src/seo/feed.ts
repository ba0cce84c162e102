import type { RSSFeedItem } from "@astrojs/rss";
import { type ArticleSummary } from "../catalog/articles.ts";
import { SECTION_LABELS } from "../content-model/labels.ts";
import { sortKey, whenSpan } from "../content-model/time.ts";

/**
 * The feed's items: every article given, newest publication first (the newer story first
 * when two share a day), each with its absolute link, its full description and its
 * categories: kind, brands and tags.
 */
export function feedItems(
  articles: ArticleSummary[],
  linkOf: (article: ArticleSummary) => string,
): RSSFeedItem[] {
  return [...articles]
    .sort(
      (a, b) =>
        sortKey(b.published) - sortKey(a.published) ||
        sortKey(b.event) - sortKey(a.event) ||
        a.id.localeCompare(b.id),
    )
    .map((article) => ({
      title: article.title,
      link: linkOf(article),
      // A day-only date becomes the start of that day in Rome: RSS needs a full time.
      pubDate: new Date(whenSpan(article.published).from),
      description: article.description,
      categories: [
        ...new Set([
          SECTION_LABELS[article.kind],
          ...article.brands.map((b) => b.name),
          ...article.tags,
        ]),
      ],
    }));
}
