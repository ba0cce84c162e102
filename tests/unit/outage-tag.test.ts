import { describe, expect, it } from "vitest";
import {
  inResponseToOutage,
  outageMention,
  outageTag,
  postOnOutage,
} from "../../src/content-model/outage-tag.ts";
import { toWhen } from "../../src/content-model/when-schema.ts";

describe("outage names", () => {
  it("use the hashtag a source reports", () => {
    const outage = { hashtag: "#Raidown", start: toWhen("2018-06-12") };
    expect(outageTag(outage)).toBe("#Raidown");
    expect(outageMention(outage)).toBe("#Raidown");
    expect(inResponseToOutage(outage)).toBe("In risposta a #Raidown");
  });

  it("fall back to the day it began, never a made-up hashtag nor one service's name", () => {
    const outage = { start: toWhen({ at: new Date("2021-10-04T15:30:00Z"), approx: true }) };
    expect(outageTag({})).toBe("Blackout");
    expect(outageMention(outage)).toBe("il blackout del 4 ottobre 2021");
    expect(inResponseToOutage(outage)).toBe("In risposta al blackout del 4 ottobre 2021");
    // The preposition elides before a day read with a vowel.
    expect(outageMention({ start: toWhen("2021-10-08") })).toBe("il blackout dell’8 ottobre 2021");
  });
});

describe("a post's line about its outage", () => {
  const at = (iso: string, approx = false) =>
    toWhen(approx ? { at: new Date(iso), approx } : new Date(iso));
  const outage = { start: at("2018-06-12T18:25:00Z"), end: at("2018-06-12T18:45:00Z") };
  const rai = { hashtag: "#Raidown", ...outage };

  it("says «during» only when both times prove it", () => {
    const post = at("2018-06-12T18:30:00Z");
    expect(postOnOutage(rai, post)).toBe("Durante #Raidown");
  });
  it("says «after» when the post comes after the outage's end", () => {
    const post = at("2018-06-12T19:30:00Z");
    expect(postOnOutage(rai, post)).toBe("Dopo #Raidown");
  });
  it("only «about» when a part of the day, an approximate end or no end cannot tell", () => {
    const evening = toWhen({ day: "2018-06-12", part: "evening" });
    expect(postOnOutage(rai, evening)).toBe("Su #Raidown");
    const approxEnd = { start: outage.start, end: at("2018-06-12T18:45:00Z", true) };
    const later = at("2018-06-12T19:30:00Z");
    expect(postOnOutage({ ...rai, ...approxEnd }, later)).toBe("Su #Raidown");
    expect(postOnOutage({ start: outage.start }, later)).toBe("Sul blackout del 12 giugno 2018");
  });
});
