/**
 * Which headings a long article lists at its top. Only second-level headings, the sections
 * a reader skims for; fewer than three make no map worth the space.
 */
export const TABLE_OF_CONTENTS_MIN_SECTIONS = 3;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export function tableOfContents<H extends Heading>(headings: readonly H[]): H[] {
  const sections = headings.filter((heading) => heading.depth === 2 && heading.slug);
  return sections.length >= TABLE_OF_CONTENTS_MIN_SECTIONS ? sections : [];
}
