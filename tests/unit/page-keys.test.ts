import { describe, expect, it } from "vitest";
import { hashKey, siteKey, type KeyedEntry } from "../../src/lib/page-keys";

const entries: KeyedEntry[] = [
  { collection: "brands", id: "netflix", data: { name: "Netflix", color: "#E50914" } },
  { collection: "cases", id: "un-caso", data: { title: "Un caso", tags: ["streaming"] } },
  { collection: "outages", id: "giu", data: { title: "Giù", start: new Date("2018-06-11") } },
];

describe("incremental-build keys", () => {
  it("do not depend on the order the entries come in", () => {
    expect(siteKey([...entries].reverse())).toBe(siteKey(entries));
  });

  it("change with any frontmatter value, date or entry", () => {
    const key = siteKey(entries);
    const retitled = entries.map((entry) =>
      entry.id === "un-caso" ? { ...entry, data: { title: "Un caso", tags: ["tv"] } } : entry,
    );
    const redated = entries.map((entry) =>
      entry.id === "giu"
        ? { ...entry, data: { title: "Giù", start: new Date("2018-06-12") } }
        : entry,
    );
    expect(siteKey(retitled)).not.toBe(key);
    expect(siteKey(redated)).not.toBe(key);
    expect(siteKey(entries.slice(1))).not.toBe(key);
    expect(siteKey([...entries, { collection: "cases", id: "nuovo", data: {} }])).not.toBe(key);
  });

  it("keep parts apart, so moving text from one to the next changes the key", () => {
    expect(hashKey("ab", "c")).not.toBe(hashKey("a", "bc"));
    expect(hashKey("a", "b")).toBe(hashKey("a", "b"));
  });
});
