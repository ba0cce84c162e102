/**
 * The days of outages as the atlas draws them (`src/charts/atlas.ts`): each day's outages and
 * posts with their times, from the build's catalog.
 */
import { placeOf } from "../catalog/order.ts";
import type { AtlasDayInput } from "./atlas.ts";
import type { OutageDay } from "../catalog/outage-days.ts";
import { storyOf, type Catalog, type Outage } from "../catalog/loaded-catalog.ts";
import { storyBrands } from "../catalog/articles.ts";
import { listItalian } from "../content-model/strings.ts";

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

/** An outage as a day's row names it: its hashtag, or the services it switched off, never one of them for all. */
export function outageName(catalog: Catalog, outage: Outage): string {
  return (
    outage.data.hashtag ??
    `Blackout di ${listItalian(storyBrands(catalog, outage).map((brand) => brand.data.name))}`
  );
}
