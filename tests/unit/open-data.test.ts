/**
 * The open data records and their CSV (`src/open-data/`), on small made-up entries parsed by
 * the site's own schemas: every moment keeps its precision, optional fields stay absent, and
 * the CSV quotes what RFC 4180 asks, joins lists predictably and parses back.
 */
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { catalogOf, type Case, type Collections, type Outage } from "../../src/catalog/catalog.ts";
import { createSchemas, type SchemaHelpers } from "../../src/content-model/schema.ts";
import type { When } from "../../src/content-model/time.ts";
import {
  cellOf,
  columnsOf,
  csvField,
  recordColumns,
  spreadsheetSafe,
  toCsv,
} from "../../src/open-data/csv.ts";
import { fieldDocs } from "../../src/open-data/field-docs.ts";
import { recordSchema } from "../../src/open-data/json-schema.ts";
import { caseRecord, momentRecord, openDataRecords } from "../../src/open-data/records.ts";
import { parseCsv, splitList } from "../support/csv.ts";

const helpers: SchemaHelpers = {
  reference: (collection) => z.string().transform((id) => ({ id, collection })) as never,
  image: () => z.string(),
};
const schemas = createSchemas(helpers);

const source = { title: "Una testata, con «virgolette»", url: "https://example.com/a?b=1" };
const outageData = schemas.outages.parse({
  title: "Servizio X al buio",
  description: "Una sera, per un’ora.",
  published: "2026-01-10",
  brand: "servizio-x",
  services: ["servizio-x", "servizio-y"],
  start: { at: "2025-10-04T17:30:00+02:00", approx: true },
  end: { day: "2025-10-05", part: "night" },
  scope: "national",
  regions: ["Italia | Nord", "Francia, Sud"],
  statements: [
    {
      who: "Servizio X",
      text: 'We said "sorry",\nthen more.',
      lang: "en",
      translation: { text: "Abbiamo detto «scusate».", by: "Una testata" },
    },
    { who: "Servizio X, di nuovo", text: "=1+1", when: "2025-10-05" },
  ],
  sources: [source, { title: "Senza indirizzo", date: "2025-10" }],
});
const caseData = (extra: object) =>
  schemas.cases.parse({
    title: "Un post",
    description: "Un post su un altro social.",
    published: "2026-01-11",
    brand: "marchio",
    platform: "x",
    date: "2025-10-04",
    outage: "servizio-x-down",
    sources: [source],
    ...extra,
  });

const entry = <T>(collection: string, id: string, data: unknown) =>
  ({ id, collection, data }) as unknown as T;
const outage = entry<Outage>("outages", "servizio-x-down", outageData);
const reply = entry<Case>(
  "cases",
  "la-risposta",
  caseData({
    inResponseTo: "il-post",
    post: {
      account: "Àccount è",
      handle: "@marchio",
      role: "amministratrice delegata di Marchio",
      kind: "text",
      text: "Testing…",
      repost: { account: "Altra", kind: "text", translation: { text: "Prova", by: "Testata" } },
    },
  }),
);
const post = entry<Case>(
  "cases",
  "il-post",
  caseData({ date: { day: "2025-10-04", part: "evening" } }),
);
const collections = {
  brands: [
    entry("brands", "marchio", { name: "Marchio", kind: "club", website: "https://example.com/" }),
  ],
  outages: [outage],
  cases: [reply, post],
  dossier: [],
} as unknown as Collections;
const catalog = catalogOf(collections, { production: true, now: new Date("2026-02-01T00:00:00Z") });

describe("the open data records", () => {
  it("keeps every moment's precision and the page's datetime, and never a made-up field", () => {
    const at = (when: When) => momentRecord(when);
    expect(at(outageData.start)).toEqual({
      precision: "minute",
      datetime: "2025-10-04T15:30:00.000Z",
      approx: true,
      label: "4 ottobre 2025, verso le 17:30",
    });
    expect(at(outageData.end!)).toEqual({
      precision: "part",
      datetime: "2025-10-05",
      approx: false,
      part: "night",
      label: "5 ottobre 2025, nella notte",
    });
    expect(at({ precision: "period", from: "2025-03", to: "2025-06" })).toMatchObject({
      datetime: "2025-03",
      from: "2025-03",
      to: "2025-06",
    });
    const span = at({
      precision: "span",
      from: new Date("2025-10-04T17:30:00+02:00"),
      to: new Date("2025-10-04T21:00:00+02:00"),
      approx: true,
    });
    expect(span).toMatchObject({ datetime: "2025-10-04", from: "2025-10-04T15:30:00.000Z" });
  });

  it("gives services, statements with their translation, and posts with role and repost", () => {
    const records = openDataRecords(catalog);
    const [outageRecord] = records.outage;
    expect(outageRecord.services).toEqual(["servizio-x", "servizio-y"]);
    expect(outageRecord.statements[0].translation).toEqual({
      text: "Abbiamo detto «scusate».",
      by: "Una testata",
    });
    expect(outageRecord.statements[0]).not.toHaveProperty("when");
    expect(outageRecord).not.toHaveProperty("hashtag");
    const replyRecord = records.case.find((record) => record.slug === "la-risposta")!;
    expect(replyRecord).toMatchObject({
      outage: "servizio-x-down",
      inResponseTo: "il-post",
      platform: "x",
      post: { role: "amministratrice delegata di Marchio", repost: { account: "Altra" } },
    });
    expect(records.brand[0]).toMatchObject({ slug: "marchio", kind: "club" });
  });

  it("names only published articles in outage and inResponseTo", () => {
    const alone = catalogOf({ ...collections, outages: [] } as unknown as Collections, {
      production: true,
      now: new Date("2026-02-01T00:00:00Z"),
    });
    const record = caseRecord(reply, alone);
    expect(record).not.toHaveProperty("outage");
    expect(record.inResponseTo).toBe("il-post");
  });
});

