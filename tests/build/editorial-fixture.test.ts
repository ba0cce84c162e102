/**
 * Exact sentences, slugs and times, on the frozen editorial fixture (`tests/fixtures/
 * corpus-editorial/`, built by the global setup): what the components make of known input.
 * The live content is free to change; these pages do not.
 */
import { describe, expect, it } from "vitest";
import { page as pageIn } from "../support/dist.ts";
import { editorialDist } from "../support/paths.ts";

const page = (path: string) => pageIn(path, editorialDist);
const linksIn = (root: Element | null | undefined) =>
  [...(root?.querySelectorAll("a[href]") ?? [])].map((a) => a.getAttribute("href")!);

describe("the fact box", () => {
  it("writes dates in Italian and rough times as rough", async () => {
    const doc = await page("/blackout/netflix-down-giugno-2018/");
    const facts = doc.querySelector("[aria-labelledby=scheda]")?.textContent ?? "";
    expect(facts).toContain("11 giugno 2018, in serata");
    expect(facts).toContain("12 giugno 2018, nella notte");
    expect(facts).toContain("non nota");
  });

  it("gives an outage's duration as the time it was really out", async () => {
    const durationOf = async (path: string) => {
      const doc = await page(path);
      const terms = [...doc.querySelectorAll("[aria-labelledby=scheda] dt")];
      return terms.find((dt) => dt.textContent === "Durata")?.nextElementSibling?.textContent;
    };
    // Black on and off between about 20:25 and 20:45: not twenty minutes of black screen.
    expect(await durationOf("/blackout/rai-down-giugno-2018/")).toBe(
      "quasi dieci minuti, a più riprese",
    );
    // Out from start to end: the span between them.
    expect(await durationOf("/blackout/instagram-down-giugno-2018/")).toBe(
      "circa 3 ore e 30 minuti",
    );
  });
});

describe("links between stories", () => {
  it("links Rai's reply to Netflix's Stranger Things post, and back", async () => {
    const reply = "/instant-marketing/rai-risponde-a-netflix/";
    const post = "/instant-marketing/netflix-abbraccia-la-rai/";
    const context = async (path: string) =>
      linksIn((await page(path)).querySelector("[aria-labelledby=contesto]"));
    expect(await context(reply)).toContain(post);
    expect(await context(post)).toContain(reply);
  });
});

describe("the day as a picture", () => {
  const dossier = "/dossier/tre-schermi-neri/";

  it("gives the chart a title and a description that a screen reader reads", async () => {
    const doc = await page(dossier);
    const svg = doc.querySelector("svg[data-timeline]")!;
    expect(svg.getAttribute("role")).toBe("img");
    const ids = svg.getAttribute("aria-labelledby")!.split(" ");
    const [title, desc] = ids.map((id) => doc.getElementById(id));
    expect(title?.tagName.toLowerCase()).toBe("title");
    expect(desc?.tagName.toLowerCase()).toBe("desc");
    expect(desc?.textContent).toContain("#Raidown");
    expect(desc?.textContent).toContain("verso le 20:25");
  });

  it("draws the three outages and the posts known to the hour, in their rows", async () => {
    const doc = await page(dossier);
    const keys = (selector: string, attribute: string) =>
      [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));
    expect(keys("[data-timeline-bar]", "data-timeline-bar").sort()).toEqual([
      "outages/instagram-down-giugno-2018",
      "outages/netflix-down-giugno-2018",
      "outages/rai-down-giugno-2018",
    ]);
    expect(keys("[data-timeline-marker]", "data-timeline-marker").sort()).toEqual([
      "cases/netflix-abbraccia-instagram",
      "cases/netflix-abbraccia-la-rai",
      "cases/rai-risponde-a-netflix",
    ]);
  });

  it("draws rough ends as fades and a post known by part of the day as a bracketed marker", async () => {
    const doc = await page(dossier);
    const netflix = doc.querySelector(
      '[data-timeline-bar="outages/netflix-down-giugno-2018"] rect',
    );
    expect(netflix?.getAttribute("mask")).toMatch(/^url\(#/);
    // Known only as "in serata": a marker with a bracket over its span, never a bar.
    const marker = doc.querySelector('[data-timeline-marker="cases/netflix-abbraccia-la-rai"]');
    expect(marker?.querySelector("[data-timeline-bracket]")).not.toBeNull();
    expect(marker?.querySelector("rect")).toBeNull();
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
    for (const path of [
      "/instant-marketing/netflix-abbraccia-instagram/",
      "/instant-marketing/rai-risponde-a-netflix/",
    ]) {
      const card = (await page(path)).querySelector("article figure");
      expect(card?.textContent, path).toContain("non disponibile");
      expect(card?.textContent, path).toContain("non è riportato dalla fonte");
    }
  });

  it("lists the sections of the long dossier at its top", async () => {
    const doc = await page("/dossier/tre-schermi-neri/");
    const toc = linksIn(doc.querySelector("nav[aria-labelledby=indice]"));
    const headings = [...doc.querySelectorAll(".prose h2[id]")].map((h) => `#${h.id}`);
    expect(toc.length).toBeGreaterThanOrEqual(3);
    expect(toc).toEqual(headings);
  });
});
