/**
 * Reads an entry's fields exactly as Astro's loader will: an article's frontmatter through
 * the very function `@astrojs/mdx` calls (`parseFrontmatter` of `@astrojs/internal-helpers`,
 * resolved from `@astrojs/mdx`'s own folder), a brand's YAML through the js-yaml that Astro
 * itself resolves, with Astro's options. The check and the build therefore never disagree
 * on a value: a date-like title is a Date for both, a `%YAML` directive or a `--- ` with a
 * trailing space mean the same to both. `tests/unit/frontmatter-astro.test.ts` compares the
 * two readings on generated variants.
 *
 * On top of Astro's reading, a second pass of the same parser over the same text (with a
 * listener, which changes nothing it reads) finds what Astro's result no longer shows: the
 * text each YAML timestamp was written as, so a time without its UTC offset is refused
 * instead of silently read as UTC, and aliases and anchors (`*name`, `&name`), refused
 * before anything walks the data.
 */
import { createRequire } from "node:module";

/** What an author may write, at most, between the two `---` lines (a long article: 6 KB). */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;

/** The js-yaml 4 API the readers use (the project's own js-yaml is another major version). */
interface YamlState {
  input: string;
  position: number;
  line: number;
  lineStart: number;
  anchor: string | null;
  tag: string | null;
  result: unknown;
}
interface YamlMark {
  line: number;
  column: number;
}
interface YamlError extends Error {
  reason: string;
  mark?: YamlMark;
}
interface Yaml {
  load(
    text: string,
    options?: { filename?: string; listener?: (event: string, state: YamlState) => void },
  ): unknown;
}
interface FrontmatterHelpers {
  extractFrontmatter(code: string): string | undefined;
  parseFrontmatter(
    code: string,
    options: { frontmatter: "empty-with-spaces" },
  ): { frontmatter: Record<string, unknown>; rawFrontmatter: string };
}

const require = createRequire(import.meta.url);
/** Resolved from the packages that use them, as their own imports resolve. */
const fromMdx = createRequire(require.resolve("@astrojs/mdx"));
const frontmatterHelpers: FrontmatterHelpers = fromMdx("@astrojs/internal-helpers/frontmatter");
const fromAstro = createRequire(require.resolve("astro/package.json"));
/** The js-yaml Astro reads `.yaml` data entries with (its own dependency, js-yaml 4). */
const astroYaml: Yaml = fromAstro("js-yaml");
/** The js-yaml `parseFrontmatter` reads frontmatter with. */
const frontmatterYaml: Yaml = createRequire(
  fromMdx.resolve("@astrojs/internal-helpers/frontmatter"),
)("js-yaml");

/** A YAML timestamp as the author wrote it, and where it ended up in the data. */
export interface WrittenTimestamp {
  path: PropertyKey[];
  text: string;
  line: number;
}

export type EntryReading =
  | { data: Record<string, unknown>; timestamps: WrittenTimestamp[] }
  | { problem: { line?: number; found?: string; expected: string } };

const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";
/** YAML 1.1's timestamp, as js-yaml matches it: the scalar text inside a node's source. */
const TIMESTAMP_TEXT =
  /\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?/;

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** `lineOf` for many places of one text: the line starts found once, then a binary search. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Where an article's frontmatter sits, with Astro's own extraction: the YAML between the
 * opening `---` and the first line that starts with `---` (or `+++`).
 */
function locate(text: string): { raw: string; start: number } | undefined {
  const raw = frontmatterHelpers.extractFrontmatter(text);
  if (raw === undefined) return undefined;
  let start = text.indexOf(raw);
  while (start >= 0 && !text.startsWith("---", start - 3) && !text.startsWith("+++", start - 3)) {
    start = text.indexOf(raw, start + 1);
  }
  return { raw, start };
}

/** How many lines of the file the frontmatter takes, both `---` lines included. */
export function frontmatterLineCount(text: string): number {
  const found = locate(text);
  return found ? lineOf(text, found.start + found.raw.length + 3) : 0;
}

