import { describe, expect, it } from "vitest";
import {
  APPROX_MINUTES,
  MAX_LABELLED_TICKS,
  MIN_BAR_WIDTH,
  daySegments,
  describeWindow,
  fadeStops,
  hasTimeOfDay,
  hourTicks,
  layoutTimeline,
  timelineWindow,
  uncertainty,
  type TimelineOutage,
  type TimelinePost,
} from "../../src/lib/timeline";
import type { When } from "../../src/lib/time";

const at = (iso: string, approx = false): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx,
});
const part = (day: string, p: "morning" | "afternoon" | "evening" | "night"): When => ({
  precision: "part",
  day,
  part: p,
});
const ms = (iso: string) => new Date(iso).getTime();

const netflix: TimelineOutage = {
  key: "outages/netflix",
  label: "#NetflixDown",
  color: "#E50914",
  start: part("2018-06-11", "evening"),
  end: part("2018-06-12", "night"),
};
const instagram: TimelineOutage = {
  key: "outages/instagram",
  label: "#Instagramdown",
  color: "#C13584",
  start: at("2018-06-12T17:30:00+02:00", true),
  end: at("2018-06-12T21:00:00+02:00", true),
};
const rai: TimelineOutage = {
  key: "outages/rai",
  label: "#Raidown",
  color: "#0B4EA2",
  start: at("2018-06-12T20:25:00+02:00", true),
  end: at("2018-06-12T20:45:00+02:00", true),
};
const evening: TimelinePost = {
  key: "cases/hug",
  label: "Abbraccio",
  color: "#E50914",
  when: part("2018-06-12", "evening"),
};
const spring: TimelinePost = {
  key: "cases/spring",
  label: "Primavera",
  color: "#E50914",
  when: { precision: "period", from: "2018-03", to: "2018-06" },
};

describe("uncertainty", () => {
  it("is a single instant for a known minute", () => {
    const t = ms("2018-06-12T20:25:00+02:00");
    expect(uncertainty(at("2018-06-12T20:25:00+02:00"))).toEqual({ from: t, to: t });
  });

  it("widens an approximate minute on both sides", () => {
    const t = ms("2018-06-12T20:25:00+02:00");
    const span = uncertainty(at("2018-06-12T20:25:00+02:00", true));
    expect(span).toEqual({ from: t - APPROX_MINUTES * 60_000, to: t + APPROX_MINUTES * 60_000 });
  });

  it("covers the whole part of the day in Rome time", () => {
    expect(uncertainty(part("2018-06-11", "evening"))).toEqual({
      from: ms("2018-06-11T18:00:00+02:00"),
      to: ms("2018-06-12T00:00:00+02:00"),
    });
  });
});

describe("hasTimeOfDay", () => {
  it("accepts minutes and parts of a day, not days, months or periods", () => {
    expect(hasTimeOfDay(at("2018-06-12T20:25:00+02:00"))).toBe(true);
    expect(hasTimeOfDay(part("2018-06-12", "evening"))).toBe(true);
    expect(hasTimeOfDay({ precision: "day", day: "2018-06-12" })).toBe(false);
    expect(hasTimeOfDay({ precision: "month", month: "2018-05" })).toBe(false);
    expect(hasTimeOfDay(spring.when)).toBe(false);
  });
});

describe("timelineWindow", () => {
  it("spans the evening of 11 June to the end of 12 June in six-hour steps", () => {
    const window = timelineWindow([
      uncertainty(netflix.start),
      uncertainty(netflix.end!),
      uncertainty(instagram.end!),
      uncertainty(evening.when),
    ]);
    expect(window.from).toBe(ms("2018-06-11T18:00:00+02:00"));
    expect(window.to).toBe(ms("2018-06-13T00:00:00+02:00"));
    expect(window.stepHours).toBe(6);
  });

  it("uses finer steps for a short window", () => {
    const window = timelineWindow([uncertainty(rai.start), uncertainty(rai.end!)]);
    expect(window.stepHours).toBe(1);
    expect(window.from).toBe(ms("2018-06-12T20:00:00+02:00"));
    expect(window.to).toBe(ms("2018-06-12T21:00:00+02:00"));
  });

  it("refuses an empty chart", () => {
    expect(() => timelineWindow([])).toThrow(/at least one/);
  });
});

describe("hourTicks", () => {
  const from = ms("2018-06-11T18:00:00+02:00");
  const to = ms("2018-06-13T00:00:00+02:00");
  const ticks = hourTicks(from, to, 6);

  it("puts a tick on every hour, from the first edge to the last", () => {
    expect(ticks).toHaveLength(31);
    expect(ticks[0].x).toBe(0);
    expect(ticks.at(-1)!.x).toBe(1);
  });

  it("labels every sixth hour with Rome wall-clock time", () => {
    const labels = ticks.flatMap((tick) => tick.label ?? []);
    expect(labels).toEqual(["18:00", "00:00", "06:00", "12:00", "18:00", "00:00"]);
    expect(labels.length).toBeLessThanOrEqual(MAX_LABELLED_TICKS);
  });

  it("marks the midnights", () => {
    expect(ticks.filter((tick) => tick.midnight).map((tick) => tick.x)).toEqual([0.2, 1]);
  });
});

