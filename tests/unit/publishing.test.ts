import { describe, expect, it } from "vitest";
import {
  isPublished,
  publicationNotice,
  publicationStatus,
  type Publishable,
} from "../../src/content-model/publishing.ts";
import type { When } from "../../src/content-model/time.ts";

const day = (value: string): When => ({ precision: "day", day: value });
const minute = (iso: string): When => ({
  precision: "minute",
  instant: new Date(iso),
  approx: false,
});

// 23:30 UTC on 28 November is already 29 November in Rome (UTC+1 in winter).
const now = new Date("2026-11-28T23:30:00Z");
const production = { production: true, now };
const development = { production: false, now };

describe("the publication rule", () => {
  it("publishes a page whose day has come in Rome, even if it has not in UTC", () => {
    expect(publicationStatus({ published: day("2026-11-29") }, now)).toBe("live");
    expect(publicationStatus({ published: day("2026-11-30") }, now)).toBe("scheduled");
  });

  it("schedules a page to the minute", () => {
    expect(publicationStatus({ published: minute("2026-11-29T00:31:00+01:00") }, now)).toBe(
      "scheduled",
    );
    expect(publicationStatus({ published: minute("2026-11-29T00:29:00+01:00") }, now)).toBe("live");
  });

  it("keeps drafts and scheduled pages out of production and shows them in development", () => {
    const cases: Array<[Publishable, boolean]> = [
      [{ published: day("2018-06-13") }, true],
      [{ published: day("2018-06-13"), draft: true }, false],
      [{ published: day("2999-01-01") }, false],
      [{}, true],
    ];
    for (const [data, shown] of cases) {
      expect(isPublished(data, production), JSON.stringify(data)).toBe(shown);
      expect(isPublished(data, development), JSON.stringify(data)).toBe(true);
    }
  });

  it("tells the author why a page is not public yet", () => {
    expect(publicationNotice({ published: day("2018-06-13"), draft: true }, now)).toMatch(/^Bozza/);
    expect(publicationNotice({ published: day("2027-03-19") }, now)).toBe(
      "Programmato per il 19 marzo 2027: fino ad allora la pagina non è pubblicata.",
    );
    expect(publicationNotice({ published: day("2018-06-13") }, now)).toBeUndefined();
  });
});
