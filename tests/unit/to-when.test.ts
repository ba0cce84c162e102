import { describe, expect, it } from "vitest";
import { toWhen } from "../../src/content-model/when-schema.ts";
import type { When } from "../../src/content-model/time.ts";

describe("toWhen", () => {
  it("passes a moment already parsed from frontmatter through", () => {
    const when: When = { precision: "day", day: "2018-06-12" };
    expect(toWhen(when)).toBe(when);
  });

  it("reads the forms an author writes in MDX", () => {
    expect(toWhen("2018-06-12T20:25:00+02:00")).toEqual({
      precision: "minute",
      instant: new Date("2018-06-12T18:25:00Z"),
      approx: false,
    });
    expect(toWhen({ day: "2018-06-11", part: "evening" })).toEqual({
      precision: "part",
      day: "2018-06-11",
      part: "evening",
    });
    expect(toWhen({ at: "2018-06-12T17:30:00+02:00", approx: true })).toMatchObject({
      approx: true,
    });
    expect(toWhen("2018-05")).toEqual({ precision: "month", month: "2018-05" });
  });

  it("stops on a minute without its offset, saying where and what was expected", () => {
    expect(() => toWhen("2018-06-12T20:25", "Timeline, evento 1")).toThrow(
      /^Timeline, evento 1: trovato "2018-06-12T20:25"; atteso l’ora con il suo fuso orario/,
    );
  });
});
