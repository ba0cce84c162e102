import { describe, expect, it } from "vitest";
import {
  inResponseToOutage,
  outageMention,
  outageTag,
  postOnOutage,
} from "../../src/lib/outage-tag";
import { toWhen } from "../../src/lib/schema";

describe("outage names", () => {
  it("use the hashtag a source reports", () => {
    const outage = { hashtag: "#Raidown" };
    expect(outageTag(outage)).toBe("#Raidown");
    expect(outageMention(outage, "Rai")).toBe("#Raidown");
    expect(inResponseToOutage(outage, "Rai")).toBe("In risposta a #Raidown");
  });

  it("fall back to plain words, never a made-up hashtag, with the right article", () => {
    const outage = {};
    expect(outageTag(outage)).toBe("Blackout");
    expect(outageMention(outage, "Facebook")).toBe("il blackout di Facebook");
    expect(inResponseToOutage(outage, "Facebook")).toBe("In risposta al blackout di Facebook");
  });
});

describe("a post's line about its outage", () => {
  const at = (iso: string, approx = false) =>
    toWhen(approx ? { at: new Date(iso), approx } : new Date(iso));
  const outage = { start: at("2018-06-12T18:25:00Z"), end: at("2018-06-12T18:45:00Z") };
  const rai = { hashtag: "#Raidown" };

  it("says «during» only when both times prove it", () => {
    const post = at("2018-06-12T18:30:00Z");
    expect(postOnOutage(rai, "Rai", { post, ...outage })).toBe("Durante #Raidown");
  });
  it("says «after» when the post comes after the outage's end", () => {
    const post = at("2018-06-12T19:30:00Z");
    expect(postOnOutage(rai, "Rai", { post, ...outage })).toBe("Dopo #Raidown");
  });
  it("only «about» when a part of the day, an approximate end or no end cannot tell", () => {
    const evening = toWhen({ day: "2018-06-12", part: "evening" });
    expect(postOnOutage(rai, "Rai", { post: evening, ...outage })).toBe("Su #Raidown");
    const approxEnd = { start: outage.start, end: at("2018-06-12T18:45:00Z", true) };
    const later = at("2018-06-12T19:30:00Z");
    expect(postOnOutage(rai, "Rai", { post: later, ...approxEnd })).toBe("Su #Raidown");
    expect(postOnOutage({}, "Facebook", { post: later, start: outage.start })).toBe(
      "Sul blackout di Facebook",
    );
  });
});
