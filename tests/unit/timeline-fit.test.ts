import { describe, expect, it } from "vitest";
import {
  CHART_MIN_WIDTH,
  fitLabel,
  fitsHourChart,
  LABEL_CHAR_WIDTH,
} from "../../src/charts/timeline/timeline-fit.ts";
import { brandStandfirst } from "../../src/content-model/labels.ts";
import { hasLongWord } from "../../src/content-model/strings.ts";
import type { When } from "../../src/content-model/time.ts";

const minute = (iso: string): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx: false,
});

describe("which outages the hour-by-hour chart draws", () => {
  it("draws an evening, a night and a day, and a day known only as a day", () => {
    expect(
      [
        { start: minute("2018-06-11T21:10:00+02:00"), end: minute("2018-06-12T03:00:00+02:00") },
        { start: { precision: "day", day: "2018-06-12" } as When },
        { start: { precision: "part", day: "2018-06-12", part: "evening" } as When },
      ].every(fitsHourChart),
    ).toBe(true);
  });

  it("leaves out an outage known only by its month or its months, or lasting days", () => {
    expect(fitsHourChart({ start: { precision: "month", month: "2019-08" } })).toBe(false);
    expect(fitsHourChart({ start: { precision: "period", from: "2019-09", to: "2019-11" } })).toBe(
      false,
    );
    expect(
      fitsHourChart({
        start: minute("2019-03-01T21:10:00+01:00"),
        end: minute("2019-03-05T21:10:00+01:00"),
      }),
    ).toBe(false);
  });
});

describe("a chart label cut to its room", () => {
  const room = (chars: number) => (chars * LABEL_CHAR_WIDTH) / CHART_MIN_WIDTH;

  it("stays whole when it fits", () => {
    expect(fitLabel("#Raidown · Rai", 0.5)).toBe("#Raidown · Rai");
  });

  it("ends at a word with an ellipsis, within its room", () => {
    const label = "Blackout · Consorzio Radiotelevisivo Indipendente delle Valli Alpine";
    const fitted = fitLabel(label, room(30));
    expect(fitted).toBe("Blackout · Consorzio…");
    expect(fitted.length).toBeLessThanOrEqual(30);
  });

  it("cuts a word too long for any room", () => {
    const fitted = fitLabel("Iperconnessionepermanentementeinterrotta", room(20));
    expect(fitted).toBe("Iperconnessioneperm…");
  });
});

describe("a brand page's standfirst without a description", () => {
  it("names the brand, what it is and what the site tells of it", () => {
    expect(brandStandfirst("Città Stream", "streaming", { outages: 1, cases: 2 })).toBe(
      "Città Stream: servizio di streaming di cui raccontiamo 1 blackout e 2 casi di instant marketing.",
    );
    expect(brandStandfirst("Onda Più", "streaming", { outages: 0, cases: 1 })).toBe(
      "Onda Più: servizio di streaming di cui raccontiamo 1 caso di instant marketing.",
    );
    expect(brandStandfirst("Marchio", "other", { outages: 0, cases: 0 })).toBe(
      "Marchio: marchio di cui non raccontiamo ancora nessuna storia.",
    );
  });
});

describe("a word too long for a narrow column", () => {
  it("is longer than any word of ordinary prose", () => {
    expect(hasLongWord("#Iperconnessionepermanentementeinterrotta")).toBe(true);
    expect(hasLongWord("#Instagramdown · Instagram, precipitevolissimevolmente")).toBe(false);
  });
});
