/**
 * Validates a whole content corpus the way an author needs it: every problem, one line each,
 * naming the file, the field, what was found and what was expected. It runs before every
 * build (see `src/content-check/check-integration.ts`), so bad content never reaches a page and
 * no file is silently left out.
 */
import { checkMdxBody, resolveBeside } from "./mdx-check.ts";
import { picturePathProblem, type PictureFacts } from "./picture-file.ts";
import { z } from "astro/zod";
import { frontmatterLineCount, readEntry } from "./frontmatter.ts";
import {
  COLLECTIONS,
  createSchemas,
  type CollectionName,
  type EntryReference,
  type SchemaHelpers,
} from "../content-model/schema.ts";
import { timestampProblem } from "../content-model/when-schema.ts";
import { closestMatches, countLabel } from "../content-model/strings.ts";
import {
  goesLiveAt,
  PLACEHOLDER_MARK,
  publicationStatus,
  type Publishable,
} from "../content-model/publishing.ts";
import { formatWhen } from "../content-model/time.ts";

export interface ContentFile {
  /** Path relative to the content folder, with `/` separators: `cases/foo.mdx`. */
  path: string;
  /** The file's text; empty for a picture, which is listed but not read. */
  text: string;
  /** A picture beside an article (by its extension): not read as text. */
  asset?: boolean;
  /** A picture's size and first bytes, where its format and dimensions are written. */
  picture?: PictureFacts;
  /** Why the file could not be read as Astro's loader would read it. */
  unreadable?: "symlink" | "encoding" | "size" | "access";
}

