/**
 * An entry's frontmatter against its collection's schema, as the check runs it: references
 * read as plain slugs and pictures as paths (both checked once every file is listed), each
 * time written as text checked before the schema sees YAML's Date, each issue said for an
 * author with what was found where (`fieldName`, `describeValue`: the other checks use
 * them too).
 */
import { z } from "astro/zod";
import { createSchemas, type CollectionName, type SchemaHelpers } from "../content-model/schema.ts";
import { timestampProblem } from "../content-model/when-schema.ts";
import type { ContentProblem } from "./content-check.ts";
import type { WrittenTimestamp } from "./frontmatter.ts";

/** A field's dotted path, `sources.0.url`, or `(frontmatter)` for the whole. */
export function fieldName(path: PropertyKey[]): string {
  return path.map(String).join(".") || "(frontmatter)";
}

/** Characters a terminal would not show, or would reorder: written as their code instead. */
const UNSEEN =
  /[\p{Cf}\p{Zl}\p{Zp}\u00A0\u034F\u115F\u1160\u2000-\u200A\u202F\u205F\u2800\u3000\u3164\uFFA0]/gu;

/** A value as a problem line shows it: a date as written, unseen characters by their code. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "niente";
  if (value instanceof Uint8Array) return "dei dati binari (!!binary)";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? `la data ${iso.slice(0, 10)}` : iso;
  }
  const shown = JSON.stringify(value).replace(
    UNSEEN,
    (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** A frontmatter picture as the check reads it: its path, found by `picturesIn`. */
class PicturePath {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }
  toJSON() {
    return this.path;
  }
}

/** Every frontmatter picture of an entry's parsed data, with its field. */
export function picturesIn(
  value: unknown,
  path: PropertyKey[] = [],
): { path: string; field: string }[] {
  if (value instanceof PicturePath) return [{ path: value.path, field: fieldName(path) }];
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    picturesIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/**
 * The validator reads references as plain slugs and pictures as relative paths, and checks
 * both once all files are listed.
 */
const checkHelpers: SchemaHelpers = {
  reference: (collection) =>
    z
      .string({ error: `atteso lo slug di una voce di ${collection}/` })
      .min(1, { error: `atteso lo slug di una voce di ${collection}/, non un valore vuoto` })
      .transform((id) => ({ id, collection })) as never,
  image: () =>
    z
      .string({
        error: "atteso il percorso di un’immagine accanto all’articolo, come ./immagini/post.png",
      })
      .transform((path) => new PicturePath(path)),
};

const schemas = createSchemas(checkHelpers);

/** Zod's own words for a wrong type, where the schema gives none, said for an author. */
const PLAIN_TYPES: Record<string, string> = {
  array: "un elenco, un `- elemento` per riga",
  boolean: "true o false",
  string: "un testo",
  number: "un numero",
  object: "un gruppo di campi, un `nome: valore` per riga",
};

/** YAML reads `2018-06-12`, `2018`, `true` as a date, a number, a yes: quoted, they stay text. */
function wrongTypeHint(found: unknown, expected: string): string {
  if (expected !== "string") return "";
  const read =
    found instanceof Date
      ? "una data"
      : typeof found === "number"
        ? "un numero"
        : typeof found === "boolean"
          ? "un sì o no"
          : undefined;
  return read ? `: scrivilo tra virgolette, perché senza YAML lo legge come ${read}` : "";
}

/** The value at a field's path in the data, or undefined. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The problems of the times written without their offset, which YAML would read as UTC:
 * refused here, where their text is known; the schema then sees only a Date, so its line for
 * the same field would say less. `fields` are the fields so refused.
 */
export function timestampProblems(
  file: string,
  timestamps: readonly WrittenTimestamp[],
): { problems: ContentProblem[]; fields: Set<string> } {
  const problems: ContentProblem[] = [];
  const fields = new Set<string>();
  for (const { path, text, line } of timestamps) {
    const expected = timestampProblem(text);
    if (!expected) continue;
    fields.add(fieldName(path));
    problems.push({ file, line, field: fieldName(path), found: JSON.stringify(text), expected });
  }
  return { problems, fields };
}

/**
 * The entry's data through its collection's schema: the parsed data, or its problems. A
 * field whose time `timestampProblems` already refused is not reported twice.
 */
export function parseEntryData(
  file: string,
  collection: CollectionName,
  data: unknown,
  timestamps: readonly WrittenTimestamp[],
  refusedTimes: ReadonlySet<string>,
): { data: Record<string, unknown> } | { problems: ContentProblem[] } {
  const parsed = schemas[collection].safeParse(data);
  if (parsed.success) return { data: parsed.data as Record<string, unknown> };
  const writtenAt = new Map(timestamps.map(({ path, text }) => [fieldName(path), text]));
  const problems: ContentProblem[] = [];
  for (const issue of parsed.error.issues) {
    const name = fieldName(issue.path);
    if ([...refusedTimes].some((field) => name === field || name.startsWith(`${field}.`))) {
      continue;
    }
    const found = valueAt(data, issue.path);
    // A date is shown as the author wrote it, not as the UTC instant YAML made of it.
    const written = writtenAt.get(name);
    problems.push({
      file,
      field: name,
      found:
        issue.code === "unrecognized_keys"
          ? issue.keys.join(", ")
          : written !== undefined
            ? JSON.stringify(written)
            : describeValue(found),
      expected:
        issue.code === "unrecognized_keys"
          ? `solo i campi previsti in ${collection}/ (vedi AUTHORING.md)`
          : issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
            ? (PLAIN_TYPES[issue.expected] ?? issue.message) + wrongTypeHint(found, issue.expected)
            : issue.code === "invalid_type"
              ? issue.message + wrongTypeHint(found, issue.expected)
              : issue.message,
    });
  }
  return { problems };
}
