import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../support/build.ts";
import { htmlPages, page } from "../support/dist.ts";
import { fixturesDir } from "../support/paths.ts";

describe("building another corpus through CONTENT_DIR", () => {
  it("builds the published pages of a valid corpus and leaves its draft out", async () => {
    const result = await buildCorpus("corpus-valid", join(fixturesDir, "corpus-valid"));
    expect(result.code, result.output).toBe(0);
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

  it("stops on a broken file and names the file and the field", async () => {
    const result = await buildCorpus("corpus-broken", join(fixturesDir, "corpus-broken"));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /cases\/caso-rotto\.mdx: brand: trovato "netflx"; atteso lo slug di una voce che esiste in brands\/ \(forse: netflix\)/,
    );
    expect(existsSync(result.outDir) ? readdirSync(result.outDir) : []).not.toContain("index.html");
  });
});
