import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseHTML } from "linkedom";
import { distDir } from "./paths.ts";

/** Every HTML file of a build, as site paths: `/blackout/x/`, `/404.html`. */
export async function htmlPages(root = distDir): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => "/" + relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .map((path) => path.replace(/index\.html$/, ""))
    .sort();
}

/** The file that serves a site path. */
export function fileFor(path: string, root = distDir): string {
  return join(root, path.endsWith("/") ? `${path}index.html` : path);
}

/** The parsed document at a site path. */
export async function page(path: string, root = distDir): Promise<Document> {
  const html = await readFile(fileFor(path, root), "utf8");
  return parseHTML(html).document as unknown as Document;
}