/**
 * The delimiters Astro accepts but an author never means: `+++` (TOML for Astro), text on
 * the `---` lines (Astro reads it as YAML, or leaves it at the top of the body).
 */
function delimiterProblem(text: string, raw: string, start: number) {
  const opening = text.slice(start - 3, start);
  const firstLine = raw.slice(0, raw.indexOf("\n"));
  const closingAt = start + raw.length;
  const closing = text.slice(closingAt, closingAt + 3);
  const closingRest = /^[^\r\n]*/.exec(text.slice(closingAt + 3))![0];
  const expected =
    "il frontmatter tra due righe con solo `---`: la prima riga del file e quella che lo chiude";
  if (opening !== "---") {
    return { line: lineOf(text, start), found: "`+++` (frontmatter TOML)", expected };
  }
  if (firstLine.trim() !== "") {
    return { line: lineOf(text, start), found: `---${firstLine}`, expected };
  }
  if (closing !== "---" || closingRest.trim() !== "") {
    return { line: lineOf(text, closingAt), found: `${closing}${closingRest}`, expected };
  }
  return undefined;
}

function sizeProblem(source: string, line: number, kind: "mdx" | "yaml") {
  const bytes = Buffer.byteLength(source);
  if (bytes <= MAX_FRONTMATTER_BYTES) return undefined;
  return {
    line,
    found: `${Math.ceil(bytes / 1024)} KB di campi`,
    expected: `al massimo ${MAX_FRONTMATTER_BYTES / 1024} KB di campi: ${
      kind === "mdx"
        ? "il testo lungo va nel corpo dell’articolo"
        : "un marchio ha pochi campi brevi"
    }`,
  };
}

/** js-yaml's most common reasons, said for an author; the rest keep js-yaml's own words. */
const YAML_REASONS: Array<[english: string, italian: string]> = [
  ["bad indentation of a mapping entry", "un campo rientrato in modo diverso dagli altri"],
  ["bad indentation of a sequence entry", "un `- elemento` rientrato in modo diverso dagli altri"],
  ["duplicated mapping key", "un campo scritto due volte"],
  [
    "missed comma between flow collection entries",
    "manca una virgola tra gli elementi tra parentesi",
  ],
  ["unexpected end of the stream within a flow collection", "una parentesi aperta e mai chiusa"],
  ["unexpected end of the stream within a double quoted scalar", "virgolette aperte e mai chiuse"],
  [
    "unexpected end of the stream within a single quoted scalar",
    "un apostrofo aperto e mai chiuso",
  ],
  [
    "unexpected end of the document within a double quoted scalar",
    "virgolette aperte e mai chiuse",
  ],
  [
    "unexpected end of the document within a single quoted scalar",
    "un apostrofo aperto e mai chiuso",
  ],
  ["tab characters must not be used in indentation", "un tab nel rientro (usa gli spazi)"],
  ["can not read a block mapping entry", "una riga che non è un campo `nome: valore`"],
  ["can not read an implicit mapping pair", "manca un `:` dopo il nome del campo"],
  ["end of the stream or a document separator is expected", "testo che non è un campo"],
  ["unknown tag", "un tag YAML sconosciuto"],
  ["unidentified alias", "un alias YAML (`*nome`)"],
];

function yamlProblem(error: unknown, firstLine: number) {
  const { reason, mark } = error as YamlError;
  const line = mark ? firstLine + mark.line : undefined;
  if (typeof reason !== "string") {
    return { line, found: "un errore inatteso", expected: "YAML valido" };
  }
  if (reason.includes("maxDepth")) {
    return {
      line,
      found: "più di 100 livelli di campi uno dentro l’altro",
      expected: "campi annidati al massimo di qualche livello, come in AUTHORING.md",
    };
  }
  const said = YAML_REASONS.find(([english]) => reason.startsWith(english))?.[1] ?? reason;
  return {
    line,
    found: `un errore di sintassi YAML: ${said}`,
    expected: "YAML valido: controlla virgolette, due punti e rientri",
  };
}

