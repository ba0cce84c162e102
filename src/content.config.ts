import { defineCollection, reference as astroReference } from "astro:content";
import { glob } from "astro/loaders";
import { contentDir } from "./content-check/content-files.ts";
import { COLLECTION_EXTENSIONS } from "./content-check/entry-file-names.ts";
import { z } from "astro/zod";
import { caseSchema, createSchemas, type ReferenceFactory } from "./content-model/schema.ts";

const root = contentDir();

/**
 * Slug = file name: every collection is one flat folder of the content root, read by Astro's
 * own `glob()` loader, so articles are MDX entries that pages render with `render(entry)`.
 */
const files = (collection: keyof typeof COLLECTION_EXTENSIONS) =>
  glob({ pattern: `*${COLLECTION_EXTENSIONS[collection]}`, base: `${root}/${collection}` });

/** Astro's `reference()` and `image()` build the schemas' links and pictures. */
const reference = astroReference as unknown as ReferenceFactory;

/**
 * Astro calls a schema function once for every entry, with that entry's own `image()`. Only a
 * case can hold a picture, so its schema is built per entry and the others once: built per
 * entry, the schemas took most of a second of a thousand-article build.
 */
const once = createSchemas({ reference, image: () => z.never() });

export const collections = {
  brands: defineCollection({ loader: files("brands"), schema: once.brands }),
  outages: defineCollection({ loader: files("outages"), schema: once.outages }),
  cases: defineCollection({
    loader: files("cases"),
    schema: ({ image }) => caseSchema({ reference, image }),
  }),
  dossier: defineCollection({ loader: files("dossier"), schema: once.dossier }),
};
