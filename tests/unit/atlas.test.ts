import { describe, expect, it } from "vitest";
import {
  ATLAS,
  fitLabels,
  layoutAtlas,
  throughYear,
  yearOf,
  type AtlasItem,
  type AtlasLayout,
} from "../../src/lib/atlas";

const ms = (iso: string) => new Date(iso).getTime();
const item = (key: string, iso: string, dots = 1, lines = 2) => ({ key, at: ms(iso), dots, lines });

/** A small deterministic generator, so a failing case can be read again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** `count` days over `years` years from 2015, oldest first, with 1–3 outages each. */
function generated(count: number, years: number, seed = count * 31 + years): AtlasItem[] {
  const next = random(seed);
  const from = ms("2015-01-01T00:00:00+01:00");
  const span = ms(`${2015 + years}-01-01T00:00:00+01:00`) - from - 86_400_000;
  const ats = Array.from({ length: count }, (_, i) =>
    // The first and the last day open and close the span, so it covers `years` years.
    i === 0 ? from + 3_600_000 : i === 1 ? from + span : from + next() * span,
  ).sort((a, b) => a - b);
  return ats.map((at, i) => {
    const dots = 1 + Math.floor(next() * 3);
    return { key: `d${i}`, at, dots, lines: 1 + dots * (1 + Math.floor(next() * 2)) };
  });
}

/** Every property a reader relies on, over any input. */
function expectReadable(items: AtlasItem[], layout: AtlasLayout) {
  const bandOf = (year: number) =>
    layout.years.find((band) => band.year <= year && year <= band.lastYear)!;
  // Bands tile the axis, in order, every year from the first to the last exactly once.
  const first = yearOf(items[0].at);
  const last = yearOf(items.at(-1)!.at);
  let expectedYear = first;
  let y = ATLAS.top;
  for (const band of layout.years) {
    expect(band.year).toBe(expectedYear);
    expect(band.y).toBeCloseTo(y, 6);
    y += band.height;
    expectedYear = band.lastYear + 1;
    // A band is headed by its year, and a year can be read on its own: it has room for it.
    expect(band.height).toBeGreaterThanOrEqual(ATLAS.lineHeight * 1.5);
    expect(band.label).toBe(
      band.year === band.lastYear ? String(band.year) : `${band.year}–${band.lastYear}`,
    );
  }
  expect(expectedYear - 1).toBe(last);
  expect(layout.axisEnd).toBeCloseTo(y, 6);
  // No two empty bands in a row: a run of empty years is folded into one.
  layout.years
    .slice(1)
    .forEach((band, i) => expect(band.empty && layout.years[i].empty).toBe(false));

  items.forEach((it, i) => {
    const mark = layout.marks[i];
    const band = bandOf(yearOf(it.at));
    expect(band.empty, it.key).toBe(false);
    expect(mark.year).toBe(band.year);
    // The dot and the whole label sit in their own year's band.
    expect(mark.y).toBeGreaterThanOrEqual(band.y);
    expect(mark.y).toBeLessThanOrEqual(band.y + band.height);
    expect(mark.labelTop, it.key).toBeGreaterThanOrEqual(band.y);
    expect(mark.labelTop + it.lines * ATLAS.lineHeight, it.key).toBeLessThanOrEqual(
      band.y + band.height + 1e-6,
    );
    expect(mark.dotX).toHaveLength(it.dots);
    if (i > 0) {
      const above = layout.marks[i - 1];
      // Time runs down: later days lower, labels in the same order and never overlapping.
      expect(mark.y).toBeGreaterThanOrEqual(above.y);
      expect(mark.labelTop).toBeGreaterThanOrEqual(
        above.labelTop + items[i - 1].lines * ATLAS.lineHeight + ATLAS.labelGap - 1e-6,
      );
    }
    // Labels start right of every dot.
    for (const x of mark.dotX) expect(x + ATLAS.markRadius).toBeLessThan(layout.labelX);
  });
  expect(layout.height).toBeGreaterThanOrEqual(layout.axisEnd);
}

describe("layoutAtlas on generated days", () => {
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
    "%i days over %i years: every label on its own year, none overlapping",
    (days, years) => {
      const items =
        days === 1 ? [item("solo", "2020-03-05T10:00:00+01:00", 2, 5)] : generated(days, years);
      expectReadable(items, layoutAtlas(items));
    },
  );

  it("covers a span of ten years with bands for every year", () => {
    const items = generated(4, 10);
    const layout = layoutAtlas(items);
    expect(layout.years[0].year).toBe(2015);
    expect(layout.years.at(-1)!.lastYear).toBe(2024);
  });
});

describe("layoutAtlas on the two days of the site's story", () => {
  // One day of three outages and a day three days later (their dots would touch), one years later.
  const june = [
    item("a", "2018-06-11T18:00:00+02:00", 3, 7),
    item("b", "2018-06-14T12:00:00+02:00"),
  ];
  const october = item("d", "2021-10-04T17:40:00+02:00", 1, 3);
  const layout = layoutAtlas([...june, october]);

  it("folds the empty years between them into one short band", () => {
    expect(layout.years.map((band) => band.label)).toEqual(["2018", "2019–2020", "2021"]);
    expect(layout.years[1]).toMatchObject({ empty: true, height: ATLAS.emptyHeight });
  });

  it("grows a year to fit its labels, and keeps October's label in 2021", () => {
    const [y2018, , y2021] = layout.years;
    expect(y2018.height).toBeGreaterThan(ATLAS.yearHeight);
    expect(layout.marks[2].labelTop).toBeGreaterThanOrEqual(y2021.y);
  });

  it("sets the dots of one day side by side, and a nearby day's after them", () => {
    const lane = (n: number) => ATLAS.spineX + n * ATLAS.laneWidth;
    expect(layout.marks.map((m) => m.dotX)).toEqual([
      [lane(0), lane(1), lane(2)],
      [lane(3)],
      [lane(0)],
    ]);
  });

  it("refuses an empty atlas", () => {
    expect(() => layoutAtlas([])).toThrow();
  });
});

describe("throughYear and fitLabels", () => {
  it("measures the year from midnight of 1 January in Rome", () => {
    expect(throughYear(ms("2018-01-01T00:00:00+01:00"))).toBe(0);
    expect(throughYear(ms("2018-07-02T12:00:00+02:00"))).toBeCloseTo(0.5, 2);
  });

  it("keeps labels inside their limits, in order, pushed up from the end when they must", () => {
    const tops = fitLabels(
      [
        { y: 90, height: 20 },
        { y: 95, height: 20 },
      ],
      10,
      0,
      100,
    );
    expect(tops).toEqual([50, 80]);
  });
});
