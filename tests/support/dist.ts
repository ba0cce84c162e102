import { readdir, readFile, stat } from "node:fs/promises";
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

/**
 * Parsed pages, by file and its last change: most test files read the same pages, and the
 * files of a worker share this module (vitest.config.ts: `isolate: false`), so each page is
 * parsed once, not once a file. A page is never changed in place by a test (they clone).
 */
const parsed = new Map<string, Promise<Document>>();

/** The parsed document at a site path. */
export async function page(path: string, root = distDir): Promise<Document> {
  const file = fileFor(path, root);
  const { mtimeMs, size } = await stat(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  let doc = parsed.get(key);
  if (!doc) {
    doc = readFile(file, "utf8").then((html) => parseHTML(html).document as unknown as Document);
    parsed.set(key, doc);
  }
  return doc;
}
