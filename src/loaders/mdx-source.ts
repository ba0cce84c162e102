/**
 * Article collections: Astro's `glob()` loader, with each `.mdx` file kept as source text.
 *
 * Astro's MDX entry type defers rendering to one Vite module per file, so every build
 * bundled every article again: at a thousand articles that was most of the bundling time
 * (about 6 ms a file, on every build). Here the MDX integration still reads the frontmatter,
 * the schema still validates it, the digest still skips unchanged files and dev still watches
 * the folder; only the body stays text, compiled when its page renders
 * (`src/data/article-body.ts`).
 */
import { glob, type Loader, type LoaderContext } from "astro/loaders";

/** How a file type reads its frontmatter and body: the part of Astro's entry type we keep. */
interface EntryType {
  extensions: string[];
  getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown;
}

/** Astro gives `glob()` the registered file types in its context, outside the public type. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function mdxSource(options: { pattern: string; base: string }): Loader {
  const files = glob(options);
  return {
    name: "mdx-source",
    load(context: GlobContext) {
      const mdx = context.entryTypes?.get(".mdx");
      if (!mdx)
        throw new Error(
          "mdx-source: Astro's loader context has no `.mdx` entry type (is @astrojs/mdx installed, and does this Astro still pass `entryTypes` to glob()?)",
        );
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set(".mdx", { extensions: mdx.extensions, getEntryInfo: mdx.getEntryInfo });
      return files.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}
