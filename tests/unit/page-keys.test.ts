import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogOf, type Collections } from "../../src/catalog/catalog.ts";
import {
  articlePageKey,
  catalogDigest,
  hashKey,
  pictureDigests,
} from "../../src/catalog/page-keys.ts";

describe("incremental-build keys", () => {
  it("are the same for the same parts, in the same order", () => {
    expect(hashKey("a", "b")).toBe(hashKey("a", "b"));
    expect(hashKey("a", "b")).not.toBe(hashKey("b", "a"));
  });

  it("keep parts apart, so text moved from one part to the next changes the key", () => {
    expect(hashKey("ab", "c")).not.toBe(hashKey("a", "bc"));
    expect(hashKey("a\0", "b")).not.toBe(hashKey("a", "\0b"));
    expect(hashKey()).not.toBe(hashKey(""));
  });
});

const day = (d: string) => ({ precision: "day" as const, day: d });
const brand = (id: string, name: string) => ({ id, collection: "brands", data: { name } });
const outage = (id: string, extra: object = {}) => ({
  id,
  collection: "outages",
  data: {
    title: id,
    brand: { collection: "brands", id: "rai" },
    start: day("2018-06-12"),
    published: day("2018-06-12"),
    ...extra,
  },
});

/** Entries shaped like Astro's: id, collection, parsed data. */
function collections(edit: { outages?: object[]; brands?: object[] } = {}): Collections {
  return {
    brands: edit.brands ?? [brand("rai", "Rai"), brand("mediaset", "Mediaset")],
    outages: edit.outages ?? [outage("rai-down"), outage("rai-giu")],
    cases: [],
    dossier: [],
  } as unknown as Collections;
}

const now = new Date("2026-01-01T00:00:00Z");
const digestOf = (edit?: Parameters<typeof collections>[0], at = now) =>
  catalogDigest(catalogOf(collections(edit), { production: true, now: at }));

describe("catalogDigest", () => {
  it("changes with the frontmatter of any entry, even one no other entry links to", () => {
    const before = digestOf();
    expect(digestOf()).toBe(before);
    expect(digestOf({ brands: [brand("rai", "Rai"), brand("mediaset", "Mediaset 2")] })).not.toBe(
      before,
    );
    expect(
      digestOf({ outages: [outage("rai-down"), outage("rai-giu", { title: "Nuovo" })] }),
    ).not.toBe(before);
  });

  it("does not depend on the order entries are read in", () => {
    expect(digestOf({ outages: [outage("rai-giu"), outage("rai-down")] })).toBe(digestOf());
  });

  it("changes when a scheduled entry goes live, with no edit to any file", () => {
    const scheduled = {
      outages: [outage("rai-down"), outage("domani", { published: day("2026-01-02") })],
    };
    const before = digestOf(scheduled, now);
    const after = digestOf(scheduled, new Date("2026-01-03T00:00:00Z"));
    expect(after).not.toBe(before);
    expect(before).toBe(digestOf({ outages: [outage("rai-down")] }, now));
  });
});

describe("articlePageKey", () => {
  const article = (body: string) => ({
    id: "rai-down",
    filePath: "content/outages/rai-down.mdx",
    body,
  });

  it("changes with what every page shares and with the article's own body", () => {
    const key = articlePageKey("catalogo", article("Testo."));
    expect(articlePageKey("catalogo", article("Testo."))).toBe(key);
    expect(articlePageKey("catalogo modificato", article("Testo."))).not.toBe(key);
    expect(articlePageKey("catalogo", article("Testo corretto."))).not.toBe(key);
  });
});

describe("pictureDigests", () => {
  it("changes when a picture the body names changes, under the same name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "page-keys-"));
    await mkdir(join(dir, "immagini"));
    const file = join(dir, "caso.mdx");
    const body = 'import a from "./immagini/a.png";\n\n![Un post](./immagini/b.webp)\n\nTesto.';
    await writeFile(join(dir, "immagini/a.png"), "uno");
    await writeFile(join(dir, "immagini/b.webp"), "due");
    const before = pictureDigests(file, body);
    expect(before.map((d) => d.split("\0")[0])).toEqual(["./immagini/a.png", "./immagini/b.webp"]);
    await writeFile(join(dir, "immagini/b.webp"), "tre");
    const after = pictureDigests(file, body);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });
});
