import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { htmlPages } from "../support/dist.ts";
import { focusIsVisible, INTERACTIVE, type FocusLook } from "../support/focus.ts";
import { axeViolations, horizontalOverflow } from "../support/page-checks.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

const SKIP_LINK = 'a[href="#contenuto"]';
const MAIN = "contenuto";

/**
 * Each page is visited once per colour scheme: light on a desktop window, dark on a 360 px
 * phone, so both themes and both layouts are checked with one visit each.
 */
const SCHEMES = [
  { colorScheme: "light", viewport: { width: 1280, height: 800 } },
  { colorScheme: "dark", viewport: { width: 360, height: 800 } },
] as const;
type Scheme = (typeof SCHEMES)[number]["colorScheme"];

/** What one visit of one page found. */
interface Visit {
  path: string;
  scheme: Scheme;
  status: number | undefined;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  violations: string[];
  firstFocus: string;
  skipLinkTarget: string;
  invisibleFocus: string[];
  unreachable: string[];
  overflow?: string;
}

/** Tabs open at once: two keep both CI cores busy while one page waits on the other. */
const PARALLEL_PAGES = 2;

const pages = await htmlPages();
/** A URL that does not exist: the host answers with the 404 page, at any depth. */
const MISSING = "/pagina-che-non-esiste/di-sicuro/";

