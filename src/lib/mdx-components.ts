/**
 * The components an author writes in any article's MDX without importing them. The names
 * live here, apart from the `.astro` files, so that the content check (plain TypeScript,
 * run before Astro) and the pages (`src/components/mdx.ts`) share one list.
 */
export const MDX_COMPONENTS = [
  "Timeline",
  "Statement",
  "PostCard",
  "FactBox",
  "SourceNote",
] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];
