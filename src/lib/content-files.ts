import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { ContentFile } from "./content-check";

/**
 * The folder authors write in. `CONTENT_DIR` moves it (tests and benchmarks build other
 * corpora); relative paths are read from the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR || "content");
}

/** Every file under the content folder, so the validator can account for each one. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return {
        path: relative(root, absolute).split(sep).join("/"),
        text: await readFile(absolute, "utf8"),
      };
    }),
  );
}
