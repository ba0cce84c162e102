import { describe, expect, it } from "vitest";
import {
  BAND_CARDS,
  DAY_BANDS,
  dayBands,
  frontPageDossiers,
  notYetLinked,
  spreadPick,
} from "../../src/catalog/front-page.ts";

const dossier = (id: string, inPrimoPiano?: boolean) => ({ id, data: { inPrimoPiano } });

describe("frontPageDossiers", () => {
  it("leads with the newest dossier when no editor chose one", () => {
    const all = [dossier("new"), dossier("old")];
    expect(frontPageDossiers(all)).toEqual({ lead: all[0], others: [all[1]] });
  });

  it("leads with the dossier marked inPrimoPiano, the newest if several are", () => {
    const all = [dossier("new"), dossier("mid", true), dossier("old", true)];
    const { lead, others } = frontPageDossiers(all);
    expect(lead?.id).toBe("mid");
    expect(others.map((d) => d.id)).toEqual(["new", "old"]);
  });

  it("has no lead without dossiers", () => {
    expect(frontPageDossiers([])).toEqual({ lead: undefined, others: [] });
  });
});

describe("notYetLinked", () => {
  it("keeps the order and drops what the page already links", () => {
    const [a, b, c] = [{}, {}, {}];
    expect(notYetLinked([a, b, c], new Set([b]))).toEqual([a, c]);
  });
});

describe("dayBands", () => {
  const stories = (day: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${day}-${i}`);
  const days = Array.from({ length: DAY_BANDS + 2 }, (_, i) => `d${i}`);
  const storiesOf = (day: string) => stories(day, 5);

  it("gives the newest days a band each: the first with cards, the older ones compact", () => {
    const bands = dayBands(days, storiesOf, new Set());
    expect(bands.map((band) => band.day)).toEqual(days.slice(0, DAY_BANDS));
    const [newest, ...older] = bands;
    expect(newest).toEqual({
      day: "d0",
      compact: false,
      cards: storiesOf("d0").slice(0, BAND_CARDS),
      more: storiesOf("d0").slice(BAND_CARDS),
    });
    for (const band of older) {
      expect(band).toEqual({ day: band.day, compact: true, cards: [], more: storiesOf(band.day) });
    }
  });

  it("never shows what the page linked above, nor a story twice across bands", () => {
    const shared = (day: string) => [...stories(day, 2), "comune"];
    const bands = dayBands(["a", "b"], shared, new Set(["a-0"]));
    expect(bands[0]).toEqual({ day: "a", compact: false, cards: ["a-1", "comune"], more: [] });
    expect(bands[1]).toEqual({ day: "b", compact: true, cards: [], more: ["b-0", "b-1"] });
  });
});

describe("spreadPick", () => {
  it("keeps every item when there are few enough", () => {
    expect(spreadPick([1, 2, 3], 4)).toEqual([1, 2, 3]);
  });

  it("picks evenly, in order, the first and the last among them", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i);
    expect(spreadPick(hundred, 4)).toEqual([0, 33, 66, 99]);
    expect(spreadPick([1, 2, 3, 4, 5], 2)).toEqual([1, 5]);
    expect(spreadPick([1, 2, 3], 1)).toEqual([1]);
  });
});
