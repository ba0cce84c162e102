import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { htmlPages } from "../support/dist.ts";
import { axeViolations, horizontalOverflow } from "../support/page-checks.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

/**
 * The layout at every width a reader brings, in both themes: one page of each kind (the
 * first of its section in the build), at 320, 375, 768, 1280 and 1440 px. Nothing scrolls
 * sideways, nothing is cut off by its container (the chart's labels, cards, figures,
 * navigation), and axe-core finds no WCAG 2.2 AA violation. `site.test.ts` covers every
 * page at two sizes; this covers every size for one page of each kind.
 */
const WIDTHS = [320, 375, 768, 1280, 1440];
const SCHEMES = ["light", "dark"] as const;
/**
 * axe-core is the slow part (about a second a page on a busy machine): it runs here where
 * `site.test.ts`, which runs it on every page at 1280 px light and 360 px dark, does not:
 * the tablet width in the light theme and the widest in the dark one.
 */
const AXE_AT: Record<(typeof SCHEMES)[number], number> = { light: 768, dark: 1440 };
/** Every page of a build, minus articles but the first of each kind: one of each layout. */
const all = await htmlPages();
const firstOf = (section: string) =>
  all.find((path) => new RegExp(`^/${section}/[^/]+/$`).test(path));
const SECTIONS = new Set(
  [
    "blackout",
    "instant-marketing",
    "dossier",
    "marchi",
    "tag",
    "cronologia",
    "atlante",
    "cerca",
  ].map((section) => `/${section}/`),
);
const PAGES = [
  "/",
  "/blackout/",
  "/marchi/",
  "/tag/",
  "/cronologia/",
  "/atlante/",
  "/cerca/",
  "/pagina-che-non-esiste/",
  // Standalone pages (about, explainers): whatever the build has outside the sections.
  ...all.filter((path) => /^\/[^/]+\/$/.test(path) && !SECTIONS.has(path)),
  ...["blackout", "instant-marketing", "dossier", "marchi", "tag"].flatMap(
    (section) => firstOf(section) ?? [],
  ),
];

interface Found {
  where: string;
  overflow?: string;
  clipped: string[];
  violations: string[];
}

describe.skipIf(!browserAvailable())("layout at every width, in both themes", () => {
  let server: StaticServer;
  let browser: Browser;
  const found: Found[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    await Promise.all(
      SCHEMES.map(async (colorScheme) => {
        const context = await browser.newContext({ colorScheme, reducedMotion: "reduce" });
        const page = await context.newPage();
        for (const path of PAGES) {
          // One load per page: resizing the window lays it out again, media queries included.
          await page.setViewportSize({ width: WIDTHS[0], height: 900 });
          await page.goto(server.origin + path, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            found.push({
              where: `${path} @${width} ${colorScheme}`,
              overflow: await horizontalOverflow(page),
              clipped: await clipped(page),
              violations: AXE_AT[colorScheme] === width ? await axeViolations(page) : [],
            });
          }
        }
        await context.close();
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const report = (pick: (f: Found) => string[]) =>
    found.flatMap((f) => pick(f).map((line) => `${f.where}: ${line}`));

  it("visits one page of each kind at each width in each theme", () => {
    expect(found).toHaveLength(PAGES.length * WIDTHS.length * SCHEMES.length);
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it("never scrolls sideways", () => {
    expect(report((f) => (f.overflow ? [f.overflow] : []))).toEqual([]);
  });

  it("cuts off no label, card, figure or link", () => {
    expect(report((f) => f.clipped)).toEqual([]);
  });

  it("has no axe-core violation of WCAG 2.2 AA at 768 px light and 1440 px dark", () => {
    expect(report((f) => f.violations)).toEqual([]);
  });
});

/**
 * Visible elements that reach past an ancestor that cuts off what overflows it (an SVG, or
 * any box whose overflow is not visible), or whose own text is wider than their box.
 */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SELECTOR =
      "svg text, [data-card-list] article, [data-card-list] a, figure, figcaption, nav a, h1, h2, h3, summary";
    const describe = (element: Element) =>
      `<${element.localName}> «${(element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}»`;
    const problems: string[] = [];
    for (const element of document.querySelectorAll(SELECTOR)) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      // Text for screen readers only is clipped on purpose.
      if (element.closest(".sr-only")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (!(element instanceof SVGElement) && element.scrollWidth > element.clientWidth + 1) {
        const style = getComputedStyle(element);
        if (style.display !== "inline") {
          problems.push(`${describe(element)} is wider than its box`);
          continue;
        }
      }
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const cuts =
          up.localName === "svg"
            ? getComputedStyle(up).overflow !== "visible"
            : getComputedStyle(up).overflowX !== "visible";
        if (!cuts) continue;
        const outer = up.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1) {
          problems.push(`${describe(element)} runs out of <${up.localName}>`);
        }
        break;
      }
    }
    return problems;
  });
}