export interface ContentProblem {
  file: string;
  /** Where in the file, when the problem has a place: a body's line, a YAML error's line. */
  line?: number;
  column?: number;
  field?: string;
  found?: string;
  expected: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The file each collection holds, by extension. */
export const COLLECTION_EXTENSIONS: Record<CollectionName, string> = {
  brands: ".yaml",
  outages: ".mdx",
  cases: ".mdx",
  dossier: ".mdx",
};

/** Files an operating system leaves in every folder: hidden, never content, not reported. */
const SYSTEM_FILES = new Set([".DS_Store"]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

function picturesIn(value: unknown, path: PropertyKey[] = []): { path: string; field: string }[] {
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

/** Characters a terminal would not show, or would reorder: written as their code instead. */
const UNSEEN =
  /[\p{Cf}\p{Zl}\p{Zp}\u00A0\u034F\u115F\u1160\u2000-\u200A\u202F\u205F\u2800\u3000\u3164\uFFA0]/gu;

function describe(value: unknown): string {
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

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: PropertyKey[]): string {
  return path.map(String).join(".") || "(frontmatter)";
}

function collectReferences(
  value: unknown,
  path: PropertyKey[],
  into: Array<{ path: PropertyKey[]; ref: EntryReference }>,
) {
  if (value === null || typeof value !== "object" || value instanceof Date) return;
  const candidate = value as Partial<EntryReference>;
  if (
    typeof candidate.id === "string" &&
    typeof candidate.collection === "string" &&
    (COLLECTIONS as readonly string[]).includes(candidate.collection)
  ) {
    into.push({ path, ref: candidate as EntryReference });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    collectReferences(child, [...path, Array.isArray(value) ? Number(key) : key], into);
  }
}

export interface CheckOptions {
  /** The moment scheduled entries are compared with: the build's. */
  now?: Date;
}

/** Checks every file of a corpus; returns the valid entries and every problem found. */
export function checkContent(
  files: ContentFile[],
  { now = new Date() }: CheckOptions = {},
): {
  entries: CheckedEntry[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];

  const pictures = new Map(
    files.filter((file) => file.asset).map((file) => [file.path, file.picture] as const),
  );
  /** A picture by its path relative to an article's folder. */
  const pictureBeside = (article: string) => (path: string) => {
    const resolved = resolveBeside(article, path);
    return resolved === undefined ? undefined : pictures.get(resolved);
  };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const segments = file.path.split("/");
    const name = segments.at(-1) ?? "";
    const hidden = segments.find((segment) => segment.startsWith("."));
    if (hidden && !SYSTEM_FILES.has(name)) {
      // Astro's loader never sees hidden files: an article named `.bozza.mdx` would vanish.
      problems.push({
        file: file.path,
        found: `${hidden === name ? "un file nascosto" : "una cartella nascosta"} (il nome comincia con un punto)`,
        expected:
          "un nome senza il punto iniziale: il sito ignora i file nascosti, e l’articolo non verrebbe pubblicato",
      });
      continue;
    }
    if (hidden) continue;
    const collection = segments[0] as CollectionName;
    const extension = COLLECTION_EXTENSIONS[collection];
    if (file.unreadable === "symlink") {
      problems.push({
        file: file.path,
        found: "un link simbolico",
        expected: "un file vero: copialo nella cartella invece di collegarlo",
      });
      continue;
    }
    if (file.asset && extension === ".mdx" && segments.length >= 2) continue;
    if (/\.svg$/i.test(name)) {
      problems.push({
        file: file.path,
        found: "un file SVG",
        expected:
          "un’immagine png, jpg, webp, avif o gif: un SVG è un documento che può contenere script, e il sito lo pubblicherebbe così com’è",
      });
      continue;
    }
    if (file.unreadable === "access") {
      problems.push({
        file: file.path,
        found: "un file che non si può leggere (permessi?)",
        expected: "un file leggibile da chi fa la build",
      });
      continue;
    }
    if (file.unreadable === "size") {
      problems.push({
        file: file.path,
        found: "un file troppo grande per essere un articolo",
        expected: "un articolo di al massimo 200 000 caratteri",
      });
      continue;
    }
    if (file.unreadable === "encoding") {
      const before = file.text.slice(0, file.text.indexOf("\uFFFD"));
      problems.push({
        file: file.path,
        line: before.split("\n").length,
        found: "caratteri che non sono UTF-8 (il file è salvato come Latin-1 o Windows-1252?)",
        expected: "un file salvato con la codifica UTF-8",
      });
      continue;
    }
    if (segments.length !== 2 || !extension) {
      problems.push({
        file: file.path,
        expected: `un file direttamente dentro una di queste cartelle: ${COLLECTIONS.map((c) => `${c}/`).join(", ")}`,
      });
      continue;
    }
    if (!name.endsWith(extension)) {
      problems.push({
        file: file.path,
        found: name.includes(".")
          ? `un file ${name.slice(name.lastIndexOf("."))}`
          : "un file senza estensione",
        expected: `un file ${extension}: ${collection}/ contiene solo file ${extension}`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        file: file.path,
        field: "(nome del file)",
        found: JSON.stringify(id),
        expected:
          "uno slug di sole lettere minuscole, cifre e trattini singoli, senza accenti né spazi (diventa l’indirizzo della pagina)",
      });
      continue;
    }
    const read = readEntry(file.text, extension === ".mdx" ? "mdx" : "yaml", file.path);
    if ("problem" in read) {
      problems.push({ file: file.path, ...read.problem });
      continue;
    }
    const { data } = read;
    // A time YAML read without its offset (as UTC) is refused here, where its text is known;
    // the schema then sees only a Date, so its line for the same field would say less.
    const timeFields = new Set<string>();
    const writtenAt = new Map(read.timestamps.map(({ path, text }) => [fieldName(path), text]));
    for (const { path, text, line } of read.timestamps) {
      const expected = timestampProblem(text);
      if (!expected) continue;
      timeFields.add(fieldName(path));
      problems.push({
        file: file.path,
        line,
        field: fieldName(path),
        found: JSON.stringify(text),
        expected,
      });
    }
    if (extension === ".mdx") {
      const body = { path: file.path, picture: pictureBeside(file.path) };
      for (const problem of checkMdxBody(file.text, body)) {
        problems.push({ file: file.path, field: "(testo)", ...problem });
      }
    }
    const parsed = schemas[collection].safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = fieldName(issue.path);
        if ([...timeFields].some((field) => name === field || name.startsWith(`${field}.`))) {
          continue;
        }
        const found = valueAt(data, issue.path);
        // A date is shown as the author wrote it, not as the UTC instant YAML made of it.
        const written = writtenAt.get(name);
        problems.push({
          file: file.path,
          field: name,
          found:
            issue.code === "unrecognized_keys"
              ? issue.keys.join(", ")
              : written !== undefined
                ? JSON.stringify(written)
                : describe(found),
          expected:
            issue.code === "unrecognized_keys"
              ? `solo i campi previsti in ${collection}/ (vedi AUTHORING.md)`
              : issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
                ? (PLAIN_TYPES[issue.expected] ?? issue.message) +
                  wrongTypeHint(found, issue.expected)
                : issue.code === "invalid_type"
                  ? issue.message + wrongTypeHint(found, issue.expected)
                  : issue.message,
        });
      }
      continue;
    }
    if (timeFields.size > 0) continue;
    const entryData = parsed.data as Record<string, unknown>;
    for (const { path, field } of picturesIn(entryData)) {
      const problem = picturePathProblem(path, pictureBeside(file.path));
      if (problem)
        problems.push({ file: file.path, field, found: JSON.stringify(path), expected: problem });
    }
    if (publicationStatus(entryData as Publishable, now) !== "draft") {
      problems.push(...leftPlaceholders(file));
    }
    entries.push({ collection, id, file: file.path, data: entryData });
  }

  problems.push(...checkReferences(entries, now));
  return { entries, problems };
}

/**
 * The places where `npm run new` asked the author to write and nobody has yet, one problem
 * per field: the frontmatter key the line belongs to, or the body.
 */
