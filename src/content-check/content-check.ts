/**
 * Validates a whole content corpus the way an author needs it: every problem, one line each,
 * naming the file, the field, what was found and what was expected. It runs before every
 * build (see `src/content-check/check-integration.ts`), so bad content never reaches a page and
 * no file is silently left out. The rules live beside it: file names (`entry-file-names.ts`),
 * frontmatter (`entry-schema-check.ts`), bodies (`mdx-check.ts`), references
 * (`reference-check.ts`), words left by `npm run new` (`placeholder-check.ts`).
 */
import { publicationStatus, type Publishable } from "../content-model/publishing.ts";
import type { CollectionName } from "../content-model/schema.ts";
import { countLabel } from "../content-model/strings.ts";
import { placeOfFile } from "./entry-file-names.ts";
import { parseEntryData, picturesIn, timestampProblems } from "./entry-schema-check.ts";
import { readEntry } from "./frontmatter.ts";
import { checkMdxBody, resolveBeside } from "./mdx-check.ts";
import { picturePathProblem, type PictureFacts } from "./picture-file.ts";
import { leftPlaceholders } from "./placeholder-check.ts";
import { checkReferences } from "./reference-check.ts";

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
    const place = placeOfFile(file);
    if (place.kind === "skip") continue;
    if (place.kind === "problem") {
      problems.push(place.problem);
      continue;
    }
    const { collection, id, extension } = place;
    const read = readEntry(file.text, extension === ".mdx" ? "mdx" : "yaml", file.path);
    if ("problem" in read) {
      problems.push({ file: file.path, ...read.problem });
      continue;
    }
    const times = timestampProblems(file.path, read.timestamps);
    problems.push(...times.problems);
    if (extension === ".mdx") {
      const body = { path: file.path, picture: pictureBeside(file.path) };
      for (const problem of checkMdxBody(file.text, body)) {
        problems.push({ file: file.path, field: "(testo)", ...problem });
      }
    }
    const parsed = parseEntryData(file.path, collection, read.data, read.timestamps, times.fields);
    if ("problems" in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    if (times.fields.size > 0) continue;
    const entryData = parsed.data;
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
