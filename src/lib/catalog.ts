/**
 * The catalog: every collection indexed by slug, with drafts and scheduled entries already
 * left out of production, and the answers each outage and case received. Pure: pages get it
 * from `src/data/catalog.ts` (Astro's collections), and the build's first step builds the
 * same catalog from the content check's entries to start drawing share images early
 * (`src/integrations/content-check.ts`).
 */
import type { CollectionEntry } from "astro:content";
import { isPublished } from "./publishing";
import { sortKey } from "./time";

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
  /** Cases triggered by each outage, oldest first. */
  reactionsTo: Map<string, Case[]>;
  /** Cases that answer each case, oldest first. */
  answersTo: Map<string, Case[]>;
}

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

/** Newest event first; each key is computed once, not once per comparison. */
export function newestFirst<T extends Article>(entries: Iterable<T>): T[] {
  return [...entries]
    .map((entry) => ({ entry, key: sortKey(eventTime(entry)) }))
    .sort((a, b) => b.key - a.key)
    .map(({ entry }) => entry);
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

export function catalogOf(collections: Collections, mode: CatalogMode): Catalog {
  const published = <T extends Article>(entries: T[]) =>
    entries.filter((entry) => isPublished(entry.data, mode));
  const [outages, cases, dossier] = [
    published(collections.outages),
    published(collections.cases),
    published(collections.dossier),
  ];
  const chronological = [...cases].sort((a, b) => sortKey(a.data.date) - sortKey(b.data.date));
  // Maps keep insertion order: each collection iterates newest first, so most lists need no sort.
  const bySlug = <T extends Article>(entries: T[]) =>
    new Map(newestFirst(entries).map((entry) => [entry.id, entry]));
  return {
    brands: new Map(collections.brands.map((entry) => [entry.id, entry])),
    outages: bySlug(outages),
    cases: bySlug(cases),
    dossier: bySlug(dossier),
    reactionsTo: groupBy(chronological, (entry) => entry.data.outage?.id),
    answersTo: groupBy(chronological, (entry) => entry.data.inResponseTo?.id),
  };
}

/** The brand an entry points to; the content check guarantees it exists. */
export function brandOf(catalog: Catalog, entry: Outage | Case): Brand {
  const brand = catalog.brands.get(entry.data.brand.id);
  if (!brand) throw new Error(`${entry.filePath}: unknown brand ${entry.data.brand.id}`);
  return brand;
}
