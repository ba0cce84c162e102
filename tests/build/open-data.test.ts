/**
 * The open data of `/dati/` as a reader downloads it: each JSON file valid against its built
 * JSON Schema, each CSV the same records cell for cell by the rules the page states, and both
 * agreeing with the pages (the same articles as the section pages list, the same dates as
 * each article's `<time datetime>`). Properties only: it runs on every corpus.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { site } from "../../src/site.config.ts";
import { parseCsv } from "../support/csv.ts";
import { fileFor, page } from "../support/dist.ts";
import { validate } from "../support/json-schema.ts";
import { distDir } from "../support/paths.ts";

type Json = string | boolean | number | null | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;
type Record_ = Record<string, Json>;

/** The files `/dati/` lists, by the section whose pages they describe. */
const FILES = { outage: "blackout", case: "instant-marketing", brand: "marchi" } as const;

const read = (name: string) => readFile(join(distDir, "dati", name), "utf8");
const files = Object.fromEntries(
  await Promise.all(
    Object.entries(FILES).map(async ([kind, name]) => {
      const [json, schema, csv] = await Promise.all([
        read(`${name}.json`),
        read(`${name}.schema.json`),
        read(`${name}.csv`),
      ]);
      return [kind, { name, json: JSON.parse(json), schema: JSON.parse(schema) as Schema, csv }];
    }),
  ),
) as Record<keyof typeof FILES, { name: string; json: Record_; schema: Schema; csv: string }>;
const records = (kind: keyof typeof FILES) => files[kind].json.records as Record_[];
const pathOf = (url: Json) => new URL(String(url)).pathname;

/**
 * The CSV columns of a schema and each one's cell for a record, by the rules `/dati/` states:
 * nested names joined in camelCase, lists joined by `|` with `\|` and `\\` escaped, a list of
 * objects one cell per field, booleans as words, absent fields empty, a leading `= + - @`
 * guarded by an apostrophe.
 */
function expectedCells(schema: Schema, record: Json): Map<string, string> {
  const defs = schema.$defs as Record<string, Schema>;
  const resolve = (node: Schema) =>
    typeof node.$ref === "string" ? defs[node.$ref.split("/").pop()!] : node;
  const cells = new Map<string, string[]>();
  /** `item`: the position in a list of objects, `-1` to name the column of an empty list. */
  const put = (name: string, value: Json | undefined, item?: number) => {
    const list = cells.get(name) ?? [];
    cells.set(name, list);
    const text = value === undefined || value === null ? "" : String(value);
    if (item === undefined) list.push(text);
    else if (item >= 0) list[item] = text.replace(/[\\|]/g, (c) => `\\${c}`);
  };
  const walk = (node: Schema, value: Json | undefined, prefix: string, item?: number) => {
    const object = resolve(node);
    for (const [key, child] of Object.entries(object.properties as Record<string, Schema>)) {
      const name = prefix ? prefix + key[0].toUpperCase() + key.slice(1) : key;
      const field = resolve(child);
      const inner = (value as Record<string, Json> | undefined)?.[key];
      if (field.type === "object") walk(field, inner, name, item);
      else if (field.type !== "array") put(name, inner, item);
      else {
        const items = (inner as Json[] | undefined) ?? [];
        const itemSchema = resolve(field.items as Schema);
        if (itemSchema.type === "object") {
          walk(itemSchema, undefined, name, -1);
          items.forEach((entry, at) => walk(itemSchema, entry, name, at));
        } else {
          put(name, undefined, -1);
          items.forEach((entry, at) => put(name, entry, at));
        }
      }
    }
  };
  const records = (schema.properties as Record<string, Schema>).records;
  walk(records.items as Schema, record, "");
  return new Map(
    [...cells].map(([name, values]) => {
      const text = values.join("|");
      return [name, /^[=+\-@]/.test(text) ? `'${text}` : text];
    }),
  );
}

describe.each(Object.keys(FILES) as (keyof typeof FILES)[])("the %s open data", (kind) => {
  const { name, json, schema, csv } = files[kind];

  it("is valid against its JSON Schema, with the licence and source in its header", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(validate(schema, json)).toEqual([]);
    expect(json.license).toEqual(site.contentLicense);
    expect(pathOf(json.$schema)).toBe(`/dati/${name}.schema.json`);
    expect(pathOf((json.source as Record_).url)).toBe("/dati/");
  });

  it("has a CSV of one header row and the same records, cell for cell", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(records(kind).length);
    records(kind).forEach((record, at) => {
      const expected = expectedCells(schema, record);
      expect(header).toEqual([...expected.keys()]);
      expect(Object.fromEntries(header.map((column, i) => [column, rows[at][i]]))).toEqual(
        Object.fromEntries(expected),
      );
    });
  });

  it("holds every article its section page lists, and no other", async () => {
    const entry = new RegExp(`^/${name}/[^/]+/$`);
    const linked = [...(await page(`/${name}/`)).querySelectorAll("main a[href]")]
      .map((a) => a.getAttribute("href")!)
      .filter((href) => entry.test(href));
    const paths = records(kind).map((record) => pathOf(record.url));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual([...new Set(linked)].sort());
  });
});

describe("the open data and the article pages", () => {
  const brands = new Set(records("brand").map((record) => record.slug));
  const outages = new Set(records("outage").map((record) => record.slug));
  const cases = new Set(records("case").map((record) => record.slug));

  it("give each article the title, event time and publication dates of its page", async () => {
    for (const [kind, moment] of [
      ["outage", "start"],
      ["case", "date"],
    ] as const) {
      for (const record of records(kind)) {
        const doc = await page(pathOf(record.url));
        expect(doc.querySelector("h1")?.textContent?.trim(), String(record.url)).toBe(record.title);
        const times = [...doc.querySelectorAll("main header time")].map((time) =>
          time.getAttribute("datetime"),
        );
        const when = record[moment] as Record_;
        expect(times, String(record.url)).toEqual(
          [when.datetime, record.published, record.updated].filter(Boolean),
        );
      }
    }
  });

  it("name only brands, outages and posts that the files hold", () => {
    for (const record of records("outage")) {
      expect(brands.has(record.brand), String(record.slug)).toBe(true);
      for (const service of record.services as string[]) expect(brands.has(service)).toBe(true);
    }
    for (const record of records("case")) {
      expect(brands.has(record.brand), String(record.slug)).toBe(true);
      if (record.outage !== undefined) expect(outages.has(record.outage)).toBe(true);
      if (record.inResponseTo !== undefined) expect(cases.has(record.inResponseTo)).toBe(true);
    }
  });

  it("give each brand the name of its page", async () => {
    for (const record of records("brand")) {
      const doc = await page(pathOf(record.url));
      expect(doc.querySelector("h1")?.textContent?.trim()).toBe(record.name);
    }
  });

  it("are linked from /dati/, which the footer links to", async () => {
    const hrefs = [...(await page("/dati/")).querySelectorAll("main a")].map((a) =>
      a.getAttribute("href"),
    );
    for (const name of Object.values(FILES))
      for (const file of [`${name}.json`, `${name}.csv`, `${name}.schema.json`])
        expect(hrefs).toContain(`/dati/${file}`);
    expect((await page("/")).querySelector('footer a[href="/dati/"]')).not.toBeNull();
    expect(fileFor("/dati/")).toMatch(/index\.html$/);
  });
});
