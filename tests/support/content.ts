import { checkContent, type CheckedEntry } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { publicationStatus, type Publishable } from "../../src/content-model/publishing.ts";
import type { ArticleKind } from "../../src/catalog/articles.ts";
import type { When } from "../../src/content-model/time.ts";
import { absoluteUrl, entryPath } from "../../src/content-model/urls.ts";
import { contentRoot } from "./paths.ts";

/**
 * The site's content as the production build sees it: every entry that is live now (not a
 * draft, not scheduled), by the same rule the catalog applies.
 */
export async function liveEntries(root = contentRoot): Promise<CheckedEntry[]> {
  const { entries } = checkContent(await readContentFiles(root));
  const now = new Date();
  return entries.filter((entry) => publicationStatus(entry.data as Publishable, now) === "live");
}

/** What the tests need to know of an article, read from the content files themselves. */
export interface ExpectedArticle {
  kind: ArticleKind;
  id: string;
  file: string;
  path: string;
  url: string;
  title: string;
  description: string;
  published: When;
  updated?: When;
  /** When the story happened: an outage's start, a post's date, a dossier's publication. */
  event: When;
  tags: string[];
  /**
   * Brand slugs: its own (and an outage's services), or for a dossier those of its outages
   * and cases.
   */
  brands: string[];
  draft: boolean;
}

const { entries } = checkContent(await readContentFiles(contentRoot));
const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));

function brandSlugs(entry: CheckedEntry): string[] {
  const ref = (value: unknown) => (value as { id: string }).id;
  const own = (story: CheckedEntry) => [
    ref(story.data.brand),
    ...((story.data.services as unknown[] | undefined) ?? []).map(ref),
  ];
  if (entry.collection !== "dossier") return [...new Set(own(entry))];
  const stories = [
    ...(entry.data.outages as unknown[]).map((r) => byKey.get(`outages/${ref(r)}`)),
    ...(entry.data.cases as unknown[]).map((r) => byKey.get(`cases/${ref(r)}`)),
  ];
  return [...new Set(stories.flatMap((story) => (story ? own(story) : [])))];
}

export const brandNames = new Map(
  entries
    .filter((entry) => entry.collection === "brands")
    .map((entry) => [entry.id, String(entry.data.name)]),
);

export const allArticles: ExpectedArticle[] = entries
  .filter((entry) => entry.collection !== "brands")
  .map((entry) => {
    const kind = entry.collection as ArticleKind;
    const path = entryPath(kind, entry.id);
    return {
      kind,
      id: entry.id,
      file: entry.file,
      path,
      url: absoluteUrl(path),
      title: String(entry.data.title),
      description: String(entry.data.description),
      published: entry.data.published as When,
      updated: entry.data.updated as When | undefined,
      event: (entry.data.start ?? entry.data.date ?? entry.data.published) as When,
      tags: entry.data.tags as string[],
      brands: brandSlugs(entry),
      draft: entry.data.draft === true,
    };
  });

/** The articles a reader can see in a production build: live now, by the catalog's rule. */
export const publishedArticles = allArticles.filter(
  (article) =>
    publicationStatus({ draft: article.draft, published: article.published }, new Date()) ===
    "live",
);
