/**
 * The files of `/dati/`: for each kind of record a JSON file, its JSON Schema and a CSV file,
 * named after the site's sections (`/dati/blackout.json` holds what `/blackout/` lists).
 * Their text is made here from the catalog's records; the routes of `src/pages/dati/` only
 * serve it.
 */
import type { Catalog } from "../catalog/catalog.ts";
import { absoluteUrl, SECTIONS, sitePath } from "../content-model/urls.ts";
import { site } from "../site.config.ts";
import { recordColumns, toCsv } from "./csv.ts";
import { fileSchema, type RecordKind } from "./json-schema.ts";
import { openDataRecords } from "./records.ts";

export const DATA_PAGE = sitePath("/dati/");

/** Each kind of record, its file name and what it holds, in the order `/dati/` lists them. */
export const DATA_FILES = [
  { kind: "outage", name: SECTIONS.outages, title: "Blackout", what: "ogni blackout" },
  {
    kind: "case",
    name: SECTIONS.cases,
    title: "Casi di instant marketing",
    what: "ogni post di instant marketing",
  },
  { kind: "brand", name: SECTIONS.brands, title: "Marchi", what: "ogni marchio" },
] as const satisfies ReadonlyArray<{ kind: RecordKind; name: string; title: string; what: string }>;
export type DataFile = (typeof DATA_FILES)[number];

export const dataPath = (file: DataFile, extension: "json" | "schema.json" | "csv") =>
  sitePath(`/dati/${file.name}.${extension}`);

export function schemaOf(file: DataFile) {
  return fileSchema(
    file.kind,
    absoluteUrl(dataPath(file, "schema.json")),
    `${site.name}: ${file.title.toLowerCase()}`,
  );
}

const recordsOf = new WeakMap<Catalog, ReturnType<typeof openDataRecords>>();

/** The records of a file, made once per catalog for its JSON and its CSV. */
export function recordsFor(catalog: Catalog, file: DataFile): readonly object[] {
  let records = recordsOf.get(catalog);
  if (!records) recordsOf.set(catalog, (records = openDataRecords(catalog)));
  return records[file.kind];
}

/** The JSON file: its schema, the licence and who to credit, then the records. */
export function dataJson(catalog: Catalog, file: DataFile): string {
  const document = {
    $schema: absoluteUrl(dataPath(file, "schema.json")),
    license: site.contentLicense,
    source: { name: site.name, url: absoluteUrl(DATA_PAGE) },
    records: recordsFor(catalog, file),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function dataCsv(catalog: Catalog, file: DataFile): string {
  return toCsv(recordColumns(file.kind), recordsFor(catalog, file));
}

export function schemaJson(file: DataFile): string {
  return `${JSON.stringify(schemaOf(file), null, 2)}\n`;
}
