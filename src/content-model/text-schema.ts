/**
 * The text fields of every collection: trimmed, visible, without bidi or control
 * characters, within their length (`textProblem`); web addresses; a post's handle.
 */
import { z } from "astro/zod";

/** A handle as platforms print it: `@` and up to 30 letters, digits, `_` or `.`. */
export const POST_HANDLE = /^@[A-Za-z0-9_.]{1,30}$/;

/** Length limits, generous for real editorial text: a title, a name, a tag; a paragraph. */
export const TEXT_LIMITS = { line: 300, paragraph: 3000 } as const;

/** Bidirectional controls: they reorder what readers see (and what a reviewer saw). */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Why a text may not hold them, after «atteso un testo». */
export const BIDI_RULE =
  "senza caratteri di controllo della direzione del testo (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F): cambiano l’ordine in cui si legge";
/** Control characters other than tab and line breaks. */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Half of a UTF-16 pair, alone (with `u`, a whole pair is one character and never matches). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Characters that print nothing: spaces, format characters, fillers, variation selectors. */
const INVISIBLE =
  /[\s\p{Cf}\p{Zs}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/**
 * What is wrong with a text field's value, said for its author, or nothing: every text field
 * of every collection goes through it (`text` below).
 */
export function textProblem(
  value: string,
  what: string,
  max: number = TEXT_LIMITS.line,
): string | undefined {
  if (value.length === 0) return `atteso ${what}, non un valore vuoto`;
  if (value.length > max) {
    return `atteso ${what} di al massimo ${max} caratteri (qui sono ${value.length})`;
  }
  if (BIDI_CONTROL.test(value)) {
    return `atteso ${what} ${BIDI_RULE}`;
  }
  if (CONTROL.test(value)) return `atteso ${what} senza caratteri di controllo`;
  if (LONE_SURROGATE.test(value)) return `atteso ${what} senza mezzi caratteri (\\uD800–\\uDFFF)`;
  if (value.replace(INVISIBLE, "") === "") {
    return `atteso ${what} con almeno un carattere visibile, non solo spazi o caratteri invisibili`;
  }
  return undefined;
}

/** A text field: trimmed, visible, without bidi or control characters, within its limit. */
export const nonEmpty = (what: string, max: number = TEXT_LIMITS.line) =>
  z
    .string({ error: `atteso ${what} (un testo)` })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, what, max);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
/** A text field of a few sentences. */
export const paragraph = (what: string) => nonEmpty(what, TEXT_LIMITS.paragraph);

export const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: "atteso un indirizzo web completo che inizia con https:// (o http://), come https://…",
  })
  .max(2000, { error: "atteso un indirizzo web di al massimo 2000 caratteri" });
