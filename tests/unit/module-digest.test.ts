import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moduleGraphDigest } from "../../src/caching/module-digest.ts";

/** A config importing a schema, which imports a helper; plus a file nothing imports. */
function project() {
  const root = mkdtempSync(join(tmpdir(), "module-digest-"));
  mkdirSync(join(root, "lib"));
  const files: Record<string, string> = {
    "content.config.ts":
      'import { glob } from "astro/loaders";\nimport { schema } from "./lib/schema";\n',
    "lib/schema.ts":
      'import { z } from "astro/zod";\nexport { day } from "./time.ts";\nexport const schema = 1;\n',
    "lib/time.ts": "export const day = 1;\n",
    "lib/unrelated.ts": "export const other = 1;\n",
  };
  const write = (name: string, text: string) => writeFileSync(join(root, name), text);
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { entry: join(root, "content.config.ts"), write };
}

describe("moduleGraphDigest", () => {
  it("changes when a module the config imports changes, however deep", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("lib/time.ts", "export const day = 2;\n");
    expect(moduleGraphDigest(entry)).not.toBe(before);
  });

  it("stays the same for a file outside the graph, and for packages", () => {
    const { entry, write } = project();
    const before = moduleGraphDigest(entry);
    write("lib/unrelated.ts", "export const other = 2;\n");
    expect(moduleGraphDigest(entry)).toBe(before);
  });
});
