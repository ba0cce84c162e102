import { describe, expect, it } from "vitest";
import { hashKey } from "../../src/lib/page-keys";

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
