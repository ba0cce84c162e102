import { describe, expect, it } from "vitest";
import { clockTimesIn, heldClockTimes, unheldTimes, whensIn } from "../../src/lib/stated-times";
import type { When } from "../../src/lib/time";

const at = (iso: string, approx = false): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx,
});

describe("clockTimesIn", () => {
  it("finds times written with a colon or a dot", () => {
    expect(clockTimesIn("verso le 20:25, poi dalle 17.30 alle 21:00")).toEqual([
      "20:25",
      "17:30",
      "21:00",
    ]);
  });

  it("pads a single-digit hour", () => {
    expect(clockTimesIn("alle 9:05 del mattino")).toEqual(["09:05"]);
  });

  it("ignores numbers that are not times", () => {
    expect(clockTimesIn("HTTP ERROR 504, 1.000 utenti, versione 2.0.1, 25:61, 12.345")).toEqual([]);
  });
});

describe("whensIn", () => {
  it("collects moments at any depth of the frontmatter", () => {
    const start = at("2018-06-12T20:25:00+02:00", true);
    const said = at("2018-06-12T21:10:00+02:00");
    const data = { start, statements: [{ who: "Rai", when: said }], title: "x", n: 3 };
    expect(whensIn(data)).toEqual([start, said]);
  });
});

describe("heldClockTimes", () => {
  it("holds the Rome clock time of moments known to the minute, and nothing rougher", () => {
    const held = heldClockTimes([
      at("2018-06-12T18:25:00Z", true),
      { precision: "part", day: "2018-06-11", part: "evening" },
      { precision: "day", day: "2018-06-12" },
    ]);
    expect([...held]).toEqual(["20:25"]);
  });
});

describe("unheldTimes", () => {
  const held = new Set(["20:25", "20:45"]);

  it("accepts a text whose times the frontmatter holds", () => {
    expect(unheldTimes("Il nero è arrivato verso le 20.25 ed è finito alle 20:45.", held)).toEqual(
      [],
    );
  });

  it("reports an invented minute once", () => {
    expect(unheldTimes("Alle 20:30, poi ancora alle 20:30, tornava il segnale.", held)).toEqual([
      "20:30",
    ]);
  });
});
