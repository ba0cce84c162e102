import { describe, expect, it } from "vitest";
import {
  ATLAS,
  atlasBands,
  atlasHours,
  atlasTicks,
  layoutStrip,
  type AtlasDayInput,
} from "../../src/charts/atlas.ts";
import { toWhen } from "../../src/content-model/when-schema.ts";
import { romeDay } from "../../src/content-model/time.ts";

const HOUR = 3_600_000;
const minute = (iso: string, approx = false) =>
  toWhen(approx ? { at: new Date(iso), approx } : new Date(iso));

/** A small deterministic generator, so a failing case can be read again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * `count` days over `years` years from 2015, oldest first, each with 1–3 outages of every
 * kind of precision and 0–4 posts, some known only by their day or their month.
 */
function generated(count: number, years: number, seed = count * 31 + years): AtlasDayInput[] {
  const next = random(seed);
  const from = new Date("2015-01-01T00:00:00+01:00").getTime();
  const span = new Date(`${2015 + years}-01-01T00:00:00+01:00`).getTime() - from - 2 * 86_400_000;
  const starts = Array.from({ length: count }, (_, i) =>
    // The first and the last day open and close the span, so it covers `years` years.
    i === 0 ? from + 3 * HOUR : i === 1 ? from + span : from + next() * span,
  ).sort((a, b) => a - b);
  return starts.map((first, d) => {
    const outages = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
      const start = first + i * next() * 20 * HOUR;
      const end = start + (0.1 + next() * 30) * HOUR;
      const kind = Math.floor(next() * 3);
      return {
        key: `d${d}o${i}`,
        start: minute(new Date(start).toISOString(), kind === 1),
        ...(kind === 2 ? {} : { end: minute(new Date(end).toISOString(), kind === 1) }),
      };
    });
    const posts = Array.from({ length: Math.floor(next() * 5) }, (_, i) => {
      const t = new Date(first + next() * 40 * HOUR);
      const kind = Math.floor(next() * 4);
      const when =
        kind === 0
          ? toWhen({ day: romeDay(t), part: "evening" })
          : kind === 1
            ? toWhen(romeDay(t))
            : kind === 2
              ? toWhen(romeDay(t).slice(0, 7))
              : minute(t.toISOString());
      return { key: `d${d}p${i}`, when };
    });
    return { key: romeDay(new Date(first)), outages, posts };
  });
}

/** Every property a reader relies on, over any input. */
function expectReadable(days: AtlasDayInput[]) {
  const hours = atlasHours(days);
  expect(hours % ATLAS.stepHours).toBe(0);
  expect(hours).toBeGreaterThanOrEqual(ATLAS.minHours);
  expect(hours).toBeLessThanOrEqual(ATLAS.maxHours);

  const bands = atlasBands(days);
  // Bands tile the years in order, every year from the first day's to the last's exactly once.
  let year = Number(days[0].key.slice(0, 4));
  for (const band of bands) {
    expect(band.year).toBe(year);
    expect(band.label).toBe(
      band.year === band.lastYear ? String(band.year) : `${band.year}–${band.lastYear}`,
    );
    // Each day in the band of its own year, in order.
    for (const i of band.days) expect(days[i].key.startsWith(`${band.year}-`)).toBe(true);
    expect(band.empty).toBe(band.days.length === 0);
    year = band.lastYear + 1;
  }
  expect(year - 1).toBe(Number(days.at(-1)!.key.slice(0, 4)));
  expect(bands.flatMap((band) => band.days)).toEqual(days.map((_, i) => i));
  // A run of empty years is one band, never two in a row.
  bands.slice(1).forEach((band, i) => expect(band.empty && bands[i].empty).toBe(false));

  for (const day of days) {
    const strip = layoutStrip(day, hours);
    expect(strip.bars.map((bar) => bar.key)).toEqual(day.outages.map((o) => o.key));
    for (const bar of strip.bars) {
      expect(bar.x0, bar.key).toBeGreaterThanOrEqual(0);
      expect(bar.x1, bar.key).toBeLessThanOrEqual(1 + 1e-9);
      expect(bar.x1 - bar.x0, bar.key).toBeGreaterThanOrEqual(ATLAS.minBar - 1e-9);
      for (const stop of bar.fade ?? []) {
        expect(stop.offset).toBeGreaterThanOrEqual(0);
        expect(stop.offset).toBeLessThanOrEqual(1);
      }
    }
    // Every post is either drawn or said to be left off, once.
    const drawn = [...strip.marks.flatMap((m) => m.keys), ...(strip.untimed?.keys ?? [])];
    expect([...drawn, ...strip.undrawn].sort()).toEqual(day.posts.map((p) => p.key).sort());
    // Marks on one lane never touch.
    for (const [i, a] of strip.marks.entries()) {
      for (const b of strip.marks.slice(i + 1)) {
        if (a.lane === b.lane) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(ATLAS.markRoom);
      }
      expect(a.lane).toBeLessThan(strip.markLanes);
    }
    for (const mark of strip.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x).toBeLessThanOrEqual(1);
      if (mark.bracket) expect(mark.bracket.x1).toBeGreaterThanOrEqual(mark.bracket.x0);
    }
  }
}

