/**
 * Validates a whole content corpus the way an author needs it: every problem, one line each,
 * naming the file, the field, what was found and what was expected. It runs before every
 * build (see `src/integrations/content-check.ts`), so bad content never reaches a page and
 * no file is silently left out.
 */
import * as yaml from "js-yaml";
import { mdxToJs } from "satteri";
import { z } from "astro/zod";
import {
  COLLECTIONS,
  createSchemas,
  type CollectionName,
  type EntryReference,
  type ReferenceFactory,
} from "./schema";
import { closestMatches } from "./strings";
import { goesLiveAt, PLACEHOLDER_MARK, publicationStatus, type Publishable } from "./publishing";
import { formatWhen } from "./time";

export interface ContentFile {
  /** Path relative to the content folder, with `/` separators: `cases/foo.mdx`. */
  path: string;
  text: string;
}

export interface ContentProblem {
  file: string;
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

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The validator reads references as plain slugs and checks them once all files are read. */
const slugReference: ReferenceFactory = (collection) =>
  z
    .string({ error: `expected the slug of an entry in ${collection}` })
    .min(1)
    .transform((id) => ({ id, collection })) as never;

const schemas = createSchemas(slugReference);

/** Zod's own words for a wrong type, where the schema gives none, said for an author. */
const PLAIN_TYPES: Record<string, string> = {
  array: "a list, one `- item` per line",
  boolean: "true or false",
  string: "text",
  number: "a number",
  object: "a group of fields, one `name: value` per line",
};

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value instanceof Date) return value.toISOString();
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
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

/** Parses the frontmatter of one file; YAML timestamps stay text so offsets can be checked. */
function readData(
  file: ContentFile,
  extension: string,
): { data: Record<string, unknown> } | { problem: ContentProblem } {
  let source = file.text;
  if (extension === ".mdx") {
    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      return {
        problem: {
          file: file.path,
          expected: "a frontmatter block between two `---` lines at the top of the file",
        },
      };
    }
    source = match[1];
  }
  try {
    const data = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file.path });
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return {
        problem: { file: file.path, found: describe(data), expected: "a YAML mapping of fields" },
      };
    }
    return { data: data as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
    const line = mark ? ` (line ${mark.line + 1})` : "";
    return {
      problem: {
        file: file.path,
        found: `a YAML syntax error${line}: ${reason}`,
        expected: "valid YAML",
      },
    };
  }
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

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const segments = file.path.split("/");
    const name = segments.at(-1) ?? "";
    if (name.startsWith(".")) continue;
    const collection = segments[0] as CollectionName;
    const extension = COLLECTION_EXTENSIONS[collection];
    if (segments.length !== 2 || !extension) {
      problems.push({
        file: file.path,
        expected: `a file directly inside one of ${COLLECTIONS.map((c) => `${c}/`).join(", ")}`,
      });
      continue;
    }
    if (!name.endsWith(extension)) {
      problems.push({
        file: file.path,
        found: `a ${name.includes(".") ? name.slice(name.lastIndexOf(".")) : "extensionless"} file`,
        expected: `a ${extension} file: ${collection}/ holds only ${extension} files`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!SLUG_PATTERN.test(id)) {
      problems.push({
        file: file.path,
        field: "(file name)",
        found: JSON.stringify(id),
        expected:
          "a slug of lowercase letters, digits and single hyphens, without accents (it becomes the URL)",
      });
      continue;
    }
    const read = readData(file, extension);
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    const { data } = read;
    const body = extension === ".mdx" ? bodyProblem(file) : undefined;
    if (body) problems.push(body);
    const parsed = schemas[collection].safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const found = valueAt(data, issue.path);
        problems.push({
          file: file.path,
          field: fieldName(issue.path),
          found: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : describe(found),
          expected:
            issue.code === "unrecognized_keys"
              ? `only the fields of ${collection} (see AUTHORING.md)`
              : issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
                ? (PLAIN_TYPES[issue.expected] ?? issue.message)
                : issue.message,
        });
      }
      continue;
    }
    const entryData = parsed.data as Record<string, unknown>;
    if (publicationStatus(entryData as Publishable, now) !== "draft") {
      problems.push(...leftPlaceholders(file));
    }
    entries.push({ collection, id, file: file.path, data: entryData });
  }

  problems.push(...checkReferences(entries, now));
  return { entries, problems };
}

/**
 * An MDX body that does not compile: caught here, with its line in the file, rather than
 * when its page renders. Sätteri reads the frontmatter too, so lines count from the top.
 */
function bodyProblem(file: ContentFile): ContentProblem | undefined {
  try {
    mdxToJs(file.text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const place = /^(\d+):(\d+): /.exec(message);
    return {
      file: file.path,
      field: "(testo)",
      found: place
        ? `at line ${place[1]}, column ${place[2]}: ${message.slice(place[0].length)}`
        : message,
      expected:
        "valid MDX: every component tag closed, and { } < written as \\{ \\} &lt; in prose (see AUTHORING.md)",
    };
  }
}

/**
 * The places where `npm run new` asked the author to write and nobody has yet, one problem
 * per field: the frontmatter key the line belongs to, or the body.
 */
function leftPlaceholders(file: ContentFile): ContentProblem[] {
  const lines = file.text.split(/\r?\n/);
  const frontmatter = FRONTMATTER.exec(file.text);
  const frontmatterLines = frontmatter ? frontmatter[0].split(/\r?\n/).length - 1 : 0;
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
    expected: `your own words in place of the "${PLACEHOLDER_MARK}" placeholder left by npm run new (or keep draft: true)`,
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
      found: `${JSON.stringify(target.id)}, which is a draft`,
      expected: "a published entry: a published page cannot link to a draft",
    };
  }
  if (status === "scheduled" && goesLiveAt(to)! > (goesLiveAt(from) ?? now)) {
    return {
      found: `${JSON.stringify(target.id)}, which is scheduled for ${formatWhen(to.published!)}`,
      expected:
        "an entry published no later than this page: readers would find a link to a page that does not exist yet",
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
          expected: `the slug of an existing entry in ${ref.collection}/${
            closest.length ? ` (closest: ${closest.join(", ")})` : " (there is none yet)"
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

/** `cases/foo.mdx: brand: found "netflx"; expected …` */
export function formatProblem(problem: ContentProblem, root = ""): string {
  const file = root ? `${root.replace(/\/$/, "")}/${problem.file}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : "";
  const found = problem.found !== undefined ? ` found ${problem.found};` : "";
  const expected = problem.expected.startsWith("expected ")
    ? problem.expected
    : `expected ${problem.expected}`;
  return `${file}:${field}${found} ${expected}`;
}
