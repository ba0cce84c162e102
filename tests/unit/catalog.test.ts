import { describe, expect, it } from "vitest";
import { catalogOf, inOrder, type Collections } from "../../src/catalog/catalog.ts";

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const day = (d: string) => ({ precision: "day" as const, day: d });

const outage = (id: string, start: string, extra: object = {}) => ({
  id,
  collection: "outages",
  data: {
    title: id,
    brand: ref("brands", "rai"),
    start: day(start),
    published: day(start),
    ...extra,
  },
});
const post = (id: string, date: string, extra: object = {}) => ({
  id,
  collection: "cases",
  data: {
    title: id,
    brand: ref("brands", "netflix"),
    date: day(date),
    published: day(date),
    ...extra,
  },
});

/** Entries shaped like Astro's (and like the content check's): id, collection, parsed data. */
function collections(): Collections {
  return {
    brands: [
      { id: "netflix", collection: "brands", data: { name: "Netflix" } },
      { id: "rai", collection: "brands", data: { name: "Rai" } },
    ],
    outages: [
      outage("vecchio", "2017-01-10"),
      outage("rai-down", "2018-06-12"),
      outage("bozza", "2018-07-01", { draft: true }),
      outage("futuro", "2018-08-01", { published: day("2999-01-01") }),
    ],
    cases: [
      post("risposta", "2018-06-13", {
        outage: ref("outages", "rai-down"),
        inResponseTo: ref("cases", "abbraccio"),
      }),
      post("abbraccio", "2018-06-12", { outage: ref("outages", "rai-down") }),
      post("in-bozza", "2018-06-14", { outage: ref("outages", "rai-down"), draft: true }),
    ],
    dossier: [],
  } as unknown as Collections;
}

const now = new Date("2026-01-01T00:00:00Z");

describe("the catalog", () => {
  it("leaves drafts and scheduled entries out of production, and keeps them in development", () => {
    const production = catalogOf(collections(), { production: true, now });
    expect([...production.outages.keys()]).toEqual(["rai-down", "vecchio"]);
    // Days newest first: a reply told the day after its post comes first, under its own day.
    expect([...production.cases.keys()]).toEqual(["risposta", "abbraccio"]);
    const development = catalogOf(collections(), { production: false, now });
    expect([...development.outages.keys()]).toEqual(["futuro", "bozza", "rai-down", "vecchio"]);
  });

  it("lists each outage's reactions and each case's answers, oldest first, drafts left out", () => {
    const catalog = catalogOf(collections(), { production: true, now });
    expect(catalog.reactionsTo.get("rai-down")?.map((entry) => entry.id)).toEqual([
      "abbraccio",
      "risposta",
    ]);
    expect(catalog.answersTo.get("abbraccio")?.map((entry) => entry.id)).toEqual(["risposta"]);
    expect(catalog.reactionsTo.has("vecchio")).toBe(false);
  });

  it("sorts articles newest first by the moment they are about", () => {
    const { outages } = collections();
    const lookup = { outages: new Map(), cases: new Map(), listed: new Map() };
    expect(inOrder(lookup, outages).map((entry) => entry.id)).toEqual([
      "futuro",
      "bozza",
      "rai-down",
      "vecchio",
    ]);
  });

  it("tells posts of one day in the order their dossier lists them, not by their slug", () => {
    const base = collections();
    const sameDay = ["zeta", "alfa", "media"].map((id) => post(id, "2018-06-20"));
    const dossier = {
      id: "d",
      collection: "dossier",
      data: {
        published: day("2018-06-21"),
        outages: [],
        cases: ["zeta", "media", "alfa"].map((id) => ref("cases", id)),
      },
    };
    const catalog = catalogOf(
      { ...base, cases: sameDay, dossier: [dossier] } as unknown as Collections,
      {
        production: true,
        now,
      },
    );
    const oldest = inOrder(catalog, catalog.cases.values(), "oldest").map((entry) => entry.id);
    expect(oldest).toEqual(["zeta", "media", "alfa"]);
  });
});