function leftPlaceholders(file: ContentFile): ContentProblem[] {
  const lines = file.text.split(/\r?\n/);
  const frontmatterLines = file.path.endsWith(".mdx") ? frontmatterLineCount(file.text) : 0;
  const fields = new Map<string, string>();
  let key = "(frontmatter)";
  lines.forEach((line, index) => {
    const inBody = file.path.endsWith(".mdx") && index >= frontmatterLines;
    const top = /^([A-Za-z][\w-]*):/.exec(line);
    if (top && !inBody) key = top[1];
    const field = inBody ? "(testo)" : key;
    const at = line.indexOf(PLACEHOLDER_MARK);
    if (at >= 0 && !fields.has(field)) {
      fields.set(field, line.slice(at).replace(/["']?\s*(\*\/\s*\})?$/, ""));
    }
  });
  return [...fields].map(([field, placeholder]) => ({
    file: file.path,
    field,
    found: describe(placeholder),
    expected: `le tue parole al posto della nota "${PLACEHOLDER_MARK}" lasciata da npm run new (oppure lascia draft: true)`,
  }));
}

/**
 * Readers never follow a link to a page they cannot see: a page that is not a draft may
 * point only to entries that go live no later than it does.
 */
function unpublishedTarget(
  entry: CheckedEntry,
  target: CheckedEntry,
  now: Date,
): Pick<ContentProblem, "found" | "expected"> | undefined {
  const from = entry.data as Publishable;
  const to = target.data as Publishable;
  if (publicationStatus(from, now) === "draft") return undefined;
  const status = publicationStatus(to, now);
  if (status === "draft") {
    return {
      found: `${JSON.stringify(target.id)}, che è una bozza`,
      expected: "una voce pubblicata: una pagina pubblicata non può rimandare a una bozza",
    };
  }
  if (status === "scheduled" && goesLiveAt(to)! > (goesLiveAt(from) ?? now)) {
    return {
      found: `${JSON.stringify(target.id)}, che è programmata per il ${formatWhen(to.published!)}`,
      expected:
        "una voce pubblicata non più tardi di questa pagina: i lettori troverebbero un link a una pagina che ancora non esiste",
    };
  }
  return undefined;
}

function checkReferences(entries: CheckedEntry[], now: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byCollection = new Map<string, Map<string, CheckedEntry>>();
  for (const entry of entries) {
    if (!byCollection.has(entry.collection)) byCollection.set(entry.collection, new Map());
    byCollection.get(entry.collection)!.set(entry.id, entry);
  }
  for (const entry of entries) {
    const refs: Array<{ path: PropertyKey[]; ref: EntryReference }> = [];
    collectReferences(entry.data, [], refs);
    for (const { path, ref } of refs) {
      const pool = byCollection.get(ref.collection) ?? new Map<string, CheckedEntry>();
      const target = pool.get(ref.id);
      if (!target) {
        const closest = closestMatches(ref.id, [...pool.keys()]);
        problems.push({
          file: entry.file,
          field: fieldName(path),
          found: JSON.stringify(ref.id),
          expected: `lo slug di una voce che esiste in ${ref.collection}/${
            closest.length ? ` (forse: ${closest.join(", ")})` : " (per ora non ce n’è nessuna)"
          }`,
        });
      } else {
        const problem = unpublishedTarget(entry, target, now);
        if (problem) problems.push({ file: entry.file, field: fieldName(path), ...problem });
      }
    }
  }
  return problems;
}

/** `cases/foo.mdx:14:3: (testo): trovato <Statment>; atteso …`: a terminal's clickable place. */
export function formatProblem(problem: ContentProblem, root = ""): string {
  const file = root ? `${root.replace(/\/$/, "")}/${problem.file}` : problem.file;
  return `${file}${place(problem)}:${problemText(problem)}`;
}

/** The same problem as a GitHub Actions annotation, shown on the file and line of a pull request. */
export function formatGithubAnnotation(problem: ContentProblem, root = ""): string {
  const file = root ? `${root.replace(/\/$/, "")}/${problem.file}` : problem.file;
  const where = [`file=${escapeProperty(file)}`];
  if (problem.line) where.push(`line=${problem.line}`);
  if (problem.column) where.push(`col=${problem.column}`);
  const message = `${file}${place(problem)}:${problemText(problem)}`;
  return `::error ${where.join(",")}::${escapeData(message)}`;
}

function place(problem: ContentProblem): string {
  if (!problem.line) return "";
  return problem.column ? `:${problem.line}:${problem.column}` : `:${problem.line}`;
}

function problemText(problem: ContentProblem): string {
  const field = problem.field ? ` ${problem.field}:` : "";
  const found = problem.found !== undefined ? ` trovato ${problem.found};` : "";
  const expected = problem.expected.replace(/^(expected|atteso) /, "");
  return `${field}${found} atteso ${expected}`;
}

// GitHub's workflow-command escaping: https://github.com/actions/toolkit (core/src/command.ts).
const escapeData = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** The closing line under a list of problems, the same for `npm run check` and the build. */
export function problemsSummary(count: number, root: string): string {
  return (
    `${countLabel(count, "problema", "problemi")} nei contenuti di ${root}/: ` +
    "correggili e rilancia (AUTHORING.md spiega ogni campo)."
  );
}
