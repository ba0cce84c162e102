import { describe, expect, it } from "vitest";
import { htmlPages, page } from "../support/dist.ts";
import { validDist } from "../support/paths.ts";

/**
 * `tests/fixtures/corpus-valid/`, built by the global setup through `CONTENT_DIR`. A corpus
 * the check refuses stops the build: `hostile-content.test.ts` runs that build.
 */
describe("building another corpus through CONTENT_DIR", () => {
  it("builds the published pages of a valid corpus and leaves its draft out", async () => {
    const result = { outDir: validDist };
    const pages = await htmlPages(result.outDir);
    expect(pages).toContain("/blackout/prova-down/");
    expect(pages).toContain("/instant-marketing/caso-pubblicato/");
    expect(pages.some((path) => path.includes("caso-in-bozza"))).toBe(false);
    const listing = await page("/instant-marketing/", result.outDir);
    expect(listing.body.textContent).toContain("Un caso pubblicato");
    expect(listing.body.textContent).not.toContain("Un caso in bozza");
    const outage = await page("/blackout/prova-down/", result.outDir);
    expect(outage.body.textContent).toContain("1 marzo 2024, 21:10");
    expect(outage.body.textContent).toContain("1 ora e 30 minuti");
  });
});