describe("the open data CSV", () => {
  it("quotes fields with commas, quotes and line breaks, and nothing else", () => {
    expect(csvField("àccènti «e» virgolette ’")).toBe("àccènti «e» virgolette ’");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('detto "così"')).toBe('"detto ""così"""');
    expect(csvField("riga\r\naltra")).toBe('"riga\r\naltra"');
    expect(csvField("")).toBe("");
  });

  it("guards cells a spreadsheet would run as formulas", () => {
    expect(["=1", "+1", "-1", "@marchio", "a=1"].map(spreadsheetSafe)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@marchio",
      "a=1",
    ]);
  });

  it("names nested fields in camelCase and joins lists with |, escaped", () => {
    const columns = recordColumns("outage");
    const names = columns.map((column) => column.name);
    expect(names).toContain("startPrecision");
    expect(names).toContain("statementsTranslationBy");
    expect(names).toContain("sourcesUrl");
    expect(new Set(names).size).toBe(names.length);
    const [record] = openDataRecords(catalog).outage;
    const cell = (name: string) =>
      cellOf(
        record,
        columns.find((c) => c.name === name)!,
      );
    expect(cell("regions")).toBe("Italia \\| Nord|Francia, Sud");
    expect(splitList(cell("regions"))).toEqual(["Italia | Nord", "Francia, Sud"]);
    expect(cell("sourcesUrl")).toBe("https://example.com/a?b=1|");
    expect(cell("statementsWhenPrecision")).toBe("|day");
    expect(cell("hashtag")).toBe("");
    expect(cell("startApprox")).toBe("true");
  });

  it("refuses a list inside a list, which one cell cannot hold", () => {
    const nested = {
      type: "object" as const,
      properties: { a: { type: "array" as const, items: { type: "array" as const } } },
    };
    const inList = {
      type: "object" as const,
      properties: { b: { type: "array" as const, items: nested } },
    };
    expect(() => columnsOf(inList)).toThrow(/list inside a list/);
  });

  it.each(["outage", "case"] as const)(
    "writes the %s file with a BOM, one header row and CRLF rows that parse back to the same cells",
    (kind) => {
      const records = openDataRecords(catalog)[kind];
      const columns = recordColumns(kind);
      const text = toCsv(columns, records);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual(columns.map((column) => column.name));
      expect(rows.slice(1)).toEqual(
        records.map((record) => columns.map((column) => cellOf(record, column))),
      );
    },
  );

  it("keeps a line break, quotes and an apostrophe-guarded formula inside their cells", () => {
    const rows = parseCsv(toCsv(recordColumns("outage"), openDataRecords(catalog).outage).slice(1));
    const text = rows[1][rows[0].indexOf("statementsText")];
    expect(splitList(text)).toEqual(['We said "sorry",\nthen more.', "=1+1"]);
    const cases = parseCsv(toCsv(recordColumns("case"), openDataRecords(catalog).case).slice(1));
    const handle = cases[0].indexOf("postHandle");
    expect(cases.find((row) => row[0] === "la-risposta")![handle]).toBe("'@marchio");
    expect(cases.find((row) => row[0] === "la-risposta")![cases[0].indexOf("postAccount")]).toBe(
      "Àccount è",
    );
  });
});

describe("the fields documented on /dati/", () => {
  it("list every property of a record, with a type and a meaning", () => {
    const docs = fieldDocs(recordSchema("case"));
    expect(docs.map((doc) => doc.name)).toEqual(Object.keys(recordSchema("case").properties!));
    for (const doc of docs) {
      expect(doc.type, doc.name).not.toBe("");
      expect(doc.meaning, doc.name).not.toBe("");
    }
    expect(docs.find((doc) => doc.name === "date")).toMatchObject({ typeAnchor: "tipo-moment" });
    expect(docs.find((doc) => doc.name === "sources")?.type).toBe("elenco di fonti");
  });
});
