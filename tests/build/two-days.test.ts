/**
 * The site with several days (`tests/fixtures/corpus-two-days/`, built by the global setup): the
 * June 2018 set and a made-up outage of October 2021, "Servizio X", with a post answering it
 * and a dossier; then two more made-up days without a dossier of their own, 25 October 2022
 * and 5 March 2024 (a sports club's post on X). Every page that lists or draws stories shows
 * every day, in the one order.
 */
import { describe, expect, it } from "vitest";
import { page as pageIn } from "../support/dist.ts";
import { twoDaysDist } from "../support/paths.ts";
import { FILTER } from "../../src/search/search-text.ts";

const page = (path: string) => pageIn(path, twoDaysDist);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, " ") ?? "";
const hrefs = (root: ParentNode) =>
  [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);

const X = "/blackout/servizio-x-down-ottobre-2021/";
const X_2022 = "/blackout/servizio-x-down-ottobre-2022/";
const X_2024 = "/blackout/servizio-x-down-marzo-2024/";
const CLUB_POST = "/instant-marketing/societa-y-su-x/";
const JUNE = [
  "/blackout/netflix-down-giugno-2018/",
  "/blackout/instagram-down-giugno-2018/",
  "/blackout/rai-down-giugno-2018/",
];
const dayLabels = (svg: Element | null) =>
  [...(svg?.querySelectorAll("text.font-semibold") ?? [])].map((t) => text(t));

describe("the chronology", () => {
  it("lists every year with stories, the older first, and a day's stories under its month", async () => {
    const doc = await page("/cronologia/");
    expect([...doc.querySelectorAll("h2")].map(text)).toEqual(["2018", "2021", "2022", "2024"]);
    const october = doc.getElementById("mese-2021-10")!.closest("section")!;
    expect(hrefs(october)).toEqual([
      X,
      "/instant-marketing/netflix-saluta-servizio-x/",
      "/dossier/una-sera-senza-servizio-x/",
    ]);
  });
});

describe("the atlas", () => {
  it("is in the footer, and the chronology leads to it", async () => {
    const doc = await page("/cronologia/");
    expect(hrefs(doc.querySelector("footer nav")!)).toContain("/atlante/");
    expect(hrefs(doc.querySelector("main")!)).toContain("/atlante/");
  });

  it("heads every year from the first outage to the last, the empty ones folded into one", async () => {
    const doc = await page("/atlante/");
    const years = [...doc.querySelectorAll("[data-atlas-year]")].map(text);
    expect(years).toEqual([
      "2018",
      "2019–2020: nessun blackout nell’archivio",
      "2021",
      "2022",
      "2023: nessun blackout nell’archivio",
      "2024",
    ]);
    // A line of links to the years with days, so a long atlas is not only scrolled.
    const nav = doc.querySelector("[data-atlas-years]")!;
    expect(hrefs(nav)).toEqual(["#anno-2018", "#anno-2021", "#anno-2022", "#anno-2024"]);
    for (const href of hrefs(nav)) expect(doc.getElementById(href.slice(1))).not.toBeNull();
  });

  it("has a row per day, oldest first, each linked to its dossier or its outage", async () => {
    const doc = await page("/atlante/");
    const days = [...doc.querySelectorAll("[data-atlas-day]")];
    expect(days.map((day) => text(day.querySelector("h3 time")))).toEqual([
      "11–12 giugno 2018",
      "4 ottobre 2021",
      "25 ottobre 2022",
      "5 marzo 2024",
    ]);
    expect(
      days.map((day) => day.querySelector("[data-atlas-day-link]")?.getAttribute("href")),
    ).toEqual([
      "/dossier/tre-schermi-neri/",
      "/dossier/una-sera-senza-servizio-x/",
      X_2022,
      X_2024,
    ]);
    const outageLinks = (day: Element) =>
      [...day.querySelectorAll("[data-atlas-outage]")].map((a) => a.getAttribute("href"));
    expect(outageLinks(days[0])).toEqual(JUNE);
    expect(outageLinks(days[1])).toEqual([X]);
    // An outage without a hashtag is named by the services it switched off.
    expect(text(days[2].querySelector("[data-atlas-outage]"))).toBe("Blackout di Servizio X");
    // Its drawing: a bar per outage, and the post that answered it.
    expect(days[1].querySelectorAll("[data-atlas-bar]")).toHaveLength(1);
    expect(days[1].querySelector("[data-atlas-mark]")?.getAttribute("data-atlas-mark")).toBe(
      "cases/netflix-saluta-servizio-x",
    );
    expect(text(days[1].querySelector("h3"))).toContain("1 post");
  });

  it("keeps its drawing from screen readers and its year scale out of the keyboard's way", async () => {
    const doc = await page("/atlante/");
    for (const svg of doc.querySelectorAll("[data-atlas] svg")) {
      expect(svg.closest("[aria-hidden=true]"), svg.outerHTML.slice(0, 80)).not.toBeNull();
      expect(svg.querySelector("a")).toBeNull();
    }
    for (const heading of doc.querySelectorAll("h2[data-atlas-year]")) {
      expect(heading.closest("section")?.getAttribute("aria-labelledby")).toBe(heading.id);
    }
  });
});

