/**
 * Passages that two articles share word for word. Each article is told in its own words, so a
 * long sentence copied from one page to another is a sign of a formula (the same opening in
 * every case) or of a paragraph moved without being rewritten. Short sentences and the words
 * of components (a post's text, a statement) are not counted: those are quotations, and
 * quoting the same post on two pages is right.
 */

import { CORE_SCHEMA, load } from "js-yaml";

/** How long a shared sentence must be to count, in words: shorter ones are set phrases. */
export const SHARED_SENTENCE_MIN_WORDS = 10;

export interface ArticleText {
  /** The file, as messages name it (`cases/zoom-condivide-lo-schermo.mdx`). */
  file: string;
  /** The whole file: frontmatter and MDX body. */
  text: string;
}

export interface SharedSentence {
  /** The sentence as the first file writes it. */
  sentence: string;
  /** Every file that holds it, sorted. */
  files: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The prose of an MDX file's frontmatter, one text per field: the standfirst (`description`) and
 * the text of each correction note. A correction records a fact, not a sentence, so its wording
 * is held to the same rule as the article's.
 */
function frontmatterProseOf(frontmatter: string): string[] {
  let data: unknown;
  try {
    // The core schema keeps dates as text: only strings are read here.
    data = load(frontmatter, { schema: CORE_SCHEMA });
  } catch {
    // A frontmatter that is not YAML is reported by the content check, with its line.
    return [];
  }
  if (!isRecord(data)) return [];
  const corrections = Array.isArray(data.corrections) ? data.corrections : [];
  return [data.description, ...corrections.map((entry) => (isRecord(entry) ? entry.text : null))]
    .filter((text): text is string => typeof text === "string")
    .map((text) => text.replace(/\s+/g, " ").trim());
}

/**
 * What a reader reads of an article as prose: its standfirst, its correction notes and the
 * Markdown of its body, without components, comments, link targets, emphasis marks or
 * headings' `#`.
 */
export function proseOf(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const [frontmatter, body] = match ? [match[1], match[2]] : ["", text];
  const prose = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
    // A component with props (`<PostCard … />`, `<Timeline … />`): its words are quotations.
    .replace(/<([A-Z][\w.]*)\b[^>]*?\/>/g, " ")
    .replace(/<\/?[A-Z][\w.]*\b[^>]*>/g, " ")
    .replace(/^import\s.*$/gm, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+(.*)$/gm, "$1.")
    .replace(/[*_`]/g, "");
  // Each frontmatter text is a paragraph of its own, so two notes never join into one sentence.
  return [...frontmatterProseOf(frontmatter), prose].join("\n\n");
}

/** The sentences of a prose text, split at a full stop, a question or an exclamation mark. */
export function sentencesOf(prose: string): string[] {
  return prose
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s+/g, " ").split(/(?<=[.!?…][»”"’)]?)\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** A sentence reduced to its words, so quotes, apostrophes and case do not hide a copy. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[’'`]/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Prose without what it quotes: words between «…», “…” or "…", and a title set in italics
 * (`_Netflix, Instagram e Rai…_`). Two pages may quote the same post or name the same source;
 * what they may not share is their own sentences. A quotation leaves a break, so the words
 * before and after it never join into a run that the page does not contain.
 */
export function withoutQuotations(prose: string): string {
  return prose
    .replace(/«[^»]*»|“[^”]*”|"[^"\n]*"/g, " | ")
    .replace(/(^|[^\p{L}\p{N}])_[^_\n]+_(?![\p{L}\p{N}])/gu, "$1 | ");
}

/**
 * Every passage of at least `minWords` consecutive words that two articles share, outside
 * quotations, with the two files. This is stricter than comparing whole sentences: a sentence
 * copied with one clause changed still shares a long run of words, and is still a copy.
 * A passage repeated inside one article is that article's own business.
 */
export function sharedSentences(
  articles: ArticleText[],
  minWords = SHARED_SENTENCE_MIN_WORDS,
): SharedSentence[] {
  // Each stretch of prose between two breaks (a sentence end, a quotation) is read on its own.
  const stretches = articles.map(({ file, text }) => ({
    file,
    stretches: sentencesOf(withoutQuotations(proseOf(text)))
      .flatMap((sentence) => sentence.split("|"))
      .map(wordsOf)
      .filter((words) => words.length >= minWords),
  }));
  const owners = new Map<string, Set<string>>();
  for (const { file, stretches: list } of stretches) {
    for (const words of list) {
      for (let i = 0; i + minWords <= words.length; i++) {
        const run = words.slice(i, i + minWords).join(" ");
        const files = owners.get(run) ?? new Set<string>();
        files.add(file);
        owners.set(run, files);
      }
    }
  }
  const found = new Map<string, SharedSentence>();
  for (const { file, stretches: list } of stretches) {
    for (const words of list) {
      for (let i = 0; i + minWords <= words.length; i++) {
        const others = [...owners.get(words.slice(i, i + minWords).join(" "))!].filter(
          (other) => other !== file,
        );
        for (const other of others) {
          // Extend the run as far as the other file shares it: one passage, not ten overlapping runs.
          let end = i + minWords;
          while (
            end < words.length &&
            owners.get(words.slice(end - minWords + 1, end + 1).join(" "))?.has(other)
          ) {
            end++;
          }
          const files = [file, other].sort();
          const passage = words.slice(i, end).join(" ");
          const key = `${files.join(" ")} ${passage}`;
          const covered = [...found.values()].some(
            (entry) =>
              entry.files.join(" ") === files.join(" ") && entry.sentence.includes(passage),
          );
          if (!covered) found.set(key, { sentence: passage, files });
        }
      }
    }
  }
  return [...found.values()];
}