describe("daySegments", () => {
  it("splits the window at Rome midnight and names each day", () => {
    const days = daySegments(ms("2018-06-11T18:00:00+02:00"), ms("2018-06-13T00:00:00+02:00"));
    expect(days).toEqual([
      { x0: 0, x1: 0.2, day: "2018-06-11", label: "11 giugno", shortLabel: "11 giu" },
      { x0: 0.2, x1: 1, day: "2018-06-12", label: "12 giugno", shortLabel: "12 giu" },
    ]);
  });
});

describe("fadeStops", () => {
  it("draws sharp ends solid", () => {
    const t0 = { from: 0, to: 0 };
    const t1 = { from: 100, to: 100 };
    expect(fadeStops(t0, t1)).toBeUndefined();
  });

  it("fades in across a rough start and out across a rough end", () => {
    expect(fadeStops({ from: 0, to: 10 }, { from: 90, to: 100 })).toEqual([
      { offset: 0, opacity: 0 },
      { offset: 0.1, opacity: 1 },
      { offset: 0.9, opacity: 1 },
      { offset: 1, opacity: 0 },
    ]);
  });

  it("keeps a sharp end solid next to a rough one", () => {
    const stops = fadeStops({ from: 0, to: 0 }, { from: 80, to: 100 })!;
    expect(stops[0]).toEqual({ offset: 0, opacity: 1 });
    expect(stops.at(-1)).toEqual({ offset: 1, opacity: 0 });
  });

  it("peaks where an evening start meets a night end", () => {
    expect(fadeStops({ from: 0, to: 6 }, { from: 6, to: 12 })).toEqual([
      { offset: 0, opacity: 0 },
      { offset: 0.5, opacity: 1 },
      { offset: 1, opacity: 0 },
    ]);
  });
});

describe("layoutTimeline", () => {
  const layout = layoutTimeline([netflix, instagram, rai], [evening, spring]);

  it("draws one bar per outage, in order, each on its own row", () => {
    expect(layout.bars.map((bar) => bar.key)).toEqual([netflix.key, instagram.key, rai.key]);
    const ys = layout.bars.map((bar) => bar.y);
    expect(new Set(ys).size).toBe(3);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("places bars where their outages happened", () => {
    const [n, i] = layout.bars;
    expect(n.x).toBe(0);
    expect(n.x + n.width).toBeCloseTo(12 / 30);
    const start = (17.5 - APPROX_MINUTES / 60 + 6) / 30;
    expect(i.x).toBeCloseTo(start);
  });

  it("fades rough ends and keeps a short outage visible", () => {
    expect(layout.bars[0].fade?.map((s) => s.opacity)).toEqual([0, 1, 0]);
    expect(layout.bars[2].width).toBeGreaterThanOrEqual(MIN_BAR_WIDTH);
  });

  it("marks posts with a time of day and leaves the others off, saying which", () => {
    expect(layout.markers.map((m) => m.key)).toEqual([evening.key]);
    expect(layout.untimed.map((p) => p.key)).toEqual([spring.key]);
    const [marker] = layout.markers;
    expect(marker.x0).toBeCloseTo(24 / 30);
    expect(marker.x1).toBe(1);
    expect(marker.y).toBeGreaterThan(layout.bars[2].y);
  });

  it("keeps labels inside the chart", () => {
    const marker = layout.markers[0];
    expect(marker.labelAnchor).toBe("end");
    expect(marker.labelX).toBe(marker.x1);
    expect(layout.bars[0].labelAnchor).toBe("start");
  });

  it("is tall enough for every row and the axis", () => {
    const last = layout.markers[0];
    expect(layout.plotBottom).toBeGreaterThan(last.y + last.height);
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
  });
});

describe("describeWindow", () => {
  it("says where the chart starts and that a midnight end closes the last day", () => {
    expect(
      describeWindow(new Date("2018-06-11T18:00:00+02:00"), new Date("2018-06-13T00:00:00+02:00")),
    ).toBe("Dalle 18:00 dell’11 giugno 2018 alla fine del 12 giugno 2018, ora di Roma.");
  });

  it("gives the end's clock when it is not midnight", () => {
    expect(
      describeWindow(new Date("2018-06-12T20:00:00+02:00"), new Date("2018-06-12T21:00:00+02:00")),
    ).toBe("Dalle 20:00 del 12 giugno 2018 alle 21:00 del 12 giugno 2018, ora di Roma.");
  });
});
