import { open, readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { ContentFile } from "./content-check.ts";
import { PICTURE_LIMITS, pictureFormatOf } from "./picture-file.ts";
import { BODY_LIMITS } from "./mdx-limits.ts";

/**
 * The folder authors write in. `CONTENT_DIR` moves it (tests and benchmarks build other
 * corpora); relative paths are read from the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CONTENT_DIR || "content");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes past which a text file is not read: far above `BODY_LIMITS.characters` in UTF-8. */
const TEXT_BYTES = BODY_LIMITS.characters * 4;

/**
 * Every file under the content folder, hidden ones included, so the validator can account
 * for each one. Of a picture only its size and first bytes are read (`PictureFacts`); a
 * symbolic link, a file that is not UTF-8 or one too large to be an article is marked, so the
 * check refuses it instead of publishing what the loader would make of it.
 */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile() || entry.isSymbolicLink());
  return Promise.all(
    files.map(async (entry): Promise<ContentFile> => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(root, absolute).split(sep).join("/");
      if (entry.isSymbolicLink()) return { path, text: "", unreadable: "symlink" };
      try {
        return await readOne(absolute, path, entry.name);
      } catch {
        // Not readable by the build either (permissions, a file gone meanwhile): say so.
        return { path, text: "", unreadable: "access" };
      }
    }),
  );
}

/** One file as the check needs it: a picture's facts, or a text file's UTF-8 text. */
async function readOne(absolute: string, path: string, name: string): Promise<ContentFile> {
  if (pictureFormatOf(name)) {
    return { path, text: "", asset: true, picture: await pictureFacts(absolute) };
  }
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    if (size > TEXT_BYTES) return { path, text: "", unreadable: "size" };
    const bytes = await handle.readFile();
    try {
      return { path, text: utf8.decode(bytes) };
    } catch {
      return { path, text: new TextDecoder().decode(bytes), unreadable: "encoding" };
    }
  } finally {
    await handle.close();
  }
}

/** A picture's size on disk and its first bytes, where its header is. */
async function pictureFacts(absolute: string) {
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, PICTURE_LIMITS.headerBytes));
    await handle.read(head, 0, head.length, 0);
    return { bytes: size, head };
  } finally {
    await handle.close();
  }
}
