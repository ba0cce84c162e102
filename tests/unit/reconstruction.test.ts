import { describe, expect, it } from "vitest";
import {
  quotedMessages,
  reconstructionOf,
  serviceScreens,
} from "../../src/charts/reconstruction.ts";

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

  it("draws the login when getting in is the first thing that failed, the feed otherwise", () => {
    const login = ["impossibile accedere al proprio profilo", "il feed non si caricava"];
    expect(reconstructionOf("social", login).scene).toBe("login");
    expect(reconstructionOf("social", [...login].reverse()).scene).toBe("feed");
    expect(reconstructionOf("social", ["colpite le app"]).scene).toBe("feed");
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

describe("serviceScreens", () => {
  const symptoms = [
    "Facebook mostrava la scritta «Sorry, something went wrong», oppure «Impossibile raggiungere il sito»",
    "il feed di Instagram non si aggiornava",
    "i messaggi di WhatsApp restavano fermi sull’icona dell’orologio",
  ];

  it("draws for each service what its symptom says, in the services' order", () => {
    expect(serviceScreens(["Facebook", "Instagram", "WhatsApp", "Messenger"], symptoms)).toEqual([
      {
        service: "Facebook",
        show: "message",
        messages: ["Sorry, something went wrong", "Impossibile raggiungere il sito"],
      },
      { service: "Instagram", show: "feed" },
      { service: "WhatsApp", show: "pending" },
    ]);
  });

  it("draws no screen for a service no symptom describes, and no spinner under a quoted error", () => {
    const screens = serviceScreens(["Messenger", "Facebook"], symptoms);
    expect(screens.map((screen) => screen.service)).toEqual(["Facebook"]);
    expect(screens[0].show).toBe("message");
  });

  it("quotes only what is between guillemets", () => {
    expect(quotedMessages("la scritta Sorry, something went wrong")).toEqual([]);
    expect(quotedMessages("il messaggio «HTTP ERROR 504»")).toEqual(["HTTP ERROR 504"]);
  });
});
