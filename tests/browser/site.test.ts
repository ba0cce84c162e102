import type {
  Browser,
  BrowserContext,
  ConsoleMessage,
  Page,
  Request,
  Response,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { htmlPages } from "../support/dist.ts";
import { horizontalOverflow } from "../support/page-checks.ts";
import { MISSING } from "../support/page-kinds.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

/**
 * Every page of the build in Chromium, once each, on a 360 px phone in the dark theme: the
 * cheap checks that hold page by page (it answers, loads every file it asks for, asks no
 * other origin, logs no error, never scrolls sideways, sets no cookie). axe-core and the
 * keyboard, a second or more a page, run on one page of each kind at every width and in both
 * themes (`layout.test.ts`), so the suite does not grow with every article.
 */
const VIEWPORT = { width: 360, height: 800 };

/** What one visit of one page found. */
interface Visit {
  path: string;
  status: number | undefined;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  overflow?: string;
}

/** Tabs open at once: two keep both cores busy while one page waits on the other. */
const PARALLEL_PAGES = 2;

const pages = [...(await htmlPages()), MISSING];

describe.skipIf(!browserAvailable())("every page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const visits: Visit[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    context = await browser.newContext({
      colorScheme: "dark",
      viewport: VIEWPORT,
      reducedMotion: "reduce",
    });
    const queue = [...pages];
    const tab = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        visits.push(await visit(page, server.origin, path));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, tab));
    visits.sort((a, b) => pages.indexOf(a.path) - pages.indexOf(b.path));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const report = (pick: (visit: Visit) => string[]) =>
    visits.flatMap((visit) => pick(visit).map((line) => `${visit.path}: ${line}`));

  it("visits every page of the build, and the 404 for a missing one", () => {
    const answered = visits.map((visit) => `${visit.path} ${visit.status}`);
    expect(answered).toEqual(pages.map((path) => `${path} ${path === MISSING ? 404 : 200}`));
  });

  it("logs no console error and throws no exception", () => {
    expect(report((visit) => visit.consoleErrors)).toEqual([]);
  });

  it("loads every file it asks for", () => {
    expect(report((visit) => visit.failedRequests)).toEqual([]);
  });

  it("asks nothing of any origin but the site's own", () => {
    expect(report((visit) => visit.foreignRequests)).toEqual([]);
  });

  it("never scrolls sideways on a 360 px wide screen", () => {
    expect(report((visit) => (visit.overflow ? [visit.overflow] : []))).toEqual([]);
  });

  it("sets no cookie", async () => {
    expect(await context.cookies()).toEqual([]);
  });
});

async function visit(page: Page, origin: string, path: string): Promise<Visit> {
  const result: Visit = {
    path,
    status: undefined,
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
  };
  const onConsole = (message: ConsoleMessage) => {
    // The browser reports the 404 status of the missing page itself; that one is expected.
    const ownStatus = path === MISSING && message.location().url === origin + MISSING;
    if (message.type() === "error" && !ownStatus) result.consoleErrors.push(message.text());
  };
  const onError = (error: Error) => result.consoleErrors.push(String(error));
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) {
      result.foreignRequests.push(request.url());
    }
  };
  const onFailed = (request: Request) => {
    // Leaving the page cancels what it still loads (the favicon): not a missing file, which
    // answers 404 below.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    result.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  };
  const onResponse = (response: Response) => {
    const expected404 = path === MISSING && response.url() === origin + MISSING;
    if (response.status() >= 400 && !expected404) {
      result.failedRequests.push(`${response.url()} (${response.status()})`);
    }
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("request", onRequest);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  try {
    const response = await page.goto(origin + path, { waitUntil: "load" });
    result.status = response?.status();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    result.overflow = await horizontalOverflow(page);
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
    page.off("request", onRequest);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
  }
  return result;
}
