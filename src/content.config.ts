import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { mdxSource } from "./loaders/mdx-source";
import { contentDir } from "./lib/content-files";
import { COLLECTION_EXTENSIONS } from "./lib/content-check";
import { createSchemas, type ReferenceFactory } from "./lib/schema";

const root = contentDir();
const schemas = createSchemas(reference as unknown as ReferenceFactory);

/**
 * Slug = file name: every collection is one flat folder of the content root. Articles keep
 * their MDX bodies as text (see `mdxSource`); brands are YAML.
 */
const files = (collection: keyof typeof COLLECTION_EXTENSIONS) => {
  const options = {
    pattern: `*${COLLECTION_EXTENSIONS[collection]}`,
    base: `${root}/${collection}`,
  };
  return COLLECTION_EXTENSIONS[collection] === ".mdx" ? mdxSource(options) : glob(options);
};

export const collections = {
  brands: defineCollection({ loader: files("brands"), schema: schemas.brands }),
  outages: defineCollection({ loader: files("outages"), schema: schemas.outages }),
  cases: defineCollection({ loader: files("cases"), schema: schemas.cases }),
  dossier: defineCollection({ loader: files("dossier"), schema: schemas.dossier }),
};
