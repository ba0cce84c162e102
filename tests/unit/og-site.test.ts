import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateHash } from "../../src/lib/share-image-key";
import { templateSources } from "../../src/og/site";

describe("the early start of share images", () => {
  it("reads the same template source as the /og/ route, so both give the same cache keys", async () => {
    // The route's own expression, from its folder's point of view.
    const route = import.meta.glob<string>("../../src/og/**/*.ts", {
      query: "?raw",
      import: "default",
      eager: true,
    });
    const early = await templateSources(join(import.meta.dirname, "../../src/og"));
    expect(Object.keys(early).length).toBe(Object.keys(route).length);
    expect(templateHash(early)).toBe(templateHash(route));
  });
});
