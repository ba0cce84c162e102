/**
 * Incremental-build keys from what each page shows (see `src/lib/page-keys.ts` for the
 * rule): a key hashes, in order, every entry the page and its share image draw on, each
 * with its frontmatter, so a page renders again exactly when one of them changes, or when
 * the list itself does (a new related article, a new neighbour, a new answer).
 *
 * What a page shows is decided by its components; this module mirrors them:
 *
 * - an article: its own body and frontmatter, the pictures its body names, its brand (chip, colour, JSON-LD, search
 *   filters, share image), related articles and previous/next (cards with their brands),
 *   the entries it points to and those that point to it (the context box, reactions,
 *   answers, a dossier's stories and timeline, an outage's day chart, with their brands);
 * - a brand: its outages and cases;
 * - a tag: its articles, with their brands;
 * - wherever an article is listed, where the ordering rule places it and the date it gives it
 *   (src/lib/order.ts): those depend on the moments of what it answers or covers, not on
 *   their words, so a retitled trigger does not render its answers' lists again.
 *
 * `tests/build/incremental.test.ts` edits entries each of these reach and compares the
 * incremental build with a clean one, byte for byte.
 */
import { brandStories, dossierBrandIds, dossierStories } from "../lib/articles";
import { placeOf, storyLabel } from "../lib/order";
import { dayOf, outageDays } from "../lib/outage-days";
import { hashKey, pictureDigests, type KeyedEntry } from "../lib/page-keys";
import {
  brandOf,
  getCatalog,
  neighboursOf,
  storyOf,
  type Article,
  type Brand,
  type Catalog,
} from "./catalog";
import { relatedTo } from "./related";

type Entry = Article | Brand;

class Shown {
  private readonly roles: string[] = [];
  private readonly entries = new Map<string, KeyedEntry>();

  constructor(private readonly catalog: Catalog) {}

  /** `entry`, in `role`; an article brings its brand (a dossier, its stories' brands). */
  add(role: string, entry: Entry | undefined) {
    if (!entry) return;
    const name = `${entry.collection}/${entry.id}`;
    this.roles.push(`${role} ${name}`);
    if (this.entries.has(name)) return;
    this.entries.set(name, entry);
    if (entry.collection === "brands") return;
    if (entry.collection === "dossier") {
      for (const id of dossierBrandIds(this.catalog, entry)) {
        this.add("brand", this.catalog.brands.get(id));
      }
    } else {
      this.add("brand", brandOf(this.catalog, entry));
    }
    const story = storyOf(this.catalog, entry);
    this.roles.push(`placed ${name} ${JSON.stringify(placeOf(story))} ${storyLabel(story)}`);
  }

  addAll(role: string, entries: Iterable<Entry>) {
    let index = 0;
    for (const entry of entries) this.add(`${role} ${index++}`, entry);
  }

  key(...own: string[]): string {
    const data = [...this.entries].map(([name, entry]) => `${name}\0${JSON.stringify(entry.data)}`);
    return hashKey(...own, ...this.roles, ...data.sort());
  }
}

export async function articlePageKey(catalog: Catalog, entry: Article): Promise<string> {
  const shown = new Shown(catalog);
  shown.add("self", entry);
  shown.addAll("related", await relatedTo(entry));
  const { previous, next } = neighboursOf(catalog, entry);
  shown.add("previous", previous);
  shown.add("next", next);
  if (entry.collection === "outages") {
    shown.addAll("reaction", catalog.reactionsTo.get(entry.id) ?? []);
    // The chart of its day draws the day's other outages and posts.
    const day = dayOf(outageDays(catalog), entry);
    shown.addAll("day", [...day.outages, ...day.cases]);
  } else if (entry.collection === "cases") {
    shown.add("outage", entry.data.outage && catalog.outages.get(entry.data.outage.id));
    const answered = entry.data.inResponseTo;
    shown.add("answers-to", answered && catalog.cases.get(answered.id));
    shown.addAll("answer", catalog.answersTo.get(entry.id) ?? []);
  } else {
    const { outages, cases } = dossierStories(catalog, entry);
    shown.addAll("story", outages);
    shown.addAll("story", cases);
  }
  const body = entry.body ?? "";
  return shown.key(body, ...pictureDigests(entry.filePath ?? entry.id, body));
}

export function brandPageKey(catalog: Catalog, brand: Brand): string {
  const shown = new Shown(catalog);
  shown.add("self", brand);
  const { outages, cases } = brandStories(catalog, brand.id);
  shown.addAll("outage", outages);
  shown.addAll("case", cases);
  return shown.key();
}

export function listPageKey(catalog: Catalog, label: string, articles: Article[]): string {
  const shown = new Shown(catalog);
  shown.addAll("item", articles);
  return shown.key(label);
}

/** `getStaticPaths` of an article section: one page per article, each with its key. */
export async function articlePaths<C extends Article["collection"]>(collection: C) {
  const catalog = await getCatalog();
  const entries = [...catalog[collection].values()] as Extract<Article, { collection: C }>[];
  return Promise.all(
    entries.map(async (entry) => ({
      params: { slug: entry.id },
      props: { entry },
      cacheKey: await articlePageKey(catalog, entry),
    })),
  );
}
