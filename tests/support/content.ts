import { checkContent, type CheckedEntry } from "../../src/lib/content-check";
import { readContentFiles } from "../../src/lib/content-files";
import { isPublished } from "../../src/lib/publishing";
import type { ArticleKind } from "../../src/lib/articles";
import type { When } from "../../src/lib/time";
import { absoluteUrl, entryPath } from "../../src/lib/urls";
import { contentRoot } from "./paths";

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
  /** Brand slugs: its own, or for a dossier those of its outages and cases. */
  brands: string[];
  draft: boolean;
}

const { entries } = checkContent(await readContentFiles(contentRoot));
const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));

function brandSlugs(entry: CheckedEntry): string[] {
  const ref = (value: unknown) => (value as { id: string }).id;
  if (entry.collection !== "dossier") return [ref(entry.data.brand)];
  const stories = [
    ...(entry.data.outages as unknown[]).map((r) => byKey.get(`outages/${ref(r)}`)),
    ...(entry.data.cases as unknown[]).map((r) => byKey.get(`cases/${ref(r)}`)),
  ];
  return [...new Set(stories.flatMap((story) => (story ? [ref(story.data.brand)] : [])))];
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

/** The articles a reader can see in a production build. */
export const publishedArticles = allArticles.filter((article) =>
  isPublished({ draft: article.draft }, { production: true }),
);