describe("each outage's day as a picture", () => {
  it("draws the new outage on its own day's axis, not June 2018's", async () => {
    const doc = await page(X);
    const svg = doc.querySelector("svg[data-timeline]")!;
    expect(dayLabels(svg)).toEqual(["4 ottobre"]);
    const desc = text(doc.getElementById(svg.getAttribute("aria-labelledby")!.split(" ")[1]));
    expect(desc).toContain("del 4 ottobre 2021");
    expect(desc).not.toContain("giugno");
    const bars = [...svg.querySelectorAll("[data-timeline-bar]")];
    expect(bars.map((bar) => bar.getAttribute("data-timeline-bar"))).toEqual([
      "outages/servizio-x-down-ottobre-2021",
    ]);
  });

  it("draws a June 2018 outage with the rest of its day: the other outages and the posts", async () => {
    const doc = await page("/blackout/rai-down-giugno-2018/");
    const svg = doc.querySelector("svg[data-timeline]")!;
    expect(dayLabels(svg)).toEqual(["11 giugno", "12 giugno"]);
    const bars = [...svg.querySelectorAll("[data-timeline-bar]")].map((bar) =>
      bar.getAttribute("data-timeline-bar"),
    );
    expect(bars).toEqual([
      "outages/netflix-down-giugno-2018",
      "outages/instagram-down-giugno-2018",
      "outages/rai-down-giugno-2018",
    ]);
    const rows = [...doc.querySelectorAll("[data-timeline-row]")].map((row) =>
      row.getAttribute("data-timeline-row"),
    );
    expect(rows).toContain("cases/rai-risponde-a-netflix");
    expect(rows).not.toContain("cases/netflix-saluta-servizio-x");
  });

  it("explains the axis's breaks only under a chart that has some", async () => {
    const caption = async (path: string) =>
      text((await page(path)).querySelector("[aria-labelledby=giornata] figcaption"));
    // June 2018 skips the small hours of the 12th; 4 October 2021 runs without a gap.
    expect(await caption("/blackout/rai-down-giugno-2018/")).toContain("ore saltate");
    expect(await caption(X)).not.toContain("ore saltate");
  });

  it("draws each dossier's own day", async () => {
    const doc = await page("/dossier/una-sera-senza-servizio-x/");
    expect(dayLabels(doc.querySelector("svg[data-timeline]"))).toEqual(["4 ottobre"]);
  });
});

