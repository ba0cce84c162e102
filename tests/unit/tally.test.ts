import { describe, expect, it } from "vitest";
import { tally } from "../../src/content-model/labels.ts";

describe("tally", () => {
  it("counts each kind in Italian, singular or plural", () => {
    expect(tally({ outages: 1, cases: 7 })).toBe("1 blackout · 7 casi di instant marketing");
    expect(tally({ cases: 1 })).toBe("1 caso di instant marketing");
  });

  it("leaves out a kind there is none of, unless there is none of any", () => {
    expect(tally({ outages: 0, cases: 1 })).toBe("1 caso di instant marketing");
    expect(tally({ outages: 2, cases: 0 })).toBe("2 blackout");
    expect(tally({ outages: 0, cases: 0 })).toBe("0 blackout");
  });
});
