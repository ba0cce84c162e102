import { describe, expect, it } from "vitest";
import {
  formatDayOrMonth,
  formatWhen,
  hasTimeOfDay,
  isoOf,
  romeWallTime,
  whenSpan,
  type When,
} from "../../src/content-model/time.ts";
import { formatDuration } from "../../src/content-model/duration.ts";

const minute = (iso: string, approx = false): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx,
});

describe("formatWhen", () => {
  it("writes a minute in Italian, in Rome time", () => {
    expect(formatWhen(minute("2018-06-12T20:25:00+02:00"))).toBe("12 giugno 2018, 20:25");
    expect(formatWhen(minute("2018-06-12T18:25:00Z"))).toBe("12 giugno 2018, 20:25");
  });

  it("says 'verso le' for an approximate minute", () => {
    expect(formatWhen(minute("2018-06-12T17:30:00+02:00", true))).toBe(
      "12 giugno 2018, verso le 17:30",
    );
  });

  it("never invents a minute for a rough time", () => {
    expect(formatWhen({ precision: "part", day: "2018-06-11", part: "evening" })).toBe(
      "11 giugno 2018, in serata",
    );
    expect(formatWhen({ precision: "part", day: "2018-06-12", part: "night" })).toBe(
      "12 giugno 2018, nella notte",
    );
    expect(formatWhen({ precision: "day", day: "2018-06-12" })).toBe("12 giugno 2018");
  });

  it("uses the Rome day, not the UTC day, near midnight", () => {
    expect(formatWhen(minute("2018-06-11T22:30:00Z"))).toBe("12 giugno 2018, 00:30");
  });

  it("writes a machine-readable value no more precise than the moment", () => {
    expect(isoOf({ precision: "part", day: "2018-06-11", part: "evening" })).toBe("2018-06-11");
    expect(isoOf(minute("2018-06-12T20:25:00+02:00"))).toBe("2018-06-12T18:25:00.000Z");
  });
});

describe("a span between two minutes", () => {
  const span = (from: string, to: string, approx = true): When => ({
    precision: "span",
    from: new Date(from),
    to: new Date(to),
    approx,
  });
  const evening = span("2018-06-12T17:30:00+02:00", "2018-06-12T21:00:00+02:00");

  it("is written as the two hours, with «circa» when they are rough, and no minute between", () => {
    expect(formatWhen(evening)).toBe("12 giugno 2018, tra le 17:30 e le 21:00 circa");
    expect(formatWhen(span("2018-06-12T17:30:00+02:00", "2018-06-12T21:00:00+02:00", false))).toBe(
      "12 giugno 2018, tra le 17:30 e le 21:00",
    );
    expect(formatWhen(span("2018-06-12T23:00:00+02:00", "2018-06-13T01:00:00+02:00"))).toBe(
      "tra il 12 giugno 2018, 23:00, e il 13 giugno 2018, 01:00 circa",
    );
  });

  it("covers exactly its two ends, sorts by the first, and is dated by its day", () => {
    expect(whenSpan(evening)).toEqual({
      from: Date.parse("2018-06-12T17:30:00+02:00"),
      to: Date.parse("2018-06-12T21:00:00+02:00"),
    });
    expect(isoOf(evening)).toBe("2018-06-12");
    expect(hasTimeOfDay(evening)).toBe(true);
    expect(hasTimeOfDay({ precision: "day", day: "2018-06-12" })).toBe(false);
  });
});

describe("time ranges", () => {
  it("converts Rome wall time across daylight saving", () => {
    expect(romeWallTime("2018-06-12", 20, 25).toISOString()).toBe("2018-06-12T18:25:00.000Z");
    expect(romeWallTime("2018-01-12", 20, 25).toISOString()).toBe("2018-01-12T19:25:00.000Z");
  });

  it("spans a part of the day", () => {
    const range = whenSpan({ precision: "part", day: "2018-06-11", part: "evening" });
    expect(new Date(range.from).toISOString()).toBe("2018-06-11T16:00:00.000Z");
    expect(new Date(range.to).toISOString()).toBe("2018-06-11T22:00:00.000Z");
  });
});

describe("formatDuration", () => {
  it("computes a duration only from two known minutes", () => {
    expect(
      formatDuration(minute("2018-06-12T20:25:00+02:00"), minute("2018-06-12T20:45:00+02:00")),
    ).toBe("20 minuti");
    expect(
      formatDuration(
        minute("2018-06-12T17:30:00+02:00", true),
        minute("2018-06-12T21:00:00+02:00", true),
      ),
    ).toBe("circa 3 ore e 30 minuti");
    expect(
      formatDuration(
        { precision: "part", day: "2018-06-11", part: "evening" },
        { precision: "part", day: "2018-06-12", part: "night" },
      ),
    ).toBeUndefined();
  });
});

describe("months and periods", () => {
  it("writes a month or a span of months, never a made-up day", () => {
    expect(formatWhen({ precision: "month", month: "2018-05" })).toBe("maggio 2018");
    expect(formatWhen({ precision: "period", from: "2018-03", to: "2018-06" })).toBe(
      "tra marzo e giugno 2018",
    );
    expect(formatWhen({ precision: "period", from: "2017-12", to: "2018-03" })).toBe(
      "tra dicembre 2017 e marzo 2018",
    );
    expect(isoOf({ precision: "month", month: "2018-05" })).toBe("2018-05");
  });

  it("spans a whole month in Rome time", () => {
    const range = whenSpan({ precision: "month", month: "2018-05" });
    expect(new Date(range.from).toISOString()).toBe("2018-04-30T22:00:00.000Z");
    expect(new Date(range.to).toISOString()).toBe("2018-05-31T22:00:00.000Z");
  });
});

describe("formatDayOrMonth", () => {
  it("writes a source's date as precisely as it is written: a day, or only a month", () => {
    expect(formatDayOrMonth("2021-10-05")).toBe("5 ottobre 2021");
    expect(formatDayOrMonth("2021-10")).toBe("ottobre 2021");
  });
});
