/**
 * The days of outages as the atlas draws them (`src/charts/atlas.ts`): each day's outages and
 * posts with their times, and the dossier that tells the day, from the build's catalog.
 */
import { placeOf } from "../catalog/order.ts";
import type { AtlasDayInput } from "./atlas.ts";
import type { OutageDay } from "../catalog/outage-days.ts";
import { storyOf, type Catalog, type Dossier } from "../catalog/loaded-catalog.ts";

/** A day's outages and posts with their times, keyed as the atlas's rows key them. */
export function atlasDayOf(catalog: Catalog, day: OutageDay): AtlasDayInput {
  return {
    key: day.key,
    outages: day.outages.map((entry) => ({
      key: `outages/${entry.id}`,
      start: entry.data.start,
      end: entry.data.end,
    })),
    posts: day.cases.map((entry) => ({
      key: `cases/${entry.id}`,
      when: entry.data.date,
      notBefore: placeOf(storyOf(catalog, entry)).at,
    })),
  };
}

/** The dossier that tells a day: the newest that ties together one of its outages. */
export function dossierOfDay(catalog: Catalog, day: OutageDay): Dossier | undefined {
  const outages = new Set(day.outages.map((entry) => entry.id));
  return [...catalog.dossier.values()].find((dossier) =>
    dossier.data.outages.some((ref) => outages.has(ref.id)),
  );
}
