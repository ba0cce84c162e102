import { describe, expect, it } from "vitest";
import { reconstructionOf } from "../../src/lib/reconstruction";

describe("reconstructionOf", () => {
  it("draws a player with the error a symptom quotes", () => {
    expect(
      reconstructionOf("streaming", [
        "schermo nero al posto del film",
        "il messaggio «HTTP ERROR 504» per chiunque provasse a collegarsi",
      ]),
    ).toEqual({ scene: "player", error: "HTTP ERROR 504", channels: [] });
  });

  it("invents no error when no symptom quotes one", () => {
    expect(reconstructionOf("streaming", ["schermo nero"]).error).toBeUndefined();
  });

  it("draws a feed for a social network", () => {
    expect(reconstructionOf("social", ["il feed non si caricava"]).scene).toBe("feed");
  });

  it("draws the brand's channels a symptom names, once each, in order, not its programmes", () => {
    expect(
      reconstructionOf(
        "broadcaster",
        [
          "schermo nero su Rai1, Rai2 e Rai3 per quasi dieci minuti",
          "segnale caduto più volte durante il Tg1",
          "Rai2 di nuovo",
        ],
        "Rai",
      ).channels,
    ).toEqual(["Rai1", "Rai2", "Rai3"]);
  });

  it("falls back to a black screen", () => {
    expect(reconstructionOf("other", []).scene).toBe("screen");
  });
});
