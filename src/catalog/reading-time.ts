import { countLabel } from "../content-model/strings.ts";

/** Words an adult reads in a minute of Italian prose, a common editorial estimate. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of an MDX body, leaving out tags, imports and code fences' markers. */
export function countWords(body: string): number {
  const text = body
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/[#*_`>[\]()|-]/g, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** `1 minuto di lettura`, `3 minuti di lettura`. */
export function readingTime(body: string): string {
  const minutes = Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
  return `${countLabel(minutes, "minuto", "minuti")} di lettura`;
}
