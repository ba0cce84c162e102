import { describe, expect, it } from "vitest";
import {
  MIN_SPAN,
  layoutTimeline,
  type TimelineOutage,
  type TimelinePost,
} from "../../src/charts/timeline/timeline.ts";
import {
  BREAK_WIDTH,
  MAX_LABELLED_TICKS,
  MIN_LABEL_GAP,
  axisGaps,
  axisSegments,
  dayLabels,
  describeWindow,
  hourTicks,
  scaleOf,
} from "../../src/charts/timeline/timeline-axis.ts";
import { APPROX_MINUTES, AS_DRAWN, fadeStops, postSpan } from "../../src/charts/chart-spans.ts";
import { hasTimeOfDay, whenSpan, type When } from "../../src/content-model/time.ts";

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

describe("whenSpan as the charts draw it", () => {
  it("is a single instant for a known minute", () => {
    const t = ms("2018-06-12T20:25:00+02:00");
    expect(whenSpan(at("2018-06-12T20:25:00+02:00"), AS_DRAWN)).toEqual({ from: t, to: t });
  });

  it("widens an approximate minute on both sides", () => {
    const t = ms("2018-06-12T20:25:00+02:00");
    const span = whenSpan(at("2018-06-12T20:25:00+02:00", true), AS_DRAWN);
    expect(span).toEqual({ from: t - APPROX_MINUTES * 60_000, to: t + APPROX_MINUTES * 60_000 });
  });

  it("covers the whole part of the day in Rome time", () => {
    expect(whenSpan(part("2018-06-11", "evening"), AS_DRAWN)).toEqual({
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

// 11 June 18:00 to 12 June 06:00, then 17:00 to midnight: the morning and afternoon of
// 12 June, when nothing happened, collapse into a break.
const daySpans = [
  { from: ms("2018-06-11T18:00:00+02:00"), to: ms("2018-06-12T06:00:00+02:00") },
  { from: ms("2018-06-12T17:25:00+02:00"), to: ms("2018-06-12T21:05:00+02:00") },
  { from: ms("2018-06-12T18:00:00+02:00"), to: ms("2018-06-13T00:00:00+02:00") },
];

describe("axisSegments", () => {
  const segments = axisSegments(daySpans);

  it("crops the axis to where events happen, breaking it over long empty stretches", () => {
    expect(segments.map((s) => [s.from, s.to])).toEqual([
      [ms("2018-06-11T18:00:00+02:00"), ms("2018-06-12T06:00:00+02:00")],
      [ms("2018-06-12T17:00:00+02:00"), ms("2018-06-13T00:00:00+02:00")],
    ]);
  });

  it("shares the plot in proportion to time, leaving room for the break", () => {
    const [a, b] = segments;
    expect(a.x0).toBe(0);
    expect(b.x1).toBe(1);
    expect(b.x0 - a.x1).toBeCloseTo(BREAK_WIDTH);
    expect((a.x1 - a.x0) / (b.x1 - b.x0)).toBeCloseTo(12 / 7);
  });

  it("keeps short gaps on the axis", () => {
    const close = axisSegments([
      { from: ms("2018-06-12T17:00:00+02:00"), to: ms("2018-06-12T18:00:00+02:00") },
      { from: ms("2018-06-12T20:00:00+02:00"), to: ms("2018-06-12T21:00:00+02:00") },
    ]);
    expect(close).toHaveLength(1);
  });

  it("refuses an empty chart", () => {
    expect(() => axisSegments([])).toThrow();
  });

  it("says which hours it leaves out", () => {
    expect(axisGaps(segments)).toEqual([
      { from: ms("2018-06-12T06:00:00+02:00"), to: ms("2018-06-12T17:00:00+02:00") },
    ]);
  });
});

describe("scaleOf", () => {
  const segments = axisSegments(daySpans);
  const scale = scaleOf(segments);

  it("maps an instant inside a segment to scale", () => {
    expect(scale(ms("2018-06-12T00:00:00+02:00"))).toBeCloseTo(segments[0].x1 / 2);
    expect(scale(ms("2018-06-13T00:00:00+02:00"))).toBe(1);
  });

  it("puts an instant inside a break in its middle", () => {
    const middle = (segments[0].x1 + segments[1].x0) / 2;
    expect(scale(ms("2018-06-12T12:00:00+02:00"))).toBeCloseTo(middle);
  });
});

describe("hourTicks and dayLabels", () => {
  const segments = axisSegments(daySpans);
  const ticks = hourTicks(segments);

  it("labels few enough ticks, never two too close", () => {
    const labelled = ticks.filter((t) => t.label);
    expect(labelled.length).toBeLessThanOrEqual(MAX_LABELLED_TICKS);
    for (let i = 1; i < labelled.length; i++) {
      expect(labelled[i].x - labelled[i - 1].x).toBeGreaterThanOrEqual(MIN_LABEL_GAP);
    }
    expect(labelled[0].label).toBe("18:00");
  });

  it("marks the midnights", () => {
    expect(ticks.filter((t) => t.midnight)).toHaveLength(2);
  });

  it("names each day where it first appears", () => {
    expect(dayLabels(segments).map((d) => [d.day, d.label])).toEqual([
      ["2018-06-11", "11 giugno"],
      ["2018-06-12", "12 giugno"],
    ]);
  });
});

describe("postSpan", () => {
  it("cuts a rough post where what it answers had not yet happened", () => {
    const raiDown = ms("2018-06-12T20:25:00+02:00");
    expect(postSpan({ ...evening, notBefore: raiDown })).toEqual({
      from: raiDown,
      to: ms("2018-06-13T00:00:00+02:00"),
    });
  });

  it("keeps its own span when what it answers came earlier", () => {
    const early = postSpan({ ...evening, notBefore: ms("2018-06-12T10:00:00+02:00") });
    expect(early.from).toBe(ms("2018-06-12T18:00:00+02:00"));
  });
});

describe("layoutTimeline", () => {
  const answer: TimelinePost = {
    ...evening,
    key: "cases/answer",
    notBefore: ms("2018-06-12T20:25:00+02:00"),
  };
  const minute: TimelinePost = {
    ...evening,
    key: "cases/minute",
    when: at("2018-06-12T19:00:00+02:00"),
  };
  const layout = layoutTimeline([netflix, instagram, rai], [evening, answer, minute, spring]);

  it("draws one span per outage, in order", () => {
    expect(layout.bars.map((bar) => bar.key)).toEqual([netflix.key, instagram.key, rai.key]);
    const [n] = layout.bars;
    expect(n.x0).toBe(0);
    expect(layout.bars[2].x1 - layout.bars[2].x0).toBeGreaterThanOrEqual(MIN_SPAN);
  });

  it("fades rough ends", () => {
    expect(layout.bars[0].fade?.map((s) => s.opacity)).toEqual([0, 1, 0]);
  });

  it("draws a post known by part of the day as a marker with a bracket, never a bar", () => {
    const [part] = layout.markers;
    expect(part.bracket).toBeDefined();
    expect(part.x).toBe(part.bracket!.x0);
    expect(part.bracket!.x1).toBe(1);
    expect(layout.markers.find((m) => m.key === "cases/minute")?.bracket).toBeUndefined();
  });

  it("places an answer after what it answers", () => {
    const answered = layout.bars[2];
    const marker = layout.markers.find((m) => m.key === "cases/answer")!;
    expect(marker.x).toBeGreaterThanOrEqual(answered.x0);
    expect(marker.x).toBeGreaterThan(layout.markers[0].x);
  });

  it("leaves posts without a time of day off the chart, saying which", () => {
    expect(layout.untimed.map((p) => p.key)).toEqual([spring.key]);
  });

  it("draws a post known only by a day the chart spans as an interval, from what it answers", () => {
    const day = (d: string): TimelinePost => ({
      ...evening,
      key: `cases/${d}`,
      when: { precision: "day", day: d },
      notBefore: ms("2018-06-12T17:30:00+02:00"),
    });
    const inside = day("2018-06-12");
    const beyond = { ...day("2018-06-14"), notBefore: undefined };
    const drawn = layoutTimeline([netflix, instagram, rai], [evening, inside, beyond]);
    const marker = drawn.markers.find((m) => m.key === inside.key);
    expect(marker?.bracket).toBeDefined();
    expect(marker!.bracket!.x1).toBe(1);
    expect(drawn.to.getTime()).toBe(layout.to.getTime());
    // A day beyond what the chart spans would stretch it: left off, and said.
    expect(drawn.untimed.map((p) => p.key)).toEqual([beyond.key]);
  });

  it("takes its axis from the entries it is given, whatever the day and year", () => {
    const october: TimelineOutage = {
      key: "outages/x",
      label: "#ServizioXdown",
      color: "#2F7D32",
      start: at("2021-10-04T17:40:00+02:00"),
      end: at("2021-10-04T23:50:00+02:00"),
    };
    const reply: TimelinePost = { ...evening, key: "cases/x", when: part("2021-10-04", "evening") };
    const day = layoutTimeline([october], [reply]);
    expect(day.from).toEqual(new Date("2021-10-04T17:00:00+02:00"));
    expect(day.to).toEqual(new Date("2021-10-05T00:00:00+02:00"));
    expect(day.days.map((d) => d.label)).toEqual(["4 ottobre"]);
    expect(day.ticks.find((t) => t.label)?.label).toBe("17:00");
  });

  it("widens an approximate minute by its margin", () => {
    const span = whenSpan(rai.start, AS_DRAWN);
    expect(span.to - span.from).toBe(2 * APPROX_MINUTES * 60_000);
  });
});

describe("describeWindow", () => {
  it("says where the chart starts and that a midnight end closes the last day", () => {
    expect(
      describeWindow(new Date("2018-06-11T18:00:00+02:00"), new Date("2018-06-13T00:00:00+02:00")),
    ).toBe("Dalle 18:00 dell’11 giugno 2018 alla fine del 12 giugno 2018, ora di Roma.");
  });

  it("describes a day of any year, eliding before uno, otto and undici", () => {
    expect(
      describeWindow(new Date("2021-10-01T17:00:00+02:00"), new Date("2021-10-05T00:00:00+02:00")),
    ).toBe("Dalle 17:00 dell’1 ottobre 2021 alla fine del 4 ottobre 2021, ora di Roma.");
    expect(
      describeWindow(new Date("2021-10-08T17:00:00+02:00"), new Date("2021-10-08T23:00:00+02:00")),
    ).toBe("Dalle 17:00 dell’8 ottobre 2021 alle 23:00 dell’8 ottobre 2021, ora di Roma.");
  });

  it("gives the end's clock when it is not midnight", () => {
    expect(
      describeWindow(new Date("2018-06-12T20:00:00+02:00"), new Date("2018-06-12T21:00:00+02:00")),
    ).toBe("Dalle 20:00 del 12 giugno 2018 alle 21:00 del 12 giugno 2018, ora di Roma.");
  });

  it("says which hours the axis leaves out", () => {
    const text = describeWindow(
      new Date("2018-06-11T18:00:00+02:00"),
      new Date("2018-06-13T00:00:00+02:00"),
      [{ from: ms("2018-06-12T06:00:00+02:00"), to: ms("2018-06-12T17:00:00+02:00") }],
    );
    expect(text).toContain("dalle 06:00 alle 17:00 del 12 giugno 2018");
  });
});
