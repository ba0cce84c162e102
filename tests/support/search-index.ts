import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { distDir } from "./paths.ts";

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's page records of a build: gzip files that begin with a signature, then JSON. */
export async function searchRecords(root = distDir): Promise<SearchRecord[]> {
  const dir = join(root, "pagefind", "fragment");
  const files = await readdir(dir);
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(join(dir, file))).toString("utf8");
      return JSON.parse(text.slice(text.indexOf("{")));
    }),
  );
}
