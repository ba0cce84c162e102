/**
 * The day chart of a set of outages and posts: their rows in the site's one order (what
 * answers something comes after it), the layout (`layoutTimeline`), and the words a screen
 * reader hears in place of the drawing.
 */
import { storyBrands } from "../../catalog/articles.ts";
import {
  brandOf,
  inOrder,
  storyOf,
  type Case,
  type Catalog,
  type Outage,
} from "../../catalog/catalog.ts";
import { placeOf } from "../../catalog/order.ts";
import { outageTag } from "../../content-model/outage-tag.ts";
import { listItalian } from "../../content-model/strings.ts";
import { formatWhen } from "../../content-model/time.ts";
import { axisGaps, describeWindow } from "./timeline-axis.ts";
import {
  layoutTimeline,
  type TimelineLayout,
  type TimelineOutage,
  type TimelinePost,
} from "./timeline.ts";

/** A row of the chart and of its data table, top to bottom. */
export interface TimelineRow {
  key: string;
  kind: "Blackout" | "Post sui social";
  color: string;
  entry: Outage | Case;
}

export interface TimelineChartData {
  layout: TimelineLayout;
  rows: TimelineRow[];
  /** The posts left off the drawing: their time of day is not known. */
  untimed: Case[];
  /** The window, then every row with its times: the drawing's description. */
  description: string;
}

export function timelineChartData(
  catalog: Catalog,
  outages: Outage[],
  cases: Case[],
): TimelineChartData {
  const outageRows: Array<TimelineOutage & { entry: Outage }> = inOrder(
    catalog,
    outages,
    "oldest",
  ).map((entry) => {
    const brand = brandOf(catalog, entry);
    return {
      entry,
      key: `outages/${entry.id}`,
      // Every service it switched off, not only its owner's name.
      label: `${outageTag(entry.data)} · ${listItalian(storyBrands(catalog, entry).map((b) => b.data.name))}`,
      color: brand.data.color,
      start: entry.data.start,
      end: entry.data.end,
    };
  });
  const postRows: Array<TimelinePost & { entry: Case }> = inOrder(catalog, cases, "oldest").map(
    (entry) => ({
      entry,
      key: `cases/${entry.id}`,
      label: entry.data.title,
      color: brandOf(catalog, entry).data.color,
      when: entry.data.date,
      notBefore: placeOf(storyOf(catalog, entry)).at,
    }),
  );
  const layout = layoutTimeline(outageRows, postRows);
  const entryOf = new Map<string, Outage | Case>(
    [...outageRows, ...postRows].map((row) => [row.key, row.entry]),
  );
  const rows: TimelineRow[] = [
    ...layout.bars.map((bar) => ({
      key: bar.key,
      kind: "Blackout" as const,
      color: bar.color,
      entry: entryOf.get(bar.key)!,
    })),
    ...layout.markers.map((marker) => ({
      key: marker.key,
      kind: "Post sui social" as const,
      color: marker.color,
      entry: entryOf.get(marker.key)!,
    })),
  ];
  const window = describeWindow(layout.from, layout.to, axisGaps(layout.segments));
  return {
    layout,
    rows,
    untimed: layout.untimed.map((post) => entryOf.get(post.key) as Case),
    description: [window, ...rows.map((row) => describeRow(row.entry))].join(" "),
  };
}

function describeRow(entry: Outage | Case): string {
  return entry.collection === "outages"
    ? `${outageTag(entry.data)}: inizio ${formatWhen(entry.data.start)}; fine ${
        entry.data.end ? formatWhen(entry.data.end) : "non nota"
      }.`
    : `Post «${entry.data.title}»: ${formatWhen(entry.data.date)}.`;
}
