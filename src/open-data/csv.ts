/**
 * The CSV form of the open data files: one row per record, one column per leaf field of the
 * record's JSON Schema (`json-schema.ts`), so the columns are the same whatever the content
 * holds. The rules, also written on `/dati/`:
 *
 * - a field inside an object is named by the path joined in camelCase: `start.precision` is
 *   `startPrecision`, `post.translation.by` is `postTranslationBy`;
 * - a list is one cell, its items joined by `|`; a list of objects gives one such cell per
 *   field, the n-th item of each from the same n-th object (`sourcesUrl`, `sourcesTitle`), an
 *   empty item where that object has no such field; a `|` or `\` inside an item is written
 *   `\|` or `\\`;
 * - `true` and `false` as words, an absent field as an empty cell;
 * - a cell that starts with `=`, `+`, `-` or `@` (a handle) starts with an apostrophe, which
 *   spreadsheets read as «text, not a formula»: the JSON files hold the exact value;
 * - RFC 4180: a field with a comma, a quote or a line break is quoted, a quote doubled; every
 *   row ends with CRLF; UTF-8 with a byte order mark, without which Excel reads the file in
 *   the system's legacy encoding and garbles every accent (LibreOffice and most libraries
 *   skip the mark: Python reads it with `encoding="utf-8-sig"`).
 */
import { recordSchema, resolved, type RecordKind, type SchemaNode } from "./json-schema.ts";

export interface Column {
  /** The column's header: the JSON path in camelCase. */
  name: string;
  /** The JSON path: `start.precision`, `sources[].url`. */
  path: string;
  /** Whether the cell joins the items of a list. */
  list: boolean;
}

const camel = (prefix: string, key: string) =>
  prefix ? `${prefix}${key[0].toUpperCase()}${key.slice(1)}` : key;

/** The leaf columns of an object schema, in the order of its properties. */
export function columnsOf(
  node: SchemaNode,
  { prefix = "", path = "", list = false } = {},
): Column[] {
  return Object.entries(resolved(node).properties ?? {}).flatMap(([key, child]) => {
    const field = resolved(child);
    const name = camel(prefix, key);
    const at = path ? `${path}.${key}` : key;
    if (field.type === "object") return columnsOf(field, { prefix: name, path: at, list });
    if (field.type !== "array") return [{ name, path: at, list }];
    if (list) throw new Error(`open data: ${at} is a list inside a list, which CSV cannot hold`);
    const items = resolved(field.items ?? {});
    if (items.type !== "object") return [{ name, path: `${at}[]`, list: true }];
    return columnsOf(items, { prefix: name, path: `${at}[]`, list: true });
  });
}

export function recordColumns(kind: RecordKind): Column[] {
  return columnsOf(recordSchema(kind));
}

type Json = string | boolean | number | null | undefined | Json[] | { [key: string]: Json };

/** The values at a path, one per list item when the path goes through a list. */
function valuesAt(value: Json, steps: string[]): Json[] {
  if (steps.length === 0) return [value];
  const [step, ...rest] = steps;
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value))
    return [undefined];
  const key = step.replace(/\[\]$/, "");
  const inner = value[key];
  if (step.endsWith("[]")) {
    const items = Array.isArray(inner) ? inner : [];
    return items.map((item) => valuesAt(item, rest)[0]);
  }
  return valuesAt(inner, rest);
}

const escapeItem = (text: string) => text.replace(/[\\|]/g, (c) => `\\${c}`);

function scalarText(value: Json): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") throw new Error("open data: a column holds an object");
  return String(value);
}

/** Guards a cell a spreadsheet would read as a formula (see above). */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** A record's cell for a column, before CSV quoting. */
export function cellOf(record: Json, column: Column): string {
  const values = valuesAt(record, column.path.split("."));
  const text = column.list
    ? values.map((value) => escapeItem(scalarText(value))).join("|")
    : scalarText(values[0]);
  return spreadsheetSafe(text);
}

/** One field of RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const BOM = "\uFEFF";

/** A whole CSV file: the mark, a header row and a row per record, each ending in CRLF. */
export function toCsv(columns: Column[], records: readonly object[]): string {
  const rows = [
    columns.map((column) => csvField(column.name)),
    ...records.map((record) => columns.map((column) => csvField(cellOf(record as Json, column)))),
  ];
  return BOM + rows.map((row) => `${row.join(",")}\r\n`).join("");
}
