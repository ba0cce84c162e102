/**
 * Every collection, loaded once per build and indexed by slug, with drafts and scheduled
 * entries already left out of production. Pages ask the catalog instead of calling `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { neighbourIndex, type Neighbours } from "../lib/neighbours";
import { isPublished } from "../lib/publishing";
import { sortKey } from "../lib/time";

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

/** A scheduled entry is compared with the moment the build runs. */
const mode = { production: !import.meta.env.SHOW_DRAFTS, now: new Date() };

async function published<C extends "outages" | "cases" | "dossier">(collection: C) {
  const entries = await getCollection(collection, (entry) => isPublished(entry.data, mode));
  return entries as CollectionEntry<C>[];
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

let loading: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [brands, outages, cases, dossier] = await Promise.all([
    getCollection("brands"),
    published("outages"),
    published("cases"),
    published("dossier"),
  ]);
  const chronological = [...cases].sort((a, b) => sortKey(a.data.date) - sortKey(b.data.date));
  // Maps keep insertion order: each collection iterates newest first, so most lists need no sort.
  const bySlug = <T extends Article>(entries: T[]) =>
    new Map(newestFirst(entries).map((entry) => [entry.id, entry]));
  return {
    brands: new Map(brands.map((entry) => [entry.id, entry])),
    outages: bySlug(outages),
    cases: bySlug(cases),
    dossier: bySlug(dossier),
    reactionsTo: groupBy(chronological, (entry) => entry.data.outage?.id),
    answersTo: groupBy(chronological, (entry) => entry.data.inResponseTo?.id),
  };
}

export function getCatalog(): Promise<Catalog> {
  loading ??= load();
  return loading;
}

/** The brand an entry points to; the content check guarantees it exists. */
export function brandOf(catalog: Catalog, entry: Outage | Case): Brand {
  const brand = catalog.brands.get(entry.data.brand.id);
  if (!brand) throw new Error(`${entry.filePath}: unknown brand ${entry.data.brand.id}`);
  return brand;
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

const sections = new Map<Article["collection"], Map<string, Neighbours<Article>>>();

/** The older and newer story of the same kind; each section is indexed once per build. */
export function neighboursOf(catalog: Catalog, entry: Article): Neighbours<Article> {
  let index = sections.get(entry.collection);
  if (!index) {
    // Each collection's map already iterates newest first.
    index = neighbourIndex<Article>([...catalog[entry.collection].values()], (item) => item.id);
    sections.set(entry.collection, index);
  }
  return index.get(entry.id) ?? {};
}