describe("the atlas on generated days", () => {
  const cases: Array<[days: number, years: number]> = [
    [1, 1],
    [4, 1],
    [4, 4],
    [4, 10],
    [100, 1],
    [100, 4],
    [100, 10],
  ];
  it.each(cases)(
    "%i days over %i years: a band per year, every day in its own, every mark on the clock",
    (count, years) => expectReadable(generated(count, years)),
  );

  it("folds the empty years of a decade into bands between the days", () => {
    const days = generated(4, 10);
    const bands = atlasBands(days);
    expect(bands[0].year).toBe(2015);
    expect(bands.at(-1)!.lastYear).toBe(2024);
  });

  it("refuses an empty atlas", () => {
    expect(() => atlasBands([])).toThrow();
  });
});

describe("the atlas on the site's two kinds of day", () => {
  // An evening that runs into the next day, with a rough end and posts known roughly.
  const june: AtlasDayInput = {
    key: "2018-06-11",
    outages: [
      { key: "netflix", start: toWhen({ day: "2018-06-11", part: "evening" }) },
      {
        key: "rai",
        start: minute("2018-06-12T20:25:00+02:00", true),
        end: minute("2018-06-12T20:35:00+02:00", true),
      },
    ],
    posts: [
      { key: "sera", when: toWhen({ day: "2018-06-12", part: "evening" }) },
      { key: "giorno", when: toWhen("2018-06-12") },
      { key: "mese", when: toWhen("2018-06") },
    ],
  };
  // An afternoon to night: a known start, an end known only as «nella notte».
  const october: AtlasDayInput = {
    key: "2021-10-04",
    outages: [
      {
        key: "facebook",
        start: minute("2021-10-04T17:30:00+02:00", true),
        end: toWhen({ day: "2021-10-05", part: "night" }),
      },
    ],
    posts: [{ key: "twitter", when: minute("2021-10-04T19:30:00+02:00") }],
  };

  it("gives both the clock the longer needs: up to the next evening", () => {
    expect(atlasHours([june, october])).toBe(48);
    expect(atlasHours([october])).toBe(30);
    expect(atlasTicks(30).map((tick) => tick.hour)).toEqual([0, 6, 12, 18, 0, 6]);
    expect(atlasTicks(30).filter((tick) => tick.midnight)).toHaveLength(2);
  });

  it("draws a rough end as a fade, and a post by its minute as a mark without a bracket", () => {
    const strip = layoutStrip(october, 48);
    const [bar] = strip.bars;
    expect(bar.x0).toBeCloseTo((17.5 - 5 / 60) / 48, 3);
    expect(bar.x1).toBeCloseTo(30 / 48, 3);
    expect(bar.fade?.at(-1)).toEqual({ offset: 1, opacity: 0 });
    expect(bar.runsOn).toBe(false);
    expect(strip.marks).toEqual([{ keys: ["twitter"], x: 19.5 / 48, lane: 0 }]);
  });

  it("brackets a post known by part of the day, counts those known by the day apart, and leaves a month off", () => {
    const strip = layoutStrip(june, 48);
    expect(strip.marks.map((m) => [m.keys, m.bracket && [m.bracket.x0, m.bracket.x1]])).toEqual([
      [["sera"], [42 / 48, 1]],
    ]);
    expect(strip.untimed).toEqual({ keys: ["giorno"], x0: 24 / 48, x1: 1 });
    expect(strip.undrawn).toEqual(["mese"]);
  });

  it("puts every post known only by its day in one bracket, over where any of them can be", () => {
    const replies = {
      ...october,
      posts: [
        ...october.posts,
        {
          key: "risposta",
          when: toWhen("2021-10-04"),
          notBefore: Date.parse("2021-10-04T19:30:00+02:00"),
        },
        { key: "altro", when: toWhen("2021-10-04") },
      ],
    };
    const strip = layoutStrip(replies, 48);
    expect(strip.marks.map((m) => m.keys)).toEqual([["twitter"]]);
    expect(strip.untimed).toEqual({ keys: ["risposta", "altro"], x0: 0, x1: 24 / 48 });
  });

  it("counts posts that would be drawn on top of each other in one mark", () => {
    const twice = { ...june, posts: [...june.posts, { key: "ancora", when: june.posts[0].when }] };
    const marks = layoutStrip(twice, 48).marks;
    expect(marks.map((m) => m.keys)).toEqual([["sera", "ancora"]]);
  });

  it("puts marks that would touch on lanes of their own", () => {
    const close = {
      ...october,
      posts: [
        { key: "a", when: minute("2021-10-04T19:30:00+02:00") },
        { key: "b", when: minute("2021-10-04T19:40:00+02:00") },
        { key: "c", when: minute("2021-10-04T23:30:00+02:00") },
      ],
    };
    const strip = layoutStrip(close, 48);
    expect(strip.marks.map((m) => m.lane)).toEqual([0, 1, 0]);
    expect(strip.markLanes).toBe(2);
  });

  it("does not stretch the clock for a post days after the outages: it leaves it off", () => {
    const late = { ...october, posts: [{ key: "dopo", when: toWhen("2021-10-09") }] };
    expect(atlasHours([late])).toBe(30);
    expect(layoutStrip(late, 30).undrawn).toEqual(["dopo"]);
  });

  it("says a bar runs on when the clock is too short for it", () => {
    const [bar] = layoutStrip(october, 24).bars;
    expect(bar.x1).toBe(1);
    expect(bar.runsOn).toBe(true);
  });

  it("folds the years between them into one band", () => {
    expect(atlasBands([june, october]).map((band) => band.label)).toEqual([
      "2018",
      "2019–2020",
      "2021",
    ]);
  });
});
