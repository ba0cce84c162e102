import { describe, expect, it } from "vitest";
import { facetChoices, facetsOf, yearsOf } from "../../src/search/search-facets.ts";
import { FILTER } from "../../src/search/search-text.ts";
import type { When } from "../../src/content-model/time.ts";

const day = (value: string): When => ({ precision: "day", day: value });
const at = (iso: string): When => ({ precision: "minute", instant: new Date(iso), approx: false });

describe("yearsOf", () => {
  it("is the Rome year of a moment, whatever the time zone it was written in", () => {
    expect(yearsOf(day("2024-03-05"))).toEqual([2024]);
    // 23:30 UTC on New Year's Eve is already the new year in Rome.
    expect(yearsOf(at("2021-12-31T23:30:00Z"))).toEqual([2022]);
  });

  it("is every year a period spans, and one year for a period ending on 31 December", () => {
    expect(yearsOf({ precision: "period", from: "2017-11", to: "2019-02" })).toEqual([
      2017, 2018, 2019,
    ]);
    expect(yearsOf({ precision: "period", from: "2018-01", to: "2018-12" })).toEqual([2018]);
  });
});

describe("facetsOf", () => {
  it("files a dossier across the years under each year of its stories, and no year between", () => {
    const facets = facetsOf({
      kind: "dossier",
      brands: [
        { name: "Società Y", kind: "club" },
        { name: "Servizio X", kind: "social" },
      ],
      whens: [day("2024-03-05"), day("2018-06-12"), day("2022-10-25"), day("2018-06-11")],
      platforms: ["twitter", "x", "twitter", "unknown"],
    });
    expect(facets).toEqual({
      [FILTER.kind]: ["Dossier"],
      [FILTER.who]: ["Società Y", "Servizio X"],
      [FILTER.whoKind]: ["Società sportiva", "Social network"],
      [FILTER.year]: ["2018", "2022", "2024"],
      [FILTER.platform]: ["Twitter", "X", "Piattaforma non nota"],
    });
  });

  it("gives an outage no platform: it was not posted anywhere", () => {
    const facets = facetsOf({
      kind: "outages",
      brands: [{ name: "WhatsApp", kind: "messaging" }],
      whens: [day("2022-10-25")],
      platforms: [],
    });
    expect(facets[FILTER.platform]).toEqual([]);
    expect(facets[FILTER.year]).toEqual(["2022"]);
  });
});

describe("facetChoices", () => {
  it("offers each value once: years oldest first, kinds in the site's order, the rest alphabetical", () => {
    const one = facetsOf({
      kind: "cases",
      brands: [{ name: "Torino", kind: "club" }],
      whens: [day("2022-10-25")],
      platforms: ["twitter"],
    });
    const two = facetsOf({
      kind: "outages",
      brands: [{ name: "Facebook", kind: "social" }],
      whens: [day("2018-06-11")],
      platforms: [],
    });
    const three = facetsOf({
      kind: "cases",
      brands: [{ name: "X", kind: "social" }],
      whens: [day("2024-03-05")],
      platforms: ["x"],
    });
    expect(facetChoices([one, two, three], ["Blackout", "Instant marketing", "Dossier"])).toEqual({
      [FILTER.kind]: ["Blackout", "Instant marketing"],
      [FILTER.who]: ["Facebook", "Torino", "X"],
      [FILTER.whoKind]: ["Social network", "Società sportiva"],
      [FILTER.year]: ["2018", "2022", "2024"],
      [FILTER.platform]: ["Twitter", "X"],
    });
  });
});
