/**
 * The times an article states must be times its sources give. The frontmatter holds the
 * times the sources give (an outage's start and end, a statement's, a post's); these
 * functions find any clock time in a text that none of those holds, so an invented minute
 * in the prose can be caught before it is published.
 */
import { formatClock, isWhen, type When } from "../content-model/time.ts";

/** `20:25` or `20.25`, as Italian prose writes a time of day; not part of a longer number. */
const CLOCK = /(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.:]?\d)/g;

/** Every clock time written in a text, normalised to `HH:MM`, in order of appearance. */
export function clockTimesIn(text: string): string[] {
  return [...text.matchAll(CLOCK)].map(([, h, m]) => `${h.padStart(2, "0")}:${m}`);
}

/** Every moment found anywhere in parsed frontmatter, however deep. */
export function whensIn(data: unknown): When[] {
  if (isWhen(data)) return [data];
  if (data === null || typeof data !== "object" || data instanceof Date) return [];
  return Object.values(data).flatMap(whensIn);
}

/** The clock times (Rome, `HH:MM`) that a set of moments holds: minutes and the ends of spans. */
export function heldClockTimes(whens: Iterable<When>): Set<string> {
  const held = new Set<string>();
  for (const when of whens) {
    if (when.precision === "minute") held.add(formatClock(when.instant));
    if (when.precision === "span") held.add(formatClock(when.from)).add(formatClock(when.to));
  }
  return held;
}

/** The clock times in `text` that `held` does not contain, each once. */
export function unheldTimes(text: string, held: ReadonlySet<string>): string[] {
  return [...new Set(clockTimesIn(text))].filter((time) => !held.has(time));
}

/*
 * Quotations follow the same rule as times: an article may put in quotation marks only words
 * that its frontmatter holds as somebody's words (a statement, a post's text). Short phrases
 * of up to three words («grave e imprevedibile», «Applausi!!») are left to the editor: they
 * are as often a term as a quote.
 */

/** «…», “…” and "…", as Italian prose writes a quotation. */
const QUOTATION = /«([^«»]*)»|“([^“”]*)”|"([^"]*)"/g;

/** Longer than this many words, a quotation must be held. */
export const QUOTE_MIN_WORDS = 3;

/** Lower case, one kind of apostrophe, single spaces, no punctuation at either end. */
export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
}

/** Every quotation in a text, without its marks, in order of appearance. */
export function quotationsIn(text: string): string[] {
  return [...text.matchAll(QUOTATION)].map(([, a, b, c]) => (a ?? b ?? c).trim());
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A value's `text` and its `translation.text`, where they are strings. */
function wordsOf(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  const { text, translation } = value as { text?: unknown; translation?: unknown };
  const translated = (translation as { text?: unknown } | null | undefined)?.text;
  return [text, translated].filter((words): words is string => typeof words === "string");
}

/**
 * The words a frontmatter holds as somebody's: every `statements[].text` and `post.text`, the
 * post it shared (`post.repost.text`), and the translations an outlet printed of each.
 */
export function heldQuoteTexts(data: unknown): string[] {
  if (data === null || typeof data !== "object") return [];
  const record = data as { statements?: unknown; post?: unknown };
  const held: string[] = [];
  if (Array.isArray(record.statements)) {
    for (const statement of record.statements) held.push(...wordsOf(statement));
  }
  if (typeof record.post === "string") held.push(record.post);
  else {
    held.push(...wordsOf(record.post));
    held.push(...wordsOf((record.post as { repost?: unknown } | null | undefined)?.repost));
  }
  return held;
}

/**
 * The quotations of more than three words in `text` that no held text contains, each once,
 * as written. A quotation may be part of a held text: quoting half a statement is fine.
 */
export function unheldQuotes(text: string, heldTexts: Iterable<string>): string[] {
  const held = [...heldTexts].map(normalizeQuote);
  return [...new Set(quotationsIn(text))].filter((quote) => {
    if (wordCount(quote) <= QUOTE_MIN_WORDS) return false;
    const wanted = normalizeQuote(quote);
    return !held.some((words) => words.includes(wanted));
  });
}
