/**
 * A digest of a module and of everything it runs: what a cache built from that module's
 * behaviour must be keyed by. Astro's content store is keyed by the graph of
 * `content.config.ts` (`src/content-check/check-integration.ts`), the share images by the
 * graph of the worker that draws them (`src/share-images/cache.ts`).
 *
 * The graph is read from the sources: relative specifiers are followed into any file (`.ts`
 * as written or added, `/index.ts`, JSON, CSS), and so is `new URL("./x.ts", import.meta.url)`,
 * how a worker's entry is named. Type-only imports (`import type`, `export type … from`) are
 * not followed: they are erased before the module runs. A package counts by the installed
 * version of it and of every dependency it brings, so that `npm update` counts too. Imports
 * are found by pattern, not by a parser: one in a comment is followed too, which costs a wider
 * key, never a stale one.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative } from "node:path";

/**
 * `import x from "…"`, `import "…"`, `export { y } from "…"`, `import("…")`. Group 1 marks
 * a type-only import (not `import type from`, whose default import is named `type`).
 */
const IMPORT =
  /(?<![\w$.])(?:import|export)(\s+type(?!\s*,|\s+from\b))?(?:\s*\(|\s+(?:[^;]*?\bfrom)??)\s*["']([^"'\s]+)["']/g;

/** `new URL("./worker.ts", import.meta.url)`: a file the module starts or reads. */
const URL_OF_FILE = /\bnew\s+URL\(\s*["'](\.{1,2}\/[^"'\s]+)["']\s*,\s*import\.meta\.url\s*\)/g;

/** A bare specifier: `satori`, `@resvg/resvg-js`, `astro/zod`, `astro:content`. */
const PACKAGE = /^(?:@[\w.-]+\/)?[\w.:-]+(?:\/|$)/;

/** What `path` is; a folder the build may not read (permission model) holds nothing. */
function statOf(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

const isFile = (path: string) => statOf(path)?.isFile() ?? false;

/** The file a relative specifier names: as written (less a `?query`), or with `.ts` added. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier.replace(/[?#].*$/, ""));
  return [base, `${base}.ts`, join(base, "index.ts")].find(isFile);
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return parts.slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

/**
 * The folder Node finds package `name` in from `folder`: the nearest `node_modules` holding
 * it. `hasModules` remembers which folders have a `node_modules` (most packages have none).
 */
function packageFolder(name: string, folder: string, hasModules = new Map<string, boolean>()) {
  for (let dir = folder; ; dir = dirname(dir)) {
    const modules = join(dir, "node_modules");
    if (!hasModules.has(modules)) hasModules.set(modules, statOf(modules)?.isDirectory() ?? false);
    if (hasModules.get(modules) && isFile(join(modules, name, "package.json"))) {
      return join(modules, name);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The project files a module runs and the packages they import (name → the importing file). */
export function moduleGraph(entry: string): { files: string[]; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(IMPORT)].filter(([, typeOnly]) => !typeOnly);
    const specifiers = [...imports, ...text.matchAll(URL_OF_FILE)].map((match) => match.at(-1)!);
    for (const specifier of specifiers) {
      if (specifier.startsWith(".")) {
        const target = resolveRelative(file, specifier);
        if (target) queue.push(target);
      } else if (PACKAGE.test(specifier) && !isBuiltin(specifier)) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  }
  return { files: [...files], packages };
}

/**
 * `name@version` of each installed package, and of the dependencies it brings, sorted; a name
 * no `node_modules` holds (a virtual module such as `astro:content`) stands for itself.
 */
export function installedVersions(packages: Map<string, string>): string[] {
  const found = new Map<string, string>();
  const asked = new Set<string>();
  const hasModules = new Map<string, boolean>();
  const queue = [...packages].map(([name, importer]) => ({ name, from: dirname(importer) }));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (asked.has(`${next.from}\0${next.name}`)) continue;
    asked.add(`${next.from}\0${next.name}`);
    // Optional ones for other platforms are not installed: they are skipped, as Node does.
    const folder = packageFolder(next.name, next.from, hasModules);
    if (!folder || found.has(folder)) continue;
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    found.set(folder, `${manifest.name}@${manifest.version}`);
    const { dependencies, optionalDependencies, peerDependencies } = manifest;
    for (const group of [dependencies, optionalDependencies, peerDependencies]) {
      for (const name of Object.keys(group ?? {})) queue.push({ name, from: folder });
    }
  }
  const missing = [...packages].filter(([name, file]) => !packageFolder(name, dirname(file)));
  return [...found.values(), ...missing.map(([name]) => name)].sort();
}

export function moduleGraphDigest(entry: string): string {
  const hash = createHash("sha256");
  const { files, packages } = moduleGraph(entry);
  // Paths relative to the entry: the same sources give the same digest in any clone.
  for (const file of files) {
    hash
      .update(`${relative(dirname(entry), file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  }
  for (const version of installedVersions(packages)) hash.update(`\0${version}`);
  return hash.digest("hex");
}
