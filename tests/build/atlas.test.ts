/**
 * The atlas and the day charts over the live content: properties that hold whatever the
 * authors have written (exact dates and slugs are asserted on `two-days.test.ts`'s fixture).
 */
import { describe, expect, it } from "vitest";
import { fitsHourChart } from "../../src/charts/timeline/timeline-fit.ts";
import { REACTIONS_HEADINGS } from "../../src/content-model/labels.ts";
import { entryPath } from "../../src/content-model/urls.ts";
import { page } from "../support/dist.ts";
import { liveEntries } from "../support/content.ts";

const outages = (await liveEntries()).filter((entry) => entry.collection === "outages");
const hrefs = (root: ParentNode | null) =>
  [...(root?.querySelectorAll("a[href]") ?? [])].map((a) => a.getAttribute("href")!);

describe("the atlas", () => {
  it("has a row per day, linking each outage once and the day to its story", async () => {
    const doc = await page("/atlante/");
    const atlas = doc.querySelector("[data-atlas]");
    const expected = outages.map((entry) => entryPath("outages", entry.id)).sort();
    const outageLinks = hrefs(atlas).filter((href) => href.startsWith("/blackout/"));
    const dayLinks = [...(atlas?.querySelectorAll("[data-atlas-day-link]") ?? [])].map((a) =>
      a.getAttribute("href")!,
    );
    // Each outage once by name; a day without a dossier links its first outage once more.
    expect([...new Set(outageLinks)].sort()).toEqual(expected);
    const rows = atlas?.querySelectorAll("[data-atlas-day]") ?? [];
    expect(dayLinks).toHaveLength(rows.length);
    for (const href of dayLinks) expect(href).toMatch(/^\/(dossier|blackout)\/[^/]+\/$/);
    // The drawing is decoration beside the text: nothing in it is read out or focused.
    for (const strip of atlas?.querySelectorAll("[data-atlas-strip]") ?? []) {
      expect(strip.getAttribute("aria-hidden")).toBe("true");
      expect(strip.querySelector("a")).toBeNull();
    }
    expect(atlas?.querySelectorAll("[data-atlas-strip]")).toHaveLength(rows.length);
  });

  it("names each outage by its hashtag, or by the services it switched off", async () => {
    const doc = await page("/atlante/");
    for (const entry of outages) {
      const data = entry.data as { hashtag?: string };
      const link = doc.querySelector(
        `[data-atlas] a[data-atlas-outage][href="${entryPath("outages", entry.id)}"]`,
      );
      expect(link?.textContent, entry.file).toContain(data.hashtag ?? "Blackout di ");
    }
  });

  it("draws every outage of a row as a bar of its own", async () => {
    const doc = await page("/atlante/");
    const bars = [...doc.querySelectorAll("[data-atlas-bar]")].map((bar) =>
      bar.getAttribute("data-atlas-bar"),
    );
    expect(bars.sort()).toEqual(outages.map((entry) => `outages/${entry.id}`).sort());
  });

  it("heads a band for every year from the first outage to the last, in order", async () => {
    const doc = await page("/atlante/");
    // A band is one year («2021») or a folded run of empty years («2019–2020»).
    const bands = [...doc.querySelectorAll("[data-atlas-year]")].map((t) =>
      t.getAttribute("data-atlas-year")!.split("–").map(Number),
    );
    expect(bands.length).toBeGreaterThan(0);
    bands.slice(1).forEach((band, i) => expect(band[0]).toBe(bands[i].at(-1)! + 1));
  });

  it("is one step from every page: the footer links it", async () => {
    const doc = await page("/");
    expect(hrefs(doc.querySelector("footer nav"))).toContain("/atlante/");
  });
});

describe("each outage page", () => {
  it.each(outages.map((entry) => [entry.file, entry] as const))(
    "%s draws its own day: the chart with itself among the spans, or the thread it heads",
    async (_file, entry) => {
      const doc = await page(entryPath("outages", entry.id));
      const key = `outages/${entry.id}`;
      const svg = doc.querySelector("[aria-labelledby=giornata] svg[data-timeline]");
      if (svg) {
        const bars = [...svg.querySelectorAll("[data-timeline-bar]")];
        expect(bars.map((bar) => bar.getAttribute("data-timeline-bar"))).toContain(key);
        return;
      }
      const thread = doc.querySelector("[aria-labelledby=reazioni] [data-thread]");
      // Known only by its month, or lasting days: no hour-by-hour chart, its facts box says when.
      if (!thread && !fitsHourChart(entry.data as Parameters<typeof fitsHourChart>[0])) return;
      expect(thread, entry.file).not.toBeNull();
      // Not everyone in a thread is a brand: the heading names no one.
      expect(doc.querySelector("#reazioni")?.textContent).toBe(REACTIONS_HEADINGS.thread);
      const head = thread!.querySelector('[data-thread-depth="0"]');
      expect(head?.getAttribute("data-thread-item")).toBe(key);
      // Every reaction is in the thread, once, under its head.
      const reactions = [...thread!.querySelectorAll("[data-thread-item]")].slice(1);
      expect(reactions.length).toBeGreaterThan(0);
      for (const item of reactions)
        expect(Number(item.getAttribute("data-thread-depth"))).toBeGreaterThan(0);
    },
  );
});
