/**
 * Share images cannot go stale: their key covers every module the drawing worker runs, found
 * from its module graph, wherever the module lives. The modules are those Node itself loads
 * to start the worker; the edits are made in copies of `src/`, never in the project.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { moduleGraph } from "../../src/caching/module-digest.ts";
import { drawingFingerprint } from "../../src/share-images/cache.ts";
import type { ShareImage } from "../../src/share-images/share-image-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORKER = "src/share-images/cache.ts";

/**
 * The project files Node loads to start the worker, as `./integration.ts` starts it, each with
 * the files that import it.
 */
function loadedByNode(): Map<string, string[]> {
  const script = `
    import { registerHooks } from "node:module";
    const edges = [];
    registerHooks({
      resolve(specifier, context, next) {
        const resolved = next(specifier, context);
        edges.push([resolved.url, context.parentURL]);
        return resolved;
      },
    });
    await import(${JSON.stringify(pathToFileURL(join(ROOT, WORKER)).href)});
    console.log(JSON.stringify(edges));
  `;
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const project = (url?: string) => {
    const file = url?.startsWith("file:") && relative(ROOT, fileURLToPath(url));
    return file && !file.startsWith("node_modules/") ? file : undefined;
  };
  const importers = new Map<string, string[]>();
  for (const [url, parent] of JSON.parse(output) as [string, string?][]) {
    const [file, importer] = [project(url), project(parent)];
    if (!file) continue;
    importers.set(file, [...(importers.get(file) ?? []), ...(importer ? [importer] : [])]);
  }
  return importers;
}

const importersOf = loadedByNode();
const loaded = [...importersOf.keys()];

/** Whether Node reached `file` through `from`. */
function importedThrough(file: string, from: string, seen = new Set<string>()): boolean {
  if (file === from) return true;
  seen.add(file);
  const importers = importersOf.get(file) ?? [];
  return importers.some((importer) => !seen.has(importer) && importedThrough(importer, from, seen));
}

/** What the drawing imports from outside its folder: today the colour contrast, among others. */
const outside = loaded.filter((file) => !file.startsWith("src/share-images/"));
/** The first of them the templates import. */
const fromTemplates = outside.find((file) =>
  importedThrough(file, "src/share-images/templates.ts"),
);
/** A page: nothing the drawing runs. */
const page = `src/pages/${readdirSync(join(ROOT, "src/pages")).find((name) => name.endsWith(".astro"))}`;

const temporary = mkdtempSync(join(tmpdir(), "share-image-key-"));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** A copy of the project's `src/` (its packages linked), where each file of `edits` changes. */
function copy(...edits: string[]) {
  const root = mkdtempSync(join(temporary, "copy-"));
  cpSync(join(ROOT, "src"), join(root, "src"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  for (const file of edits) appendFileSync(join(root, file), "\nexport const edited = true;\n");
  return { root, worker: join(root, WORKER) };
}

/** The worker's module as loaded from a copy: its own instance, beside the project's. */
async function cacheOf(worker: string) {
  return (await import(
    /* @vite-ignore */ pathToFileURL(worker).href
  )) as typeof import("../../src/share-images/cache.ts");
}

/** The key's code part for a copy's worker: the same renderer, so only the code counts. */
const fingerprintOf = (worker: string) => drawingFingerprint("renderer", worker);

describe("the share images' key", () => {
  it("covers every project module Node loads to run the drawing worker", () => {
    const graph = moduleGraph(join(ROOT, WORKER)).files.map((file) => relative(ROOT, file));
    expect(loaded).toContain(WORKER);
    expect(graph.sort()).toEqual(expect.arrayContaining(loaded));
    // The point of a graph: the templates import modules from outside src/share-images/.
    expect(fromTemplates).toBeDefined();
  });

  it("changes with any module the drawing imports from outside src/share-images/", () => {
    const before = fingerprintOf(copy().worker);
    for (const file of outside) {
      expect(fingerprintOf(copy(file).worker), file).not.toBe(before);
    }
  });

  it("stays the same when a page changes", () => {
    expect(loaded).not.toContain(page);
    const before = fingerprintOf(copy().worker);
    expect(fingerprintOf(copy(page).worker)).toBe(before);
  });
});

describe("the drawing worker of the next build", { timeout: 30_000 }, () => {
  const image: ShareImage = {
    slug: "default",
    source: "src/site.config.ts",
    alt: "",
    props: {
      template: "default",
      siteName: "Schermo Nero",
      title: "Schermo Nero",
      tagline: "Quando lo schermo diventa nero.",
      sections: "Blackout · Dossier",
      address: "example.org",
    },
  };

  it("redraws the images after an edit to a module the templates import, and only then", async () => {
    const dir = join(temporary, "cache");
    const draw = async (worker: string) => (await cacheOf(worker)).drawImages([image], dir);
    const { worker } = copy();
    expect(await draw(worker)).toMatchObject({ drawn: 1, reused: 0 });
    expect(await draw(worker)).toMatchObject({ drawn: 0, reused: 1 });
    expect(await draw(copy(page).worker)).toMatchObject({ drawn: 0, reused: 1 });
    expect(await draw(copy(fromTemplates!).worker)).toMatchObject({ drawn: 1, reused: 0 });
  });
});
