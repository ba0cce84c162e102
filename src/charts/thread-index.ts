/**
 * What every drawing of a thread (`ThreadChart`) looks up across the whole catalog, built
 * once per catalog instead of once per page: brands by name (for a reply's account) and every
 * dossier's replies.
 */
import type { DossierReplies } from "./thread.ts";
import type { Brand, Catalog } from "../catalog/loaded-catalog.ts";

export interface ThreadIndex {
  /** Brands by their name in lower case. */
  brandNamed: ReadonlyMap<string, Brand>;
  dossierReplies: readonly DossierReplies[];
}

const indexes = new WeakMap<Catalog, ThreadIndex>();

export function threadIndex(catalog: Catalog): ThreadIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  index = {
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
