import { describe, expect, it } from "vitest";
import { tableOfContents } from "../../src/lib/table-of-contents";

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

describe("tableOfContents", () => {
  it("lists the second-level sections of a long article, in order", () => {
    const headings = [h(2, "Uno"), h(3, "Dettaglio"), h(2, "Due"), h(2, "Tre")];
    expect(tableOfContents(headings).map((x) => x.text)).toEqual(["Uno", "Due", "Tre"]);
  });

  it("shows nothing for a short article", () => {
    expect(tableOfContents([h(2, "Uno"), h(2, "Due"), h(3, "Tre")])).toEqual([]);
  });
});
