import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashKey, pictureDigests } from "../../src/lib/page-keys";

describe("incremental-build keys", () => {
  it("are the same for the same parts, in the same order", () => {
    expect(hashKey("a", "b")).toBe(hashKey("a", "b"));
    expect(hashKey("a", "b")).not.toBe(hashKey("b", "a"));
  });

  it("keep parts apart, so text moved from one part to the next changes the key", () => {
    expect(hashKey("ab", "c")).not.toBe(hashKey("a", "bc"));
    expect(hashKey("a\0", "b")).not.toBe(hashKey("a", "\0b"));
    expect(hashKey()).not.toBe(hashKey(""));
  });
});

describe("pictureDigests", () => {
  it("changes when a picture the body names changes, under the same name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "page-keys-"));
    await mkdir(join(dir, "immagini"));
    const file = join(dir, "caso.mdx");
    const body = 'import a from "./immagini/a.png";\n\n![Un post](./immagini/b.webp)\n\nTesto.';
    await writeFile(join(dir, "immagini/a.png"), "uno");
    await writeFile(join(dir, "immagini/b.webp"), "due");
    const before = pictureDigests(file, body);
    expect(before.map((d) => d.split("\0")[0])).toEqual(["./immagini/a.png", "./immagini/b.webp"]);
    await writeFile(join(dir, "immagini/b.webp"), "tre");
    const after = pictureDigests(file, body);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });
});
