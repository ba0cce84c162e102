import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { entryPath, type Section } from "../../src/content-model/urls.ts";
import { liveEntries } from "../support/content.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

// Any live article with a source on the web: the print rules are the same for every one.
const article = (await liveEntries()).find(
  (entry) =>
    entry.collection !== "brands" &&
    (entry.data.sources as { url?: string }[]).some((source) => source.url?.startsWith("https://")),
)!;
const ARTICLE = entryPath(article.collection as Section, article.id);

describe.runIf(browserAvailable())("an article on paper", () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    tab = await browser.newPage({ colorScheme: "dark" });
    await tab.goto(`${server.origin}${ARTICLE}`);
    await tab.emulateMedia({ media: "print", colorScheme: "dark" });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("leaves out navigation, sharing and the links to other articles", async () => {
    for (const selector of [
      "body > header",
      "body > footer",
      'nav[aria-label="Percorso"]',
      '[aria-labelledby="condividi"]',
      'a[rel="prev"], a[rel="next"]',
    ]) {
      const shown = await tab
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(shown, selector).toBe(0);
    }
    await expect(tab.locator("h1").isVisible()).resolves.toBe(true);
  });

  it("prints where each external link leads", async () => {
    const source = tab.locator('#fonti ~ ol a[href^="https://"]').first();
    const href = await source.getAttribute("href");
    const after = await source.evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain(href);
  });

  it("prints black on white even when the screen is dark", async () => {
    const colors = await tab.evaluate(() => ({
      text: getComputedStyle(document.querySelector("article p")!).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colors.text).toBe("rgb(0, 0, 0)");
    expect(colors.page).toMatch(/^rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)$/);
  });
});
