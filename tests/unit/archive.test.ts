import { describe, expect, it } from "vitest";
import { groupByMonth, monthLabel, monthOf } from "../../src/lib/archive";
import type { When } from "../../src/lib/time";

const minute = (iso: string): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx: false,
});

describe("the archive", () => {
  it("names months in Italian", () => {
    expect(monthLabel("2018-06")).toBe("Giugno");
    expect(monthLabel("2019-01")).toBe("Gennaio");
    expect(monthLabel("2018-12")).toBe("Dicembre");
  });

  it("puts a moment in its Rome month, a rough one in the earliest it could be", () => {
    // 23:30 UTC on 31 May is already 1 June in Rome.
    expect(monthOf(minute("2018-05-31T23:30:00Z"))).toBe("2018-06");
    expect(monthOf({ precision: "part", day: "2018-06-11", part: "evening" })).toBe("2018-06");
    expect(monthOf({ precision: "month", month: "2018-05" })).toBe("2018-05");
    expect(monthOf({ precision: "period", from: "2017-12", to: "2018-03" })).toBe("2017-12");
  });

  it("groups by year and month, keeping the order it is given", () => {
    const items = [
      { id: "c", when: minute("2019-01-10T12:00:00+01:00") },
      { id: "b", when: { precision: "day", day: "2018-06-12" } as When },
      { id: "a", when: { precision: "part", day: "2018-06-11", part: "evening" } as When },
      { id: "z", when: { precision: "month", month: "2018-05" } as When },
    ];
    const years = groupByMonth(items, (item) => item.when);
    expect(
      years.map((y) => [y.year, y.months.map((m) => [m.label, m.items.map((i) => i.id)])]),
    ).toEqual([
      ["2019", [["Gennaio", ["c"]]]],
      [
        "2018",
        [
          ["Giugno", ["b", "a"]],
          ["Maggio", ["z"]],
        ],
      ],
    ]);
  });
});
