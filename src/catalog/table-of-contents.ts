/**
 * Which headings a long article lists at its top: its second-level sections, the ones a
 * reader skims for. A short article (under about three minutes of reading) or one with fewer
 * than three sections needs no map.
 */
import { countWords } from "./reading-time.ts";

export const TABLE_OF_CONTENTS_MIN_SECTIONS = 3;
export const TABLE_OF_CONTENTS_MIN_WORDS = 500;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export function tableOfContents<H extends Heading>(headings: readonly H[], body: string): H[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.slug);
  const long = countWords(body) >= TABLE_OF_CONTENTS_MIN_WORDS;
  return long && sections.length >= TABLE_OF_CONTENTS_MIN_SECTIONS ? sections : [];
}
