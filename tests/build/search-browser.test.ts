import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILTER } from "../../src/search/search-text.ts";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { fileFor } from "../support/dist.ts";
import { editorialDist } from "../support/paths.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

// Searched on the editorial fixture, whose words are known: the live articles change.
const RAI = "/blackout/rai-down-giugno-2018/";

describe.runIf(browserAvailable())("searching in a browser", () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(editorialDist);
    browser = await launchBrowser();
    tab = await browser.newPage();
    tab.on("request", (request) => {
      if (!request.url().startsWith(server.origin)) foreign.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string) {
    await tab.goto(`${server.origin}/cerca/`);
    const field = tab.getByLabel("Cerca negli articoli");
    await field.pressSequentially(query, { delay: 20 });
    await tab.getByRole("status").filter({ hasText: query }).waitFor();
  }

  const results = () =>
    tab
      .locator("[data-search-results] h2 a")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it("finds the Rai article for an inflection its text does not use", async () => {
    // The text says "batterie"; the reader types the singular, which only stemming matches.
    const html = await readFile(fileFor(RAI, editorialDist), "utf8");
    expect(html).toMatch(/\bbatterie\b/);
    expect(html).not.toMatch(/\bbatteria\b/i);
    await search("batteria");
    expect(await results()).toContain(RAI);
    await expect(tab.locator("[data-search-results] mark").first().textContent()).resolves.toMatch(
      /^batteri/i,
    );
  });

  it("narrows results by kind", async () => {
    await search("Netflix");
    const all = await results();
    expect(all.some((path) => !path.startsWith("/blackout/"))).toBe(true);
    await tab.getByRole("checkbox", { name: "Blackout" }).check();
    await tab.waitForURL(/[?&]tipo=Blackout/);
    await expect
      .poll(async () => (await results()).every((path) => path.startsWith("/blackout/")))
      .toBe(true);
    expect((await results()).length).toBeGreaterThan(0);
    expect(new URL(tab.url()).searchParams.getAll("tipo")).toEqual(["Blackout"]);
  });

  it("narrows results by who they are about", async () => {
    await search("Netflix");
    await tab
      .getByRole("group", { name: "Protagonisti" })
      .getByRole("checkbox", { name: "Rai" })
      .check();
    await tab.waitForURL(new RegExp(`[?&]${FILTER.who}=Rai`));
    const facets = () =>
      tab
        .locator("[data-search-results] li > p:first-child")
        .evaluateAll((lines) => lines.map((line) => line.textContent ?? ""));
    await expect
      .poll(async () => (await facets()).every((line) => line.includes("Rai")))
      .toBe(true);
    expect((await facets()).length).toBeGreaterThan(0);
  });

  it("reaches no origin but the site's own", () => {
    expect(foreign).toEqual([]);
  });
});
