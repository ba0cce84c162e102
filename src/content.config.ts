import { defineCollection, reference, type SchemaContext } from "astro:content";
import { glob } from "astro/loaders";
import { contentDir } from "./lib/content-files";
import { COLLECTION_EXTENSIONS } from "./lib/content-check";
import { createSchemas, type ReferenceFactory } from "./lib/schema";

const root = contentDir();

/**
 * Slug = file name: every collection is one flat folder of the content root, read by Astro's
 * own `glob()` loader, so articles are MDX entries that pages render with `render(entry)`.
 */
const files = (collection: keyof typeof COLLECTION_EXTENSIONS) =>
  glob({ pattern: `*${COLLECTION_EXTENSIONS[collection]}`, base: `${root}/${collection}` });

/** Astro's `reference()` and `image()` build the schemas' links and pictures. */
const schemas = ({ image }: SchemaContext) =>
  createSchemas({ reference: reference as unknown as ReferenceFactory, image });

export const collections = {
  brands: defineCollection({ loader: files("brands"), schema: (c) => schemas(c).brands }),
  outages: defineCollection({ loader: files("outages"), schema: (c) => schemas(c).outages }),
  cases: defineCollection({ loader: files("cases"), schema: (c) => schemas(c).cases }),
  dossier: defineCollection({ loader: files("dossier"), schema: (c) => schemas(c).dossier }),
};
