/**
 * The build's catalog (see `src/catalog/catalog.ts`), from Astro's collections, loaded once per
 * build. Pages ask the catalog instead of calling `getCollection` themselves.
 */
import { getCollection } from "astro:content";
import { catalogOf, inOrder, type Article, type Catalog } from "./catalog.ts";
import { neighbourIndex, type Neighbours } from "./neighbours.ts";

export {
  brandOf,
  eventTime,
  inOrder,
  storyOf,
  type Article,
  type Brand,
  type Case,
  type Catalog,
  type Dossier,
  type Outage,
} from "./catalog.ts";

/** Drafts only under `astro dev`; a scheduled entry is compared with the moment the build runs. */
const mode = { production: !import.meta.env.SHOW_DRAFTS, now: new Date() };

let loading: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [brands, outages, cases, dossier] = await Promise.all([
    getCollection("brands"),
    getCollection("outages"),
    getCollection("cases"),
    getCollection("dossier"),
  ]);
  return catalogOf({ brands, outages, cases, dossier }, mode);
}

export function getCatalog(): Promise<Catalog> {
  loading ??= load();
  return loading;
}

const sections = new Map<Article["collection"], Map<string, Neighbours<Article>>>();

/** The older and newer story of the same kind; each section is indexed once per build. */
export function neighboursOf(catalog: Catalog, entry: Article): Neighbours<Article> {
  let index = sections.get(entry.collection);
  if (!index) {
    // In time order: «Precedente» is the story before, «Successivo» the one after.
    const oldest = inOrder<Article>(catalog, catalog[entry.collection].values(), "oldest");
    index = neighbourIndex(oldest, (item) => item.id);
    sections.set(entry.collection, index);
  }
  return index.get(entry.id) ?? {};
}