describe.skipIf(!browserAvailable())("every page in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const visits: Visit[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    const jobs: Array<() => Promise<Visit>> = [];
    for (const { colorScheme, viewport } of SCHEMES) {
      const context = await browser.newContext({ colorScheme, viewport, reducedMotion: "reduce" });
      contexts.push(context);
      for (const path of [...pages, MISSING]) {
        jobs.push(async () => {
          const page = await context.newPage();
          const found = await visit(page, server.origin, path, colorScheme);
          await page.close();
          return found;
        });
      }
    }
    visits.push(...(await inParallel(jobs, PARALLEL_PAGES)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const report = (pick: (visit: Visit) => string[]) =>
    visits.flatMap((visit) =>
      pick(visit).map((line) => `${visit.path} (${visit.scheme}): ${line}`),
    );

  it("visits every page of the build, in both colour schemes", () => {
    const answered = visits.map((visit) => `${visit.path} ${visit.scheme} ${visit.status}`);
    const expected = SCHEMES.flatMap(({ colorScheme }) => [
      ...pages.map((path) => `${path} ${colorScheme} 200`),
      `${MISSING} ${colorScheme} 404`,
    ]);
    expect(answered).toEqual(expected);
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

  it.each(SCHEMES.map(({ colorScheme }) => colorScheme))(
    "has no axe-core violation of WCAG 2.2 AA in the %s colour scheme",
    (scheme) => {
      expect(report((visit) => (visit.scheme === scheme ? visit.violations : []))).toEqual([]);
    },
  );

  it("puts the skip link first in the tab order, and it moves focus to the main content", () => {
    const wrong = visits.filter(
      (visit) => visit.firstFocus !== SKIP_LINK || visit.skipLinkTarget !== `main#${MAIN}`,
    );
    expect(
      wrong.map(
        (visit) =>
          `${visit.path} (${visit.scheme}): first Tab → ${visit.firstFocus}, skip link → ${visit.skipLinkTarget}`,
      ),
    ).toEqual([]);
  });

  it("reaches every interactive element with Tab and shows where focus is", () => {
    expect(
      report((visit) => [
        ...visit.invisibleFocus.map((element) => `no visible focus style on ${element}`),
        ...visit.unreachable.map((element) => `Tab never reaches ${element}`),
      ]),
    ).toEqual([]);
  });

  it("never scrolls sideways on a 360 px wide screen", () => {
    expect(report((visit) => (visit.overflow ? [visit.overflow] : []))).toEqual([]);
  });

  it("sets no cookie", async () => {
    for (const context of contexts) expect(await context.cookies()).toEqual([]);
  });
});

/** Runs jobs with at most `limit` at a time; results keep the jobs' order. */
async function inParallel<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

async function visit(page: Page, origin: string, path: string, scheme: Scheme): Promise<Visit> {
  const result: Visit = {
    path,
    scheme,
    status: undefined,
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    violations: [],
    firstFocus: "",
    skipLinkTarget: "",
    invisibleFocus: [],
    unreachable: [],
  };
  page.on("console", (message) => {
    // The browser reports the 404 status of the missing page itself; that one is expected.
    const ownStatus = path === MISSING && message.location().url === origin + MISSING;
    if (message.type() === "error" && !ownStatus) result.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => result.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) {
      result.foreignRequests.push(request.url());
    }
  });
  page.on("requestfailed", (request) =>
    result.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    const expected404 = path === MISSING && response.url() === origin + MISSING;
    if (response.status() >= 400 && !expected404) {
      result.failedRequests.push(`${response.url()} (${response.status()})`);
    }
  });

  const response = await page.goto(origin + path, { waitUntil: "load" });
  result.status = response?.status();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  result.violations = await axeViolations(page);

  if (scheme === "dark") result.overflow = await horizontalOverflow(page);
  await walkFocus(page, result);
  return result;
}

/**
 * Presses Tab through the whole page as a keyboard user would. The first stop must be the
 * skip link; every stop must look different from the same element unfocused; every visible
 * interactive element must be a stop. Then Enter on the skip link must land in <main>.
 */
async function walkFocus(page: Page, result: Visit): Promise<void> {
  const total = await page.evaluate((selector) => {
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
        background: style.backgroundColor,
        border: `${style.borderStyle} ${style.borderWidth} ${style.borderColor}`,
        textDecoration: `${style.textDecorationLine} ${style.textDecorationThickness} ${style.textDecorationColor}`,
        color: style.color,
        box: `${Math.round(box.x)},${Math.round(box.y)},${Math.round(box.width)}x${Math.round(box.height)}`,
      };
    };
    const describe = (element: Element) => {
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const href = element.getAttribute("href");
      return `<${element.localName}${href ? ` href="${href}"` : ""}>${text}`;
    };
    const interactive = [...document.querySelectorAll(selector)].filter((element) =>
      element.checkVisibility({ visibilityProperty: true }),
    );
    const state = window as unknown as Record<string, unknown>;
    state.__focus = { look, describe, interactive, before: interactive.map(look), seen: new Set() };
    return interactive.length;
  }, INTERACTIVE);

  const first = await page.evaluate(() => document.activeElement?.localName);
  if (first !== "body") result.firstFocus = `focus already on <${first}> before any key`;

  for (let step = 0; step <= total; step++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const { look, describe, interactive, before, seen } = (
        window as unknown as {
          __focus: {
            look(element: Element): FocusLook;
            describe(element: Element): string;
            interactive: Element[];
            before: FocusLook[];
            seen: Set<Element>;
          };
        }
      ).__focus;
      const element = document.activeElement;
      if (!element || element === document.body) return { done: true as const };
      const index = interactive.indexOf(element);
      const again = seen.has(element);
      seen.add(element);
      return {
        done: again,
        isSkipLink: element.matches('a[href="#contenuto"]'),
        description: describe(element),
        after: look(element),
        before: index >= 0 ? before[index] : undefined,
      };
    });
    if (stop.done) break;
    if (step === 0 && !result.firstFocus) {
      result.firstFocus = stop.isSkipLink ? SKIP_LINK : stop.description;
    }
    if (!stop.before || !focusIsVisible(stop.before, stop.after)) {
      result.invisibleFocus.push(stop.description);
    }
  }
  result.unreachable = await page.evaluate(() => {
    const { interactive, seen, describe } = (
      window as unknown as {
        __focus: { interactive: Element[]; seen: Set<Element>; describe(e: Element): string };
      }
    ).__focus;
    return interactive.filter((element) => !seen.has(element)).map(describe);
  });

  await page.focus(SKIP_LINK);
  await page.keyboard.press("Enter");
  result.skipLinkTarget = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.localName}${element.id ? `#${element.id}` : ""}` : "nothing";
  });
}
