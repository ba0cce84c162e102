/**
 * The editorial set as a reader meets it in the built site: every story is there, every
 * link between stories works both ways, the day is drawn with the same rows as its table,
 * and no article states a time its sources do not give.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent, type CheckedEntry } from "../../src/lib/content-check";
import { readContentFiles } from "../../src/lib/content-files";
import type { EntryReference } from "../../src/lib/schema";
import { clockTimesIn, heldClockTimes, unheldTimes, whensIn } from "../../src/lib/stated-times";
import { hasTimeOfDay } from "../../src/lib/timeline";
import type { When } from "../../src/lib/time";
import { entryPath, type Section } from "../../src/lib/urls";
import { fileFor, page } from "../support/dist";
import { liveEntries } from "../support/content";
import { contentRoot } from "../support/paths";

const { problems } = checkContent(await readContentFiles(contentRoot));
const published = await liveEntries();
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

/** What the article itself says: headline, standfirst and body, without charts. */
function articleText(doc: Document): string {
  const parts = [doc.querySelector("article header"), doc.querySelector("article .prose")];
  return parts
    .map((part) => {
      const copy = part?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll("svg").forEach((svg) => svg.remove());
      return copy?.textContent ?? "";
    })
    .join("\n");
}

describe("the editorial set", () => {
  it("has no content problem and builds every outage, case and dossier of the source", () => {
    expect(problems).toEqual([]);
    const expected = {
      outages: ["netflix-down-giugno-2018", "instagram-down-giugno-2018", "rai-down-giugno-2018"],
      cases: [
        "netflix-abbraccia-instagram",
        "netflix-abbraccia-la-rai",
        "rai-risponde-a-netflix",
        "netflix-internet-gratis-di-maio",
        "netflix-mondiali-senza-italia",
        "netflix-mattarella-governo",
        "netflix-festa-della-mamma",
        "netflix-pioggia-the-rain",
      ],
      dossier: ["tre-schermi-neri"],
    };
    for (const [collection, ids] of Object.entries(expected)) {
      expect(
        ofCollection(collection)
          .map((e) => e.id)
          .sort(),
        collection,
      ).toEqual([...ids].sort());
      for (const id of ids) {
        const path = entryPath(collection as Section, id);
        expect(existsSync(fileFor(path)), path).toBe(true);
      }
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

  it("links Rai's reply to Netflix's Stranger Things post, and back", async () => {
    const reply = "/instant-marketing/rai-risponde-a-netflix/";
    const post = "/instant-marketing/netflix-abbraccia-la-rai/";
    expect(linksIn((await page(reply)).querySelector("[aria-labelledby=contesto]"))).toContain(
      post,
    );
    expect(linksIn((await page(post)).querySelector("[aria-labelledby=contesto]"))).toContain(
      reply,
    );
  });

  it("shows up to three related articles, never the article itself", async () => {
    for (const entry of articles) {
      const related = linksIn(
        (await page(pathOf(entry))).querySelector("#correlati")?.parentElement,
      );
      expect(related.length, entry.file).toBeGreaterThan(0);
      expect(related.length, entry.file).toBeLessThanOrEqual(3);
      expect(related, entry.file).not.toContain(pathOf(entry));
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

  it("never states a time in an article that its frontmatter does not hold", async () => {
    let checkedTimes = 0;
    for (const entry of articles) {
      const linked = ["outage", "inResponseTo"]
        .map((field) => ref(entry, field))
        .concat(refs(entry, "outages"), refs(entry, "cases"))
        .flatMap((r) => (r ? [byKey.get(`${r.collection}/${r.id}`)?.data] : []));
      const held = heldClockTimes([entry.data, ...linked].flatMap(whensIn) as When[]);
      const text = articleText(await page(pathOf(entry)));
      checkedTimes += clockTimesIn(text).length;
      expect(unheldTimes(text, held), entry.file).toEqual([]);
    }
    // The check reads real prose: the stories of 12 June do state times.
    expect(checkedTimes).toBeGreaterThan(0);
  });
});

describe("the day as a picture", () => {
  const chartPages = [
    ...ofCollection("dossier").map((dossier) => ({ path: pathOf(dossier), dossier })),
    { path: "/", dossier: ofCollection("dossier").at(-1)! },
  ];

  it.each(chartPages)(
    "draws $path from its dossier's outages and cases",
    async ({ path, dossier }) => {
      const doc = await page(path);
      const svg = doc.querySelector("svg[data-timeline]");
      expect(svg, path).not.toBeNull();
      const keys = (selector: string, attribute: string) =>
        [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));

      const outages = refs(dossier, "outages").map((r) => `outages/${r.id}`);
      const timed = refs(dossier, "cases")
        .filter((r) => hasTimeOfDay(byKey.get(`cases/${r.id}`)!.data.date as When))
        .map((r) => `cases/${r.id}`);
      expect(keys("[data-timeline-bar]", "data-timeline-bar")).toEqual(outages);
      expect(keys("[data-timeline-marker]", "data-timeline-marker")).toEqual(timed);
      expect(keys("[data-timeline-row]", "data-timeline-row")).toEqual([...outages, ...timed]);
      for (const bar of doc.querySelectorAll("[data-timeline-bar]")) {
        expect(bar.querySelector("rect"), "a bar is drawn").not.toBeNull();
      }
    },
  );

  it("gives the chart a title and a description that a screen reader reads", async () => {
    const doc = await page(pathOf(ofCollection("dossier")[0]));
    const svg = doc.querySelector("svg[data-timeline]")!;
    expect(svg.getAttribute("role")).toBe("img");
    const ids = svg.getAttribute("aria-labelledby")!.split(" ");
    const [title, desc] = ids.map((id) => doc.getElementById(id));
    expect(title?.tagName.toLowerCase()).toBe("title");
    expect(desc?.tagName.toLowerCase()).toBe("desc");
    expect(desc?.textContent).toContain("#Raidown");
    expect(desc?.textContent).toContain("verso le 20:25");
  });

  it("draws rough ends as fades and an unknown post time as a span, not a point", async () => {
    const doc = await page(pathOf(ofCollection("dossier")[0]));
    const netflix = doc.querySelector(
      '[data-timeline-bar="outages/netflix-down-giugno-2018"] rect',
    );
    expect(netflix?.getAttribute("mask")).toMatch(/^url\(#/);
    const marker = doc.querySelector('[data-timeline-marker="cases/netflix-abbraccia-la-rai"]');
    expect(marker?.querySelector("circle")).toBeNull();
    expect(marker?.querySelector("rect")?.getAttribute("stroke-dasharray")).toMatch(/^\d+ \d+$/);
  });
});

describe("the MDX components", () => {
  it("render a chronology with honest times in the Rai outage", async () => {
    const doc = await page("/blackout/rai-down-giugno-2018/");
    const times = [...doc.querySelectorAll(".prose ol time")].map((t) => t.textContent);
    expect(times).toEqual([
      "12 giugno 2018, verso le 20:25",
      "12 giugno 2018, verso le 20:45",
      "12 giugno 2018, in serata",
      "12 giugno 2018, in serata",
    ]);
  });

  it("quote Netflix's statement in the dossier with its author", async () => {
    const doc = await page("/dossier/tre-schermi-neri/");
    const quote = doc.querySelector(".prose figure blockquote");
    expect(quote?.textContent).toContain("Attualmente stiamo riscontrando difficoltà");
    expect(quote?.parentElement?.querySelector("figcaption")?.textContent).toContain("Netflix");
  });

  it("describe each post in words and say that its text is not reported", async () => {
    for (const entry of ofCollection("cases").filter((c) => c.data.post)) {
      const card = (await page(pathOf(entry))).querySelector("article figure");
      expect(card?.textContent, entry.file).toContain("Che cosa mostrava:");
      expect(card?.textContent, entry.file).toContain("non è riportato dalla fonte");
    }
  });
});
