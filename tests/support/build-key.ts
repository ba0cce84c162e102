import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { outputDir, projectRoot } from "./paths.ts";

/**
 * What a build of the site reads besides its content: the code, the public files, the
 * config, the locked dependencies and what launches the build. A change to any of them, or to the
 * content, makes every fixture build stale.
 */
const SOURCES = [
  "src",
  "public",
  "astro.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "scripts/node-floor.mjs",
  "scripts/support",
];

async function filesUnder(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null);
  if (entries === null) return [path];
  return entries.filter((entry) => entry.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * A digest of a corpus and of everything its build reads: the same key means the last build
 * in its folder is the one this one would make, so a second `npm test` skips it.
 */
export async function buildKey(contentDir: string): Promise<string> {
  const hash = createHash("sha256");
  const paths = [
    ...(await Promise.all(SOURCES.map((source) => filesUnder(join(projectRoot, source))))).flat(),
    ...(await filesUnder(contentDir)),
  ].sort();
  for (const path of paths) {
    const bytes = await readFile(path);
    hash.update(`${relative(projectRoot, path)}\0${bytes.length}\0`).update(bytes);
  }
  // The public address comes from the environment (src/site.config.ts).
  hash.update(`${process.env.SITE_URL ?? ""}\0${process.env.BASE_PATH ?? ""}\0${process.version}`);
  return hash.digest("hex");
}

/** The key of the last build into a folder, kept beside the fixture builds (ignored by git). */
const stampOf = (outDir: string) =>
  join(outputDir, "keys", createHash("sha256").update(outDir).digest("hex").slice(0, 16));

/** Whether `outDir` holds a complete build made with this key. */
export async function builtWith(outDir: string, key: string): Promise<boolean> {
  const stamp = await readFile(stampOf(outDir), "utf8").catch(() => "");
  return stamp === key && existsSync(join(outDir, "index.html"));
}

/** Records that `outDir` now holds the build of this key (or, with `undefined`, none). */
export async function recordBuild(outDir: string, key: string | undefined): Promise<void> {
  await mkdir(join(outputDir, "keys"), { recursive: true });
  await writeFile(stampOf(outDir), key ?? "");
}
