import { describe, expect, it } from "vitest";
import {
  clockTimesIn,
  heldClockTimes,
  heldQuoteTexts,
  quotationsIn,
  unheldQuotes,
  unheldTimes,
  whensIn,
} from "../../src/content-check/stated-times.ts";
import type { When } from "../../src/content-model/time.ts";

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

describe("quotationsIn", () => {
  it("finds quotations in «», “” and straight double quotes, without their marks", () => {
    expect(
      quotationsIn('Disse «siamo al lavoro», poi “tutto risolto” e infine "a domani, gente".'),
    ).toEqual(["siamo al lavoro", "tutto risolto", "a domani, gente"]);
  });

  it("ignores single quotes and apostrophes", () => {
    expect(quotationsIn("Il titolo parla di Rai ‘down’ e dell’orario d'inizio.")).toEqual([]);
  });
});

describe("heldQuoteTexts", () => {
  it("holds the words of statements and of a post, and nothing else", () => {
    const data = {
      title: "Un titolo di molte parole inventate",
      statements: [{ who: "Ufficio stampa", text: "Stiamo verificando le cause del guasto" }],
      post: { account: "Marchio", media: "Una scena di una serie", text: "Forza, siamo con te" },
    };
    expect(heldQuoteTexts(data)).toEqual([
      "Stiamo verificando le cause del guasto",
      "Forza, siamo con te",
    ]);
  });

  it("accepts a post written as plain text and frontmatter without quotes", () => {
    expect(heldQuoteTexts({ post: "Ciao a tutti quanti voi" })).toEqual([
      "Ciao a tutti quanti voi",
    ]);
    expect(heldQuoteTexts({ title: "x" })).toEqual([]);
    expect(heldQuoteTexts(undefined)).toEqual([]);
  });
});

describe("unheldQuotes", () => {
  const held = ["Stiamo verificando le cause del guasto, ci scusiamo con tutti"];

  it("accepts a quotation that a held text contains, in part, whatever the case and spacing", () => {
    expect(
      unheldQuotes("L’azienda ha scritto: «stiamo  verificando le cause del guasto».", held),
    ).toEqual([]);
    expect(unheldQuotes("Poi: “Ci scusiamo con tutti.”", held)).toEqual([]);
  });

  it("reports an invented quotation of more than three words, once", () => {
    const text =
      "Ha detto «torneremo presto online, promesso», anzi «torneremo presto online, promesso».";
    expect(unheldQuotes(text, held)).toEqual(["torneremo presto online, promesso"]);
  });

  it("reports a straight-quoted one too", () => {
    expect(unheldQuotes('Il post diceva "guardate Netflix stasera, amici".', held)).toEqual([
      "guardate Netflix stasera, amici",
    ]);
  });

  it("leaves short phrases of up to three words to the editor", () => {
    expect(unheldQuotes("Un guasto «grave e imprevedibile», e poi «Applausi!!».", [])).toEqual([]);
  });

  it("does not take a held text's fragment joined to invented words", () => {
    expect(unheldQuotes("«Stiamo verificando le cause del guasto di ieri sera»", held)).toEqual([
      "Stiamo verificando le cause del guasto di ieri sera",
    ]);
  });
});
