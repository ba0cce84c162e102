/**
 * What every drawing of a thread (`ThreadChart`) looks up across the whole catalog, built
 * once per catalog instead of once per page: the order dossiers list their posts in (for
 * posts without a time), brands by name (for a reply's account) and every dossier's replies.
 */
import type { DossierReplies } from "../lib/thread";
import type { Brand, Catalog } from "./loaded-catalog";

export interface ThreadIndex {
  /** A case's position in the first dossier that lists it. */
  listed: ReadonlyMap<string, number>;
  /** Brands by their name in lower case. */
  brandNamed: ReadonlyMap<string, Brand>;
  dossierReplies: readonly DossierReplies[];
}

const indexes = new WeakMap<Catalog, ThreadIndex>();

export function threadIndex(catalog: Catalog): ThreadIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  index = {
    // The same order the site's lists follow for ties in time (`listedOrder`, src/lib/catalog.ts).
    listed: catalog.listed,
    brandNamed: new Map(
      [...catalog.brands.values()].map((brand) => [brand.data.name.toLowerCase(), brand]),
    ),
    dossierReplies: [...catalog.dossier.values()].map((dossier) => ({
      id: dossier.id,
      cases: dossier.data.cases.map((ref) => ref.id),
      outages: dossier.data.outages.map((ref) => ref.id),
      replies: dossier.data.replies,
    })),
  };
  indexes.set(catalog, index);
  return index;
}
