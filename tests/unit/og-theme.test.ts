import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_CARD_BARS } from "../../src/share-images/share-image-tokens.ts";
import { projectRoot } from "../support/paths.ts";

describe("the share images' test-card strip", () => {
  it("has the site's colour bars, in the site's order", () => {
    const css = readFileSync(join(projectRoot, "src/styles/global.css"), "utf8");
    const bars = [...css.matchAll(/--color-bar-[a-z]+:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect([...TEST_CARD_BARS]).toEqual(bars);
  });
});
