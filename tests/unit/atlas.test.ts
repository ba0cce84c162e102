import { describe, expect, it } from "vitest";
import { ATLAS, atlasScale, layoutAtlas } from "../../src/lib/atlas";

const ms = (iso: string) => new Date(iso).getTime();
const item = (key: string, iso: string, dots = 1, lines = 2) => ({ key, at: ms(iso), dots, lines });

describe("atlasScale", () => {
  const y = atlasScale(2018);

  it("starts each year's band at midnight of 1 January in Rome", () => {
    expect(y(ms("2018-01-01T00:00:00+01:00"))).toBe(ATLAS.top);
    expect(y(ms("2021-01-01T00:00:00+01:00"))).toBe(ATLAS.top + 3 * ATLAS.yearHeight);
  });

  it("places an instant as far into its band as it is into its year", () => {
    const july = y(ms("2018-07-02T12:00:00+02:00"));
    expect(july).toBeCloseTo(ATLAS.top + ATLAS.yearHeight / 2, 0);
  });
});

describe("layoutAtlas", () => {
  // One day of three outages, a day three days later (its dots would touch), one years later.
  const june = [
    item("a", "2018-06-11T18:00:00+02:00", 3, 4),
    item("b", "2018-06-14T12:00:00+02:00"),
  ];
  const october = item("d", "2021-10-04T17:40:00+02:00", 1, 3);

  it("draws a band for every year from the first outage to the last, empty years too", () => {
    const layout = layoutAtlas([...june, october]);
    expect(layout.years.map((year) => year.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(layout.axisEnd).toBe(ATLAS.top + 4 * ATLAS.yearHeight);
  });

  it("puts later outages lower", () => {
    const { marks } = layoutAtlas([...june, october]);
    expect(marks[2].y).toBeGreaterThan(marks[0].y + 3 * ATLAS.yearHeight);
  });

  it("sets the dots of one day side by side, and a nearby day's after them", () => {
    const { marks } = layoutAtlas([...june, october]);
    const lane = (n: number) => ATLAS.spineX + n * ATLAS.laneWidth;
    expect(marks.map((m) => m.dotX)).toEqual([[lane(0), lane(1), lane(2)], [lane(3)], [lane(0)]]);
  });

  it("starts the labels right of the widest row of dots", () => {
    const layout = layoutAtlas(june);
    expect(layout.labelX).toBeGreaterThan(ATLAS.spineX + 3 * ATLAS.laneWidth + ATLAS.markRadius);
  });

  it("stacks the labels of one day without overlap, and fits them in the height", () => {
    const layout = layoutAtlas([...june, october]);
    const items = [...june, october];
    layout.marks.slice(1).forEach((mark, i) => {
      const above = layout.marks[i];
      expect(mark.labelTop).toBeGreaterThanOrEqual(
        above.labelTop + items[i].lines * ATLAS.lineHeight,
      );
    });
    const last = layout.marks.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.labelTop + 3 * ATLAS.lineHeight);
  });

  it("draws one year for outages of a single year", () => {
    expect(layoutAtlas(june).years).toEqual([{ year: 2018, y: ATLAS.top }]);
  });

  it("refuses an empty atlas", () => {
    expect(() => layoutAtlas([])).toThrow();
  });
});
