import { describe, expect, it } from "vitest";
import { groupByTag, tagSlug } from "../../src/catalog/tags.ts";

describe("tags", () => {
  it("turns a label into an address without accents or spaces", () => {
    expect(tagSlug("Perché è così")).toBe("perche-e-cosi");
    expect(tagSlug("giugno 2018")).toBe("giugno-2018");
  });

  it("refuses a tag that cannot have an address", () => {
    expect(() => tagSlug("!!!")).toThrow(/"!!!"/);
  });

  it("lists each tag with exactly the items that carry it, in the items' order", () => {
    const a = { id: "a", tags: ["Televisione", "giugno 2018"] };
    const b = { id: "b", tags: ["giugno 2018"] };
    const c = { id: "c", tags: [] };
    const groups = groupByTag([a, b, c]);
    expect(groups.map((g) => [g.slug, g.label, g.items.map((i) => i.id)])).toEqual([
      ["giugno-2018", "giugno 2018", ["a", "b"]],
      ["televisione", "Televisione", ["a"]],
    ]);
  });

  it("puts labels that differ only in case or accents on one page, each item once", () => {
    const a = { tags: ["Perché", "perche"] };
    const b = { tags: ["PERCHÉ"] };
    const [group, ...rest] = groupByTag([a, b]);
    expect(rest).toEqual([]);
    expect(group.slug).toBe("perche");
    expect(group.label).toBe("Perché");
    expect(group.items).toEqual([a, b]);
  });
});
