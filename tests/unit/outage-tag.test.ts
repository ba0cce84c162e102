import { describe, expect, it } from "vitest";
import { inResponseToOutage, outageMention, outageTag } from "../../src/lib/outage-tag";

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
