import { describe, expect, it } from "vitest";
import { allOfCount, countLabel, pluralArticle } from "../../src/content-model/strings.ts";

describe("pluralArticle", () => {
  it("gives «gli» before a vowel, s + consonant, z, gn, ps; «i» before other consonants", () => {
    for (const noun of ["articoli", "esempi", "studi", "zaini", "gnomi", "psicologi", "yacht"])
      expect(pluralArticle(noun), noun).toBe("gli");
    for (const noun of ["casi", "marchi", "post", "dossier", "blackout", "sassi"])
      expect(pluralArticle(noun), noun).toBe("i");
    expect(pluralArticle("fonti", "f")).toBe("le");
  });
});

describe("allOfCount", () => {
  it("puts the article after the figure, agreeing with the noun", () => {
    expect(allOfCount(16, "articolo", "articoli")).toBe("tutti e 16 gli articoli");
    expect(allOfCount(8, "articolo", "articoli")).toBe("tutti e 8 gli articoli");
    expect(allOfCount(11, "caso", "casi")).toBe("tutti e 11 i casi");
    expect(allOfCount(3, "fonte", "fonti", "f")).toBe("tutte e 3 le fonti");
  });
  it("says «entrambi» for two and «l’unico» for one", () => {
    expect(allOfCount(2, "articolo", "articoli")).toBe("entrambi gli articoli");
    expect(allOfCount(2, "fonte", "fonti", "f")).toBe("entrambe le fonti");
    expect(allOfCount(1, "articolo", "articoli")).toBe("l’unico articolo");
    expect(allOfCount(1, "fonte", "fonti", "f")).toBe("l’unica fonte");
  });
});

describe("countLabel", () => {
  it("agrees the noun with the number", () => {
    expect(countLabel(1, "articolo", "articoli")).toBe("1 articolo");
    expect(countLabel(0, "articolo", "articoli")).toBe("0 articoli");
  });
});
