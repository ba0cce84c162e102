import { beforeAll, describe, expect, it } from "vitest";
import { page } from "../support/dist.ts";
import { validDist } from "../support/paths.ts";

/** A translation's label and its words, apart: the page keeps no space between two blocks. */
const translated = (element: Element | null | undefined) => [
  text(element?.querySelector("p")),
  text(element?.querySelector("blockquote")),
];

/**
 * A post's role, translation and repost, a statement's translation, a sports club and a post
 * whose platform the sources do not give, as `tests/fixtures/corpus-valid/` builds them.
 */
const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

describe("a post with a role, a translation and a repost", () => {
  let card: Element | null;
  beforeAll(async () => {
    const document = await page("/instant-marketing/caso-tradotto/", validDist);
    card = document.querySelector("figure[data-post-kind]");
  });

  it("names who posted with their role, and where", () => {
    expect(text(card?.querySelector("figcaption"))).toContain(
      "Mario Prova · amministratore delegato di Netflix",
    );
    expect(text(card?.querySelector("figcaption"))).toContain("su X (ex Twitter)");
  });
  it("quotes the words in their language, then the translation credited to its outlet", () => {
    const original = card?.querySelector(":scope > blockquote");
    expect(original?.getAttribute("lang")).toBe("en");
    expect(text(original)).toBe("«We are testing the servers»");
    const translation = card?.querySelector(":scope > [data-translation]");
    expect(translated(translation)).toEqual([
      "Traduzione pubblicata da Gazzetta di Prova",
      "«Stiamo provando i server»",
    ]);
    expect(translation?.querySelector("a")?.getAttribute("href")).toBe(
      "https://example.com/gazzetta-traduzione",
    );
    expect(translation?.closest("[lang='en']")).toBeNull();
  });
  it("nests the post it shared, labelled, with its words, translation and picture", () => {
    const repost = card?.querySelector("[data-post-repost]");
    expect(text(repost?.querySelector("figcaption"))).toBe(
      "Ha condiviso il post di Lucia Esempio · @LuciaEsempio",
    );
    expect(repost?.querySelector("blockquote")?.getAttribute("lang")).toBe("en");
    expect(translated(repost?.querySelector("[data-translation]"))).toEqual([
      "Traduzione pubblicata da Corriere di Prova",
      "«È giù per tutti?»",
    ]);
    expect(text(repost)).toContain("Un meme con un gatto davanti a uno schermo nero.");
  });
});

describe("an outage's statement in another language", () => {
  it("is quoted in its language, with the translation an outlet printed", async () => {
    const document = await page("/blackout/prova-down/", validDist);
    const quote = [...document.querySelectorAll("blockquote")].find((element) =>
      text(element).includes("We are aware of the issue"),
    );
    expect(quote?.getAttribute("lang")).toBe("en");
    expect(translated(quote?.parentElement?.querySelector("[data-translation]"))).toEqual([
      "Traduzione pubblicata da Gazzetta di Prova",
      "«Siamo al corrente del problema»",
    ]);
  });
});

describe("a sports club's post whose platform the sources do not give", () => {
  it("says the platform is not known, and never «su» nothing", async () => {
    const document = await page("/instant-marketing/caso-senza-piattaforma/", validDist);
    const caption = text(document.querySelector("figure[data-post-kind] figcaption"));
    expect(caption).toContain("piattaforma non nota");
    expect(caption).not.toMatch(/\bsu piattaforma/);
    const imageAlt = document
      .querySelector('meta[property="og:image:alt"]')
      ?.getAttribute("content");
    expect(imageAlt).toMatch(/^Instant marketing: Società di Prova\. /);
    const brand = await page("/marchi/societa-prova/", validDist);
    expect(text(brand.body)).toContain("Società sportiva");
  });
});
