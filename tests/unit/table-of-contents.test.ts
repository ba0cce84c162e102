import { describe, expect, it } from "vitest";
import { tableOfContents } from "../../src/catalog/table-of-contents.ts";

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });
const words = (count: number) => Array.from({ length: count }, () => "parola").join(" ");

describe("tableOfContents", () => {
  it("lists the second-level sections of a long article, in order", () => {
    const headings = [h(2, "Uno"), h(3, "Dettaglio"), h(2, "Due"), h(2, "Tre")];
    expect(tableOfContents(headings, words(800)).map((x) => x.text)).toEqual(["Uno", "Due", "Tre"]);
  });

  it("shows nothing for an article with few sections", () => {
    expect(tableOfContents([h(2, "Uno"), h(2, "Due"), h(3, "Tre")], words(800))).toEqual([]);
  });

  it("shows nothing for a short article, however many sections it has", () => {
    expect(tableOfContents([h(2, "Uno"), h(2, "Due"), h(2, "Tre")], words(200))).toEqual([]);
  });
});