describe("the home page", () => {
  it("leads with the newest dossier, and gives each day a band of its own, the newest first", async () => {
    const doc = await page("/");
    const lead = doc.querySelector("[aria-labelledby=primo-piano]")!;
    expect(hrefs(lead)[0]).toBe("/dossier/una-sera-senza-servizio-x/");
    const bands = [...doc.querySelectorAll("[data-day-band]")];
    expect(bands.map((band) => text(band.querySelector("h2")))).toEqual([
      "5 marzo 2024",
      "25 ottobre 2022",
      "4 ottobre 2021",
      "11–12 giugno 2018",
    ]);
    // Each band draws its own day and shows its own stories.
    expect(bands.every((band) => band.querySelector("[data-atlas-strip]"))).toBe(true);
    expect(hrefs(bands[0])).toEqual([X_2024, CLUB_POST]);
    expect(hrefs(bands[1])).toEqual([X_2022]);
    expect(hrefs(bands[2])).toContain(X);
    expect(hrefs(bands[3]).filter((href) => href.startsWith("/blackout/"))).toEqual(JUNE);
  });

  it("opens on the newest day's cards; the older days are compact, titles only", async () => {
    const doc = await page("/");
    const [newest, ...older] = [...doc.querySelectorAll("[data-day-band]")];
    expect(newest.querySelectorAll("article").length).toBeGreaterThan(0);
    for (const band of older) expect(band.querySelectorAll("article")).toHaveLength(0);
  });

  it("names a day by its dossier, or by its outages when none tells it alone", async () => {
    const doc = await page("/");
    const subject = (key: string) => text(doc.getElementById(`giornata-${key}-tema`)).trim();
    expect(subject("2021-10-04")).toBe("Una sera senza Servizio X");
    expect(subject("2022-10-25")).toBe("Blackout di Servizio X");
  });

  it("leads to the atlas, where every day is", async () => {
    const doc = await page("/");
    const line = doc.querySelector("[data-all-days]")!;
    expect(hrefs(line)).toEqual(["/atlante/"]);
    expect(text(line)).toContain("Tutte e 4 le giornate");
  });

  it("opens on both days: the other dossier stands under the lead, before any list", async () => {
    const doc = await page("/");
    const lead = doc.querySelector("[aria-labelledby=primo-piano]")!;
    expect(hrefs(lead)).toContain("/dossier/tre-schermi-neri/");
    // The atlas keeps the list of days; the front page does not repeat it.
    expect(doc.querySelector("[aria-labelledby=giornate]")).toBeNull();
    expect(doc.querySelector("[aria-labelledby=dossier]")).toBeNull();
  });
});

describe("sections and brands", () => {
  it("put the newer day first on the outages' section", async () => {
    const doc = await page("/blackout/");
    const links = hrefs(doc.querySelector("[data-card-list]")!).filter((h) =>
      h.startsWith("/blackout/"),
    );
    expect([...new Set(links)]).toEqual([X_2024, X_2022, X, ...JUNE.toReversed()]);
  });

  it("say no year of their own in their description", async () => {
    for (const path of ["/blackout/", "/instant-marketing/", "/dossier/"]) {
      const doc = await page(path);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).not.toMatch(
        /20\d\d/,
      );
    }
  });

  it("list a brand's stories of both days, the newer first", async () => {
    const doc = await page("/marchi/netflix/");
    const cases = hrefs(doc.getElementById("casi-marchio")!.closest("section")!).filter((h) =>
      h.startsWith("/instant-marketing/"),
    );
    expect(cases[0]).toBe("/instant-marketing/netflix-saluta-servizio-x/");
    expect(cases).toContain("/instant-marketing/netflix-abbraccia-la-rai/");
  });
});

describe("search and the method page", () => {
  it("filter by every year with stories, every platform and every kind of brand", async () => {
    const doc = await page("/cerca/");
    const values = (name: string) =>
      [...doc.querySelectorAll(`input[type=checkbox][name=${name}]`)].map((i) =>
        i.getAttribute("value"),
      );
    expect(values(FILTER.year)).toEqual(["2018", "2021", "2022", "2024"]);
    expect(values(FILTER.platform)).toEqual(["Altri social network", "Twitter", "X"]);
    expect(values(FILTER.whoKind)).toContain("Società sportiva");
  });

  it("list every day on the method page, from the catalog, each linked to its story", async () => {
    const doc = await page("/chi-siamo/");
    const days = [...doc.querySelectorAll("[data-day-list] [data-day]")];
    expect(days.map((day) => day.getAttribute("data-day"))).toEqual([
      "2018-06-11",
      "2021-10-04",
      "2022-10-25",
      "2024-03-05",
    ]);
    expect(days.map((day) => hrefs(day)[0])).toEqual([
      "/dossier/tre-schermi-neri/",
      "/dossier/una-sera-senza-servizio-x/",
      X_2022,
      X_2024,
    ]);
    expect(text(days[3])).toBe("5 marzo 2024: Blackout di Servizio X (1 post).");
  });
});
