import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

const contentDir = process.env.CONTENT_DIR;
if (!contentDir) throw new Error("the benchmark's peer builds a generated corpus: set CONTENT_DIR");

const articles = (folder: string) =>
  defineCollection({ loader: glob({ pattern: "**/*.mdx", base: `${contentDir}/${folder}` }) });

export const collections = {
  outages: articles("outages"),
  cases: articles("cases"),
  dossier: articles("dossier"),
};
