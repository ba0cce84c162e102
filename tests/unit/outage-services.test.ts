/**
 * One company's outage can switch off several of its services (4 October 2021: Facebook,
 * Instagram, WhatsApp and Messenger). The outage names them in `services`; each service's
 * brand page lists the outage.
 */
import { describe, expect, it } from "vitest";
import { brandStories, storyBrandIds, storyBrands } from "../../src/catalog/articles.ts";
import { listItalian } from "../../src/content-model/strings.ts";
import type { Catalog } from "../../src/catalog/catalog.ts";
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";

const brand = (slug: string, kind = "social") => ({
  path: `brands/${slug}.yaml`,
  text: `name: ${slug}\nkind: ${kind}\ncolor: "#1877F2"\nwebsite: https://example.com/\n`,
});

const outage = (extra: string) => ({
  path: "outages/meta-down.mdx",
  text: [
    "---",
    'title: "#WhatsAppDown"',
    "description: Tutto spento.",
    "published: 2021-10-05",
    "brand: facebook",
    'hashtag: "#WhatsAppDown"',
    "start: { at: 2021-10-04T17:30:00+02:00, approx: true }",
    "scope: global",
    extra,
    "sources:\n  - title: Una fonte\n    url: https://example.com/a",
    "---",
    "",
    "Testo.",
  ].join("\n"),
});

const problemsOf = (files: ContentFile[]) =>
  checkContent(files).problems.map((problem) => formatProblem(problem));

describe("an outage's services", () => {
  it("reads the services as brand references; without the field, the outage hit only its brand", () => {
    const brands = ["facebook", "instagram", "whatsapp"].map((slug) => brand(slug));
    const withServices = checkContent([
      ...brands,
      outage("services: [facebook, instagram, whatsapp]"),
    ]);
    expect(withServices.problems).toEqual([]);
    const entry = withServices.entries.find((e) => e.collection === "outages")!;
    expect(entry.data.services).toEqual([
      { collection: "brands", id: "facebook" },
      { collection: "brands", id: "instagram" },
      { collection: "brands", id: "whatsapp" },
    ]);

    const without = checkContent([...brands, outage("")]);
    expect(without.entries.find((e) => e.collection === "outages")!.data.services).toBeUndefined();
  });

  it("names the file, the item and the closest slug for a service that does not exist", () => {
    const problems = problemsOf([
      brand("facebook"),
      brand("whatsapp"),
      outage("services: [facebook, watsapp]"),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^outages\/meta-down\.mdx: services\.1: trovato "watsapp"; atteso lo slug di una voce che esiste in brands\/ \(forse: whatsapp\)/,
      ),
    ]);
  });

  it("asks for a list, in Italian, when services is a single word", () => {
    const problems = problemsOf([brand("facebook"), outage("services: instagram")]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^outages\/meta-down\.mdx: services: .*atteso un elenco di slug di marchi/,
      ),
    ]);
  });

  it("lists the outage on the page of every service it switched off, and of its owner", () => {
    const ref = (id: string) => ({ collection: "brands", id });
    const entry = (id: string, data: object) => [id, { id, collection: "outages", data }] as const;
    const catalog = {
      outages: new Map([
        entry("meta-down", {
          brand: ref("facebook"),
          services: [ref("instagram"), ref("whatsapp")],
        }),
        entry("instagram-down", { brand: ref("instagram") }),
      ]),
      cases: new Map(),
    } as unknown as Pick<Catalog, "outages" | "cases">;
    const ids = (brandId: string) => brandStories(catalog, brandId).outages.map((o) => o.id);
    expect(ids("whatsapp")).toEqual(["meta-down"]);
    expect(ids("instagram")).toEqual(["meta-down", "instagram-down"]);
    expect(ids("facebook")).toEqual(["meta-down"]);
    expect(ids("messenger")).toEqual([]);
  });
});

describe("a brand that is a person", () => {
  it("accepts the influencer kind", () => {
    const { problems, entries } = checkContent([brand("ferragnez", "influencer")]);
    expect(problems).toEqual([]);
    expect(entries[0].data.kind).toBe("influencer");
  });
});

describe("the brands a story is about", () => {
  it("are its brand, then the services an outage switched off, each once", () => {
    const ref = (id: string) => ({ id });
    expect(
      storyBrandIds({
        data: { brand: ref("facebook"), services: [ref("facebook"), ref("whatsapp")] },
      }),
    ).toEqual(["facebook", "whatsapp"]);
    expect(storyBrandIds({ data: { brand: ref("netflix") } })).toEqual(["netflix"]);
  });
});

describe("the names an outage is listed under (the atlas, the days)", () => {
  it("names every service it switched off, as an Italian list", () => {
    const ref = (id: string) => ({ id });
    const named = (id: string, name: string) => [id, { id, data: { name } }] as const;
    const catalog = {
      brands: new Map([
        named("facebook", "Facebook"),
        named("instagram", "Instagram"),
        named("whatsapp", "WhatsApp"),
      ]),
    } as unknown as Pick<Catalog, "brands">;
    const names = (story: Parameters<typeof storyBrands>[1]) =>
      listItalian(storyBrands(catalog, story).map((brand) => brand.data.name));
    expect(
      names({ data: { brand: ref("facebook"), services: [ref("instagram"), ref("whatsapp")] } }),
    ).toBe("Facebook, Instagram e WhatsApp");
    expect(names({ data: { brand: ref("instagram") } })).toBe("Instagram");
  });
});
