import { describe, expect, it } from "vitest";
import { allOfCount, countLabel, readsWithVowel } from "../../src/lib/strings";

describe("readsWithVowel", () => {
  it("knows the figures read with a vowel: uno, otto, undici, ottanta…, ottocento…", () => {
    const vowel = [1, 8, 11, 80, 84, 89, 800, 856, 8000, 11_000, 80_000, 1_000_000, 8_000_000];
    for (const n of vowel) expect(readsWithVowel(n), String(n)).toBe(true);
  });
  it("and those read with a consonant: sedici, diciotto, cento, mille, duemila…", () => {
    const consonant = [0, 2, 7, 9, 10, 16, 18, 21, 28, 90, 100, 108, 111, 1000, 1800, 2000, 16_000];
    for (const n of consonant) expect(readsWithVowel(n), String(n)).toBe(false);
  });
});

describe("allOfCount", () => {
  it("chooses the article from the figure as it is read", () => {
    expect(allOfCount(16, "articolo", "articoli")).toBe("tutti i 16 articoli");
    expect(allOfCount(8, "articolo", "articoli")).toBe("tutti gli 8 articoli");
    expect(allOfCount(11, "caso", "casi")).toBe("tutti gli 11 casi");
    expect(allOfCount(22, "articolo", "articoli")).toBe("tutti i 22 articoli");
  });
  it("agrees with a feminine noun and with a single item", () => {
    expect(allOfCount(3, "fonte", "fonti", "f")).toBe("tutte le 3 fonti");
    expect(allOfCount(1, "articolo", "articoli")).toBe("l’unico articolo");
    expect(allOfCount(1, "fonte", "fonti", "f")).toBe("l’unica fonte");
  });
  it("never writes «gli» before a figure read with a consonant, over a wide range", () => {
    for (let n = 2; n < 2000; n++) {
      const label = allOfCount(n, "articolo", "articoli");
      expect(label.startsWith("tutti gli ")).toBe(readsWithVowel(n));
    }
  });
});

describe("countLabel", () => {
  it("agrees the noun with the number", () => {
    expect(countLabel(1, "articolo", "articoli")).toBe("1 articolo");
    expect(countLabel(0, "articolo", "articoli")).toBe("0 articoli");
  });
});
