/**
 * The catalog: every collection indexed by slug, with drafts and scheduled entries already
 * left out of production, and the answers each outage and case received. Pure: pages get it
 * from `src/catalog/loaded-catalog.ts` (Astro's collections), and the build's first step builds the
 * same catalog from the content check's entries to start drawing share images early
 * (`src/content-check/check-integration.ts`).
 */
import type { CollectionEntry } from "astro:content";
import { newestFirst, oldestFirst, type Story } from "./order.ts";
import { isPublished } from "../content-model/publishing.ts";
import { whenSpan } from "../content-model/time.ts";

export type Brand = CollectionEntry<"brands">;
export type Outage = CollectionEntry<"outages">;
export type Case = CollectionEntry<"cases">;
export type Dossier = CollectionEntry<"dossier">;
export type Article = Outage | Case | Dossier;

export interface Catalog {
  brands: Map<string, Brand>;
  outages: Map<string, Outage>;
  cases: Map<string, Case>;
  dossier: Map<string, Dossier>;
  /** Cases triggered by each outage, in the order of `src/catalog/order.ts`, oldest first. */
  reactionsTo: Map<string, Case[]>;
  /** Cases that answer each case, oldest first. */
  answersTo: Map<string, Case[]>;
  /**
   * A case's position in the list of cases of the first dossier that lists it (newest dossier
   * first): the order of the sources, which ties in time follow.
   */
  listed: Map<string, number>;
}

/** What placing an article in time needs: what it answers, and the order sources list it in. */
export type Ordering = Pick<Catalog, "outages" | "cases" | "listed">;

/** Every entry of each collection, as read. */
export interface Collections {
  brands: Brand[];
  outages: Outage[];
  cases: Case[];
  dossier: Dossier[];
}

export interface CatalogMode {
  /** Drafts and scheduled entries are left out. */
  production: boolean;
  /** The moment scheduled entries are compared with: the build's. */
  now: Date;
}

/** The moment an article is about: when the outage began, when the post appeared. */
export function eventTime(entry: Article) {
  if (entry.collection === "outages") return entry.data.start;
  if (entry.collection === "cases") return entry.data.date;
  return entry.data.published;
}

/**
 * An article as the ordering rule sees it (`src/catalog/order.ts`): a case after the outage it
 * comments on and the post it answers; a dossier spanning, and after, the stories it covers.
 * Built once per catalog, so every list of a build places an article the same way.
 */
export function storyOf(catalog: Ordering, entry: Article): Story {
  let stories = storiesOf.get(catalog);
  if (!stories) storiesOf.set(catalog, (stories = new Map()));
  const key = `${entry.collection}/${entry.id}`;
  let story = stories.get(key);
  if (story) return story;
  if (entry.collection === "outages") {
    story = { key, whens: [entry.data.start], answers: [] };
  } else if (entry.collection === "cases") {
    const outage = entry.data.outage && catalog.outages.get(entry.data.outage.id);
    const post = entry.data.inResponseTo && catalog.cases.get(entry.data.inResponseTo.id);
    const replyTo = post ? storyOf(catalog, post) : undefined;
    const answered = [...(outage ? [storyOf(catalog, outage)] : []), ...(replyTo ? [replyTo] : [])];
    const listed = catalog.listed.get(entry.id);
    story = { key, whens: [entry.data.date], answers: answered, replyTo, listed };
  } else {
    const covered = [
      ...entry.data.outages.flatMap((ref) => catalog.outages.get(ref.id) ?? []),
      ...entry.data.cases.flatMap((ref) => catalog.cases.get(ref.id) ?? []),
    ].map((found) => storyOf(catalog, found));
    const whens = covered.flatMap((s) => s.whens);
    // A dossier none of whose stories is published is filed by its own date.
    story = { key, whens: whens.length ? whens : [entry.data.published], answers: covered };
  }
  stories.set(key, story);
  return story;
}
const storiesOf = new WeakMap<object, Map<string, Story>>();

/** Articles in the site's one order (`src/catalog/order.ts`): newest first unless asked otherwise. */
export function inOrder<T extends Article>(
  catalog: Ordering,
  entries: Iterable<T>,
  direction: "newest" | "oldest" = "newest",
): T[] {
  const sort = direction === "newest" ? newestFirst : oldestFirst;
  return sort(entries, (entry) => storyOf(catalog, entry));
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const publishedAt = (entry: Dossier) => whenSpan(entry.data.published).from;

/** Each case's position in the first dossier that lists it, the newest dossier first. */
function listedOrder(dossier: Dossier[]): Map<string, number> {
  const listed = new Map<string, number>();
  const newest = [...dossier].sort(
    (a, b) => publishedAt(b) - publishedAt(a) || (a.id < b.id ? -1 : 1),
  );
  for (const entry of newest)
    entry.data.cases.forEach((ref, at) => listed.has(ref.id) || listed.set(ref.id, at));
  return listed;
}

export function catalogOf(collections: Collections, mode: CatalogMode): Catalog {
  const published = <T extends Article>(entries: T[]) =>
    entries.filter((entry) => isPublished(entry.data, mode));
  const [outages, cases, dossier] = [
    published(collections.outages),
    published(collections.cases),
    published(collections.dossier),
  ];
  // Looked up by slug first; then, with every reference resolvable, put in order.
  const lookup = {
    outages: new Map(outages.map((entry) => [entry.id, entry])),
    cases: new Map(cases.map((entry) => [entry.id, entry])),
    listed: listedOrder(dossier),
  };
  const chronological = inOrder(lookup, cases, "oldest");
  // Maps keep insertion order: each collection iterates newest first, so most lists need no sort.
  const bySlug = <T extends Article>(entries: T[]) =>
    new Map(inOrder(lookup, entries).map((entry) => [entry.id, entry]));
  const catalog: Catalog = {
    brands: new Map(collections.brands.map((entry) => [entry.id, entry])),
    outages: bySlug(outages),
    cases: bySlug(cases),
    dossier: bySlug(dossier),
    reactionsTo: groupBy(chronological, (entry) => entry.data.outage?.id),
    answersTo: groupBy(chronological, (entry) => entry.data.inResponseTo?.id),
    listed: lookup.listed,
  };
  // The catalog places each article as the lookup did: the same stories, not built again.
  storiesOf.set(catalog, storiesOf.get(lookup) ?? new Map());
  return catalog;
}

/** The brand an entry points to; the content check guarantees it exists. */
export function brandOf(catalog: Catalog, entry: Outage | Case): Brand {
  const brand = catalog.brands.get(entry.data.brand.id);
  if (!brand) throw new Error(`${entry.filePath}: unknown brand ${entry.data.brand.id}`);
  return brand;
}
