import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleGraph, moduleGraphDigest } from "../../src/caching/module-digest.ts";

/**
 * A config importing a schema, which imports a helper; a worker started by URL; a module
 * imported for its types only; a package with a dependency; a file nothing imports.
 */
function project() {
  const root = mkdtempSync(join(tmpdir(), "module-digest-"));
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  };
  const files: Record<string, string> = {
    "content.config.ts": [
      'import { glob } from "astro/loaders";',
      'import { schema } from "./lib/schema";',
      'import type { Shape } from "./lib/shape.ts";',
      'export type { Other } from "./lib/other-shape.ts";',
      'import { type Mixed, mixed } from "./lib/mixed.ts";',
      'const worker = new URL("./lib/worker.ts", import.meta.url);',
      'const lazy = () => import("./lib/lazy.ts");',
      'import { layout } from "pkg";',
    ].join("\n"),
    "lib/schema.ts":
      'import { z } from "astro/zod";\nexport { day } from "./time.ts";\nexport const schema = 1;\n',
    "lib/time.ts": "export const day = 1;\n",
    "lib/shape.ts": "export type Shape = { a: 1 };\n",
    "lib/other-shape.ts": "export type Other = { b: 1 };\n",
    "lib/mixed.ts": "export type Mixed = 1;\nexport const mixed = 1;\n",
    "lib/worker.ts": "export const job = 1;\n",
    "lib/lazy.ts": "export const later = 1;\n",
    "lib/unrelated.ts": "export const other = 1;\n",
    "node_modules/pkg/package.json":
      '{ "name": "pkg", "version": "1.0.0", "dependencies": { "dep": "^2" } }',
    "node_modules/dep/package.json": '{ "name": "dep", "version": "2.0.0" }',
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { root, entry: join(root, "content.config.ts"), write };
}

describe("moduleGraph", () => {
  it("follows what runs: imports with or without `.ts`, re-exports, workers, import()", () => {
    const { root, entry } = project();
    const files = moduleGraph(entry).files.map((file) => file.slice(root.length + 1));
    expect(files.sort()).toEqual(
      [
        "content.config.ts",
        "lib/lazy.ts",
        "lib/mixed.ts",
        "lib/schema.ts",
        "lib/time.ts",
        "lib/worker.ts",
      ].sort(),
    );
  });

  it("leaves type-only imports out: they are erased before a module runs", () => {
    const { entry } = project();
    const files = moduleGraph(entry).files.join("\n");
    expect(files).not.toMatch(/shape\.ts/);
  });

  it("names the packages imported, not Node's own modules", () => {
    const { entry, write } = project();
    write("lib/time.ts", 'import { join } from "node:path";\nimport fs from "fs";\n');
    expect([...moduleGraph(entry).packages.keys()].sort()).toEqual(["astro", "pkg"]);
  });
});

describe("moduleGraphDigest", () => {
  it("changes when a module the config imports changes, however deep", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("lib/time.ts", "export const day = 2;\n");
    expect(moduleGraphDigest(entry)).not.toBe(before);
  });

  it("changes with a worker started by URL", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("lib/worker.ts", "export const job = 2;\n");
    expect(moduleGraphDigest(entry)).not.toBe(before);
  });

  it("changes with the installed version of a package, or of a package it depends on", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("node_modules/dep/package.json", '{ "name": "dep", "version": "2.0.1" }');
    const updated = moduleGraphDigest(entry);
    expect(updated).not.toBe(before);
    write("node_modules/pkg/package.json", '{ "name": "pkg", "version": "1.1.0" }');
    expect(moduleGraphDigest(entry)).not.toBe(updated);
  });

  it("stays the same for a file outside the graph, or imported for its types only", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("lib/unrelated.ts", "export const other = 2;\n");
    write("lib/shape.ts", "export type Shape = { a: 2 };\n");
    expect(moduleGraphDigest(entry)).toBe(before);
  });

  it("is the same for the same sources in another folder", () => {
    expect(moduleGraphDigest(project().entry)).toBe(moduleGraphDigest(project().entry));
  });
});
