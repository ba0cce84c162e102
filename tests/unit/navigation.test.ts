import { describe, expect, it } from "vitest";
import { neighbourIndex } from "../../src/catalog/neighbours.ts";
import { readingTime } from "../../src/catalog/reading-time.ts";
import { resultSummary, searchFilters } from "../../src/search/search-text.ts";
import { shareLinks } from "../../src/seo/share-links.ts";

describe("previous and next", () => {
  // In time order, oldest first.
  const index = neighbourIndex(["a", "b", "c"], (x) => x);
  it("points back to the older story and forward to the newer one", () => {
    expect(index.get("b")).toEqual({ previous: "a", next: "c" });
  });
  it("has nothing beyond the ends of the list", () => {
    expect(index.get("c")).toEqual({ previous: "b", next: undefined });
    expect(index.get("a")).toEqual({ previous: undefined, next: "b" });
    expect(neighbourIndex(["a"], (x) => x).get("a")).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
  it("knows nothing of a story outside the list", () => {
    expect(index.get("z")).toBeUndefined();
  });
});

describe("reading time", () => {
  it("speaks Italian, singular and plural", () => {
    expect(readingTime("parola ".repeat(50))).toBe("1 minuto di lettura");
    expect(readingTime("parola ".repeat(600))).toBe("3 minuti di lettura");
  });
});

describe("share links", () => {
  const links = shareLinks({
    url: "https://example.org/blackout/rai/",
    title: "#Raidown: dieci minuti di nero & altro",
  });
  const byId = Object.fromEntries(links.map((link) => [link.id, new URL(link.href)]));

  it("offers X, Facebook, LinkedIn, WhatsApp and e-mail", () => {
    expect(links.map((link) => link.id)).toEqual([
      "x",
      "facebook",
      "linkedin",
      "whatsapp",
      "email",
    ]);
  });

  it("carries the page's address and title, safely encoded", () => {
    expect(byId.x.searchParams.get("url")).toBe("https://example.org/blackout/rai/");
    expect(byId.x.searchParams.get("text")).toBe("#Raidown: dieci minuti di nero & altro");
    expect(byId.facebook.searchParams.get("u")).toBe("https://example.org/blackout/rai/");
    expect(byId.linkedin.searchParams.get("url")).toBe("https://example.org/blackout/rai/");
    expect(byId.whatsapp.searchParams.get("text")).toContain("https://example.org/blackout/rai/");
  });

  it("writes an e-mail link with spaces as %20, which mail programs expect", () => {
    const mail = links.find((link) => link.id === "email")!.href;
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(mail).not.toContain("+");
    expect(decodeURIComponent(mail.split("body=")[1])).toContain(
      "https://example.org/blackout/rai/",
    );
  });
});

describe("search page words", () => {
  it("counts results in Italian", () => {
    expect(resultSummary(0, "batteria")).toBe("Nessun risultato per «batteria»");
    expect(resultSummary(1, "batteria")).toBe("1 risultato per «batteria»");
    expect(resultSummary(4, "")).toBe("4 risultati");
  });

  it("filters by any ticked value within a group and leaves empty groups out", () => {
    expect(searchFilters({ tipo: ["Blackout", "Dossier"], protagonisti: [] })).toEqual({
      tipo: { any: ["Blackout", "Dossier"] },
    });
  });
});
