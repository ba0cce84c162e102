/**
 * The live editorial set as a reader meets it in the built site: every story is there, every
 * link between stories works both ways, and every dossier draws its stories. Properties
 * only, so that an author adding, editing or removing a valid article keeps them green;
 * exact sentences, and what an article may state (`quotes.test.ts`), are tested on the frozen
 * editorial fixture.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent, type CheckedEntry } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { SERVICE_KINDS, type EntryReference } from "../../src/content-model/schema.ts";
import { dayDrawnAsThread } from "../../src/charts/thread.ts";
import { fitsHourChart } from "../../src/charts/timeline/timeline-fit.ts";
import { hasTimeOfDay, type When } from "../../src/content-model/time.ts";
import { entryPath, type Section } from "../../src/content-model/urls.ts";
import { fileFor, page } from "../support/dist.ts";
import { liveEntries } from "../support/content.ts";
import { contentRoot } from "../support/paths.ts";

const { problems } = checkContent(await readContentFiles(contentRoot));
const published = await liveEntries();
type OutageTimes = Parameters<typeof fitsHourChart>[0];
const byKey = new Map(published.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
const articles = published.filter((entry) => entry.collection !== "brands");
const ofCollection = (collection: string) => published.filter((e) => e.collection === collection);
const pathOf = (entry: CheckedEntry) => entryPath(entry.collection as Section, entry.id);
const ref = (entry: CheckedEntry, field: string) => entry.data[field] as EntryReference | undefined;
const refs = (entry: CheckedEntry, field: string) =>
  (entry.data[field] as EntryReference[] | undefined) ?? [];

function linksIn(root: Element | null | undefined): string[] {
  return [...(root?.querySelectorAll("a[href]") ?? [])].map((a) => a.getAttribute("href")!);
}

describe("the editorial set", () => {
  it("has no content problem and builds a page for every live article", () => {
    expect(problems).toEqual([]);
    for (const entry of articles) {
      expect(existsSync(fileFor(pathOf(entry))), entry.file).toBe(true);
    }
  });

  it("resolves every link from an article to another page of the site", async () => {
    for (const entry of articles) {
      const doc = await page(pathOf(entry));
      const internal = linksIn(doc.querySelector("main")).filter((href) => href.startsWith("/"));
      expect(internal.length, entry.file).toBeGreaterThan(0);
      for (const href of internal) {
        expect(existsSync(fileFor(href.split("#")[0])), `${entry.file} → ${href}`).toBe(true);
      }
    }
  });

  it("shows at least one source on every article", async () => {
    for (const entry of articles) {
      const doc = await page(pathOf(entry));
      expect(doc.querySelectorAll("#fonti + ol li").length, entry.file).toBeGreaterThan(0);
    }
  });

  it("lists on each outage page exactly the cases that it triggered", async () => {
    for (const outage of ofCollection("outages")) {
      const doc = await page(pathOf(outage));
      const listed = linksIn(doc.querySelector("[aria-labelledby=reazioni]"));
      const triggered = ofCollection("cases")
        .filter((c) => ref(c, "outage")?.id === outage.id)
        .map(pathOf);
      expect(listed.sort(), outage.file).toEqual(triggered.sort());
    }
  });

  it("links each case to its trigger, to the post it answers and to the answers it got", async () => {
    for (const entry of ofCollection("cases")) {
      const context = (await page(pathOf(entry))).querySelector("[aria-labelledby=contesto]");
      const links = linksIn(context);
      const outage = ref(entry, "outage");
      if (outage) expect(links, entry.file).toContain(entryPath("outages", outage.id));
      else expect(context?.textContent, entry.file).toContain(String(entry.data.event));
      const answered = ref(entry, "inResponseTo");
      if (answered) expect(links, entry.file).toContain(entryPath("cases", answered.id));
      for (const answer of ofCollection("cases").filter(
        (c) => ref(c, "inResponseTo")?.id === entry.id,
      )) {
        expect(links, entry.file).toContain(pathOf(answer));
      }
    }
  });

  it("shows up to three related articles, never the article itself", async () => {
    let shown = 0;
    for (const entry of articles) {
      const related = linksIn(
        (await page(pathOf(entry))).querySelector("#correlati")?.parentElement,
      );
      // A page that already links every candidate above has none left to suggest.
      if (related.length > 0) shown++;
      expect(related.length, entry.file).toBeLessThanOrEqual(3);
      expect(related, entry.file).not.toContain(pathOf(entry));
    }
    expect(shown).toBeGreaterThan(0);
  });

  it("gives a brand page a blackout section when it has outages or is a service that can go dark", async () => {
    for (const brand of ofCollection("brands")) {
      const outages = ofCollection("outages").filter(
        (outage) =>
          ref(outage, "brand")?.id === brand.id ||
          refs(outage, "services").some((service) => service.id === brand.id),
      );
      const service = SERVICE_KINDS.includes(brand.data.kind as (typeof SERVICE_KINDS)[number]);
      const section = (await page(pathOf(brand))).querySelector("#blackout-marchio");
      expect(section !== null, brand.id).toBe(outages.length > 0 || service);
    }
  });

  it("lists on each brand page its outages and its cases", async () => {
    for (const brand of ofCollection("brands")) {
      const links = linksIn((await page(pathOf(brand))).querySelector("main"));
      for (const entry of articles.filter((a) => ref(a, "brand")?.id === brand.id)) {
        expect(links, `${brand.id} → ${entry.id}`).toContain(pathOf(entry));
      }
    }
  });
});

describe("the day as a picture", () => {
  it.each(ofCollection("dossier").map((dossier) => ({ path: pathOf(dossier), dossier })))(
    "draws $path from its dossier's outages and cases",
    async ({ path, dossier }) => {
      const doc = await page(path);
      const svg = doc.querySelector("svg[data-timeline]");
      const outages = refs(dossier, "outages").map((r) => `outages/${r.id}`);
      const cases = refs(dossier, "cases").map((r) => `cases/${r.id}`);
      const dates = cases.map((key) => byKey.get(key)!.data.date as When);
      const timed = cases.filter((_, i) => hasTimeOfDay(dates[i]));
      if (dayDrawnAsThread(dates)) {
        // Most posts without a time: the thread, with every outage, every post and every reply
        // the dossier keeps as data, once each.
        expect(svg, path).toBeNull();
        const items = [...doc.querySelectorAll("[data-thread] [data-thread-item]")].map((el) =>
          el.getAttribute("data-thread-item")!,
        );
        const articles = items.filter((key) => !key.startsWith("replies/"));
        expect(articles.sort(), path).toEqual([...outages, ...cases].sort());
        const replies = (dossier.data.replies as unknown[] | undefined) ?? [];
        expect(items.length - articles.length, path).toBeGreaterThanOrEqual(replies.length);
        return;
      }
      if (outages.length === 0 && timed.length === 0) {
        expect(svg, `${path}: nothing to draw`).toBeNull();
        return;
      }
      const tooLong = outages.filter((key) => !fitsHourChart(byKey.get(key)!.data as OutageTimes));
      if (tooLong.length > 0) {
        expect(svg, `${path}: ${tooLong.join(", ")} too long for a scale of hours`).toBeNull();
        return;
      }
      expect(svg, path).not.toBeNull();
      expect(svg?.getAttribute("role")).toBe("img");
      const keys = (selector: string, attribute: string) =>
        [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));
      expect(keys("[data-timeline-bar]", "data-timeline-bar").sort()).toEqual([...outages].sort());
      // Every post with a time of day is drawn; one known by its day may be, as an interval;
      // the others are named under the chart.
      const markers = keys("[data-timeline-marker]", "data-timeline-marker");
      expect(markers).toEqual(expect.arrayContaining(timed));
      const named = linksIn(doc.querySelector("[data-timeline-undrawn]"));
      for (const key of cases.filter((key) => !markers.includes(key))) {
        expect(named, `${path}: ${key}`).toContain(entryPath("cases", key.slice("cases/".length)));
      }
    },
  );
});