/**
 * The same parse again, observed: the first alias (`*name`, what multiplies values) or else
 * the first anchor (`&name`), and the text of every timestamp. Nothing here walks the data,
 * so an alias bomb costs what its text costs.
 */
function observe(yaml: Yaml, source: string, firstLine: number) {
  const written = new Map<Date, { text: string; line: number }>();
  const opened: number[] = [];
  const lineAt = lineFinder(source);
  let anchor: { found: string; line: number } | undefined;
  let alias: { found: string; line: number } | undefined;
  const result = yaml.load(source, {
    listener(event, state) {
      if (event === "open") {
        opened.push(state.position);
        return;
      }
      const start = opened.pop() ?? 0;
      const node = source.slice(start, state.position);
      const at = (text: string) => firstLine + lineAt(start + node.indexOf(text)) - 1;
      const aliasName = /^\s*\*(\S+)/.exec(node)?.[1];
      if (aliasName !== undefined && !alias) {
        alias = { found: `un alias YAML (*${aliasName})`, line: at("*") };
      }
      if (state.anchor !== null && !anchor) {
        anchor = { found: `un’àncora YAML (&${state.anchor})`, line: at("&") };
      }
      if (state.tag === TIMESTAMP_TAG && state.result instanceof Date) {
        const text = TIMESTAMP_TEXT.exec(node)?.[0];
        if (text && !written.has(state.result)) {
          written.set(state.result, { text, line: at(text) });
        }
      }
    },
  });
  return { result, multiplier: alias ?? anchor, written };
}

function timestampsIn(
  value: unknown,
  written: Map<Date, { text: string; line: number }>,
  path: PropertyKey[] = [],
): WrittenTimestamp[] {
  if (value instanceof Date) {
    const source = written.get(value);
    return source ? [{ path, ...source }] : [];
  }
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    timestampsIn(child, written, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/**
 * Reads one entry's fields as Astro will, or says why it cannot be read: no frontmatter,
 * odd delimiters, too large, not YAML, not `name: value` fields, an alias or an anchor.
 */
export function readEntry(text: string, kind: "mdx" | "yaml", filename: string): EntryReading {
  let source: string;
  let firstLine: number;
  let read: () => unknown;
  if (kind === "mdx") {
    const found = locate(text);
    if (!found) {
      return {
        problem: {
          expected: "in cima al file il frontmatter, cioè i campi chiusi tra due righe `---`",
        },
      };
    }
    const delimiters = delimiterProblem(text, found.raw, found.start);
    if (delimiters) return { problem: delimiters };
    source = found.raw;
    firstLine = lineOf(text, found.start);
    read = () => frontmatterHelpers.parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
  } else {
    source = text;
    firstLine = 1;
    read = () => astroYaml.load(text, { filename });
  }
  const tooLarge = sizeProblem(source, firstLine, kind);
  if (tooLarge) return { problem: tooLarge };

  let astroData: unknown;
  let observed: ReturnType<typeof observe>;
  try {
    astroData = read();
    observed = observe(kind === "mdx" ? frontmatterYaml : astroYaml, source, firstLine);
  } catch (error) {
    return { problem: yamlProblem(error, firstLine) };
  }
  if (observed.multiplier) {
    return {
      problem: {
        ...observed.multiplier,
        expected:
          "ogni valore scritto per intero: àncore e alias YAML (&nome, *nome) non sono accettati",
      },
    };
  }
  const { result } = observed;
  if (result === null || typeof result !== "object" || Array.isArray(result)) {
    return {
      problem: {
        line: firstLine,
        found: result === null || result === undefined ? "niente" : "un valore solo, senza nome",
        expected: "campi scritti `nome: valore`, uno per riga",
      },
    };
  }
  const data = (
    kind === "mdx" ? (astroData as { frontmatter: unknown }).frontmatter : astroData
  ) as Record<string, unknown>;
  return { data, timestamps: timestampsIn(result, observed.written) };
}
