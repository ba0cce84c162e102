import { describe, expect, it } from "vitest";
import { catalogOf, type Collections } from "../../src/catalog/catalog.ts";
import {
  dayOf,
  DAY_WINDOW_HOURS,
  dossierOfDay,
  outageDays,
} from "../../src/catalog/outage-days.ts";
import type { When } from "../../src/content-model/time.ts";

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const at = (iso: string): When => ({ precision: "minute", instant: new Date(iso), approx: false });
const part = (day: string, p: "evening" | "night"): When => ({ precision: "part", day, part: p });
const published = { precision: "day", day: "2026-11-01" } as const;

const outage = (id: string, start: When, end?: When) => ({
  id,
  collection: "outages",
  filePath: `content/outages/${id}.mdx`,
  data: { title: id, brand: ref("brands", "x"), start, end, published },
});
const post = (id: string, date: When, extra: object = {}) => ({
  id,
  collection: "cases",
  data: { title: id, brand: ref("brands", "x"), date, published, ...extra },
});

function catalog(outages: unknown[], cases: unknown[] = []) {
  const collections = { brands: [], outages, cases, dossier: [] } as unknown as Collections;
  return catalogOf(collections, { production: true, now: new Date("2026-11-30T00:00:00Z") });
}

// An evening that runs into the next night, then two outages the next evening.
const june = [
  outage("serata", part("2018-06-11", "evening"), part("2018-06-12", "night")),
  outage("pomeriggio", at("2018-06-12T17:30:00+02:00"), at("2018-06-12T21:00:00+02:00")),
  outage("tg", at("2018-06-12T20:25:00+02:00"), at("2018-06-12T20:45:00+02:00")),
];
const october = outage("ottobre", at("2021-10-04T17:40:00+02:00"), at("2021-10-04T23:50:00+02:00"));

describe("outageDays", () => {
  it("puts outages close in time into one day, and days years apart apart, oldest first", () => {
    const days = outageDays(catalog([october, ...june]));
    expect(days.map((day) => day.outages.map((o) => o.id))).toEqual([
      ["serata", "pomeriggio", "tg"],
      ["ottobre"],
    ]);
  });

  it("names each day by the calendar days it covers, and keys it by its first", () => {
    const days = outageDays(catalog([...june, october]));
    expect(days.map((day) => [day.key, day.label])).toEqual([
      ["2018-06-11", "11–12 giugno 2018"],
      ["2021-10-04", "4 ottobre 2021"],
    ]);
  });

  it("names a day by the days its outages began, never by a start's clock", () => {
    const [open] = outageDays(catalog([outage("aperto", at("2021-10-04T17:40:00+02:00"))]));
    expect(open.label).toBe("4 ottobre 2021");
    // Six hours from 17:30, into the small hours of the 5th: still the 4th.
    const late = outage("tardi", at("2021-10-04T17:30:00+02:00"), part("2021-10-05", "night"));
    expect(outageDays(catalog([late]))[0].label).toBe("4 ottobre 2021");
  });

  it("starts a new day once an outage starts a window's length after the day's first", () => {
    const start = new Date("2020-03-01T09:00:00+01:00");
    const later = (hours: number) =>
      at(new Date(start.getTime() + hours * 3_600_000).toISOString());
    const first = outage("primo", at(start.toISOString()), later(1));
    const near = outage("vicino", later(DAY_WINDOW_HOURS - 1));
    const far = outage("lontano", later(DAY_WINDOW_HOURS));
    expect(outageDays(catalog([first, near])).length).toBe(1);
    expect(outageDays(catalog([first, far])).length).toBe(2);
  });

  it("never chains a busy season into one day", () => {
    // One outage a day for a week, each starting as the last ends: two at most in a day.
    const week = Array.from({ length: 7 }, (_, i) =>
      outage(
        `giorno-${i}`,
        at(`2020-03-0${i + 1}T12:00:00+01:00`),
        at(`2020-03-0${i + 2}T12:00:00+01:00`),
      ),
    );
    expect(outageDays(catalog(week)).map((day) => day.outages.length)).toEqual([2, 2, 2, 1]);
  });

  it("gives each day the posts answering its outages, and the replies to those posts", () => {
    const posts = [
      post("battuta", part("2021-10-04", "evening"), { outage: ref("outages", "ottobre") }),
      post("replica", part("2021-10-04", "evening"), {
        event: "la battuta",
        inResponseTo: ref("cases", "battuta"),
      }),
      post("a-parte", { precision: "month", month: "2018-05" }, { event: "altro" }),
      post("abbraccio", part("2018-06-12", "evening"), { outage: ref("outages", "tg") }),
    ];
    const days = outageDays(catalog([...june, october], posts));
    expect(days.map((day) => day.cases.map((c) => c.id))).toEqual([
      ["abbraccio"],
      ["battuta", "replica"],
    ]);
  });

  it("finds the day of an outage", () => {
    const all = catalog([...june, october]);
    const days = outageDays(all);
    expect(dayOf(days, all.outages.get("pomeriggio")!).key).toBe("2018-06-11");
    expect(dayOf(days, all.outages.get("ottobre")!).key).toBe("2021-10-04");
  });

  it("has no day when there is no outage", () => {
    expect(outageDays(catalog([]))).toEqual([]);
  });
});

describe("dossierOfDay", () => {
  const dossier = (id: string, outages: string[]) => ({
    id,
    data: { outages: outages.map((o) => ref("outages", o)) },
  });
  // Newest first, as the catalog iterates dossiers.
  const dossiers = (...all: ReturnType<typeof dossier>[]) =>
    ({ dossier: new Map(all.map((d) => [d.id, d])) }) as unknown as Parameters<
      typeof dossierOfDay
    >[0];
  const [juneDay, octoberDay] = outageDays(catalog([...june, october]));

  it("is the newest dossier whose outages are all of the day", () => {
    const found = dossierOfDay(
      dossiers(dossier("nuovo", ["ottobre"]), dossier("giugno", ["serata", "tg"])),
      juneDay,
    );
    expect(found?.id).toBe("giugno");
  });

  it("is never a dossier across several days, nor one with no outage", () => {
    const across = dossiers(dossier("anni", ["serata", "ottobre"]), dossier("vuoto", []));
    expect(dossierOfDay(across, juneDay)).toBeUndefined();
    expect(dossierOfDay(across, octoberDay)).toBeUndefined();
  });
});
