import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { ContentFile } from "./content-check";
import { isImagePath } from "./mdx-check";

/**
 * The folder authors write in. `CONTENT_DIR` moves it (tests and benchmarks build other
 * corpora); relative paths are read from the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR || "content");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Every file under the content folder, so the validator can account for each one. Pictures
 * are listed, not read; a symbolic link or a file that is not UTF-8 is marked, so the check
 * refuses it instead of publishing what the loader would make of it.
 */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile() || entry.isSymbolicLink());
  return Promise.all(
    files.map(async (entry): Promise<ContentFile> => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(root, absolute).split(sep).join("/");
      if (entry.isSymbolicLink()) return { path, text: "", unreadable: "symlink" };
      if (isImagePath(entry.name)) return { path, text: "", asset: true };
      const bytes = await readFile(absolute);
      try {
        return { path, text: utf8.decode(bytes) };
      } catch {
        return { path, text: new TextDecoder().decode(bytes), unreadable: "encoding" };
      }
    }),
  );
}

/** The names of the site's own components (`src/components/*.astro`), which MDX may import. */
export async function siteComponentNames(projectRoot: string): Promise<string[]> {
  const names = await readdir(join(projectRoot, "src/components"));
  return names.filter((name) => name.endsWith(".astro")).map((name) => name.slice(0, -6));
}
