import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "../support/browser.ts";
import { htmlPages } from "../support/dist.ts";
import { MAIN, SKIP_LINK, walkFocus, type KeyboardWalk } from "../support/keyboard.ts";
import { axeViolations, horizontalOverflow } from "../support/page-checks.ts";
import { pageKinds, pagesInDepth } from "../support/page-kinds.ts";
import { serveStatic, type StaticServer } from "../support/server.ts";

/**
 * One page of each kind (`page-kinds.ts`; on the extreme corpus, every article and brand
 * page too) at every width a reader brings, in both themes: 320, 375, 768, 1280 and 1440 px.
 * Nothing scrolls sideways, nothing is cut off by its container (the chart's labels, cards,
 * figures, navigation), axe-core finds no WCAG 2.2 AA violation, and the keyboard reaches
 * everything with a focus a reader can see. Every page gets the cheap checks in
 * `site.test.ts`.
 */
const WIDTHS = [320, 375, 768, 1280, 1440];
/**
 * The further pages of the extreme corpus (their kind has had every width): the narrowest,
 * where long words break first, the tablet, where the layout changes, and the widest.
 */
const FURTHER_WIDTHS = [320, 768, 1440];
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];
/**
 * axe-core is the slow part (a few hundred milliseconds a page, a second on a busy machine).
 * Contrast depends on the theme, tap targets on the width: every rule runs on a desktop in
 * the light theme and a phone in the dark one, and the tap-target rule also on the tablet,
 * where a wrapped card title once left a link too small to tap.
 */
const AXE_AT: Record<Scheme, number[]> = { light: [1280], dark: [375] };
const TAP_TARGETS_AT: Record<Scheme, number[]> = { light: [768], dark: [] };
const TAP_TARGET_RULES = ["target-size"];
/** The keyboard walk, once per theme: a desktop in the light one, a phone in the dark one. */
const WALK_AT: Record<Scheme, number> = { light: 1280, dark: 375 };

const all = await htmlPages();
const PAGES = pagesInDepth(all);
/** The keyboard walk follows the layout, not the words: one page of each kind is enough. */
const WALKED = new Set(pageKinds(all));
/**
 * What axe judges on a page at one setting: on a kind, the rules above. The further pages of
 * the extreme corpus share their kind's markup, so axe has judged it; what their words can
 * break (overflow, clipping) is checked on each of them at every width.
 */
function axeAt(page: Page, path: string, scheme: Scheme, width: number): Promise<string[]> {
  if (!WALKED.has(path)) return Promise.resolve([]);
  if (AXE_AT[scheme].includes(width)) return axeViolations(page);
  if (TAP_TARGETS_AT[scheme].includes(width)) return axeViolations(page, TAP_TARGET_RULES);
  return Promise.resolve([]);
}

interface Found {
  where: string;
  overflow?: string;
  clipped: string[];
  violations: string[];
}

interface Walked extends KeyboardWalk {
  where: string;
}

describe.skipIf(!browserAvailable())("each kind of page at every width, in both themes", () => {
  let server: StaticServer;
  let browser: Browser;
  const found: Found[] = [];
  const walks: Walked[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    // One tab per theme, side by side: both cores busy.
    await Promise.all(
      SCHEMES.map(async (colorScheme) => {
        const context = await browser.newContext({ colorScheme, reducedMotion: "reduce" });
        const page = await context.newPage();
        for (const path of PAGES) {
          // One load per page: resizing the window lays it out again, media queries included.
          await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
          await page.goto(server.origin + path, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          for (const width of WALKED.has(path) ? WIDTHS : FURTHER_WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            found.push({
              where: `${path} @${width} ${colorScheme}`,
              overflow: await horizontalOverflow(page),
              clipped: await clipped(page),
              violations: await axeAt(page, path, colorScheme, width),
            });
          }
          if (WALKED.has(path)) {
            // Last: the walk moves focus and scrolls, which the checks above must not see.
            await page.setViewportSize({ width: WALK_AT[colorScheme], height: 900 });
            walks.push({
              where: `${path} @${WALK_AT[colorScheme]} ${colorScheme}`,
              ...(await walkFocus(page)),
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
    const further = PAGES.filter((path) => !WALKED.has(path)).length;
    expect(found).toHaveLength(
      ((PAGES.length - further) * WIDTHS.length + further * FURTHER_WIDTHS.length) * SCHEMES.length,
    );
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
    for (const kind of ["/", "/blackout/", "/marchi/", "/tag/", "/cronologia/", "/atlante/"]) {
      expect(PAGES).toContain(kind);
    }
    expect(walks).toHaveLength(WALKED.size * SCHEMES.length);
  });

  it("never scrolls sideways", () => {
    expect(report((f) => (f.overflow ? [f.overflow] : []))).toEqual([]);
  });

  it("cuts off no label, card, figure or link", () => {
    expect(report((f) => f.clipped)).toEqual([]);
  });

  it.each(SCHEMES)(
    "has no axe-core violation of WCAG 2.2 AA in the %s theme, and no tap target too small on a phone, a tablet or a desktop",
    (scheme) => {
      expect(report((f) => (f.where.endsWith(` ${scheme}`) ? f.violations : []))).toEqual([]);
    },
  );

  it("puts the skip link first in the tab order, and it moves focus to the main content", () => {
    const wrong = walks.filter(
      (walk) => walk.firstFocus !== SKIP_LINK || walk.skipLinkTarget !== `main#${MAIN}`,
    );
    expect(
      wrong.map(
        (walk) =>
          `${walk.where}: first Tab → ${walk.firstFocus}, skip link → ${walk.skipLinkTarget}`,
      ),
    ).toEqual([]);
  });

  it("reaches every interactive element with Tab and shows where focus is", () => {
    expect(
      walks.flatMap((walk) => [
        ...walk.invisibleFocus.map(
          (element) => `${walk.where}: no visible focus style on ${element}`,
        ),
        ...walk.unreachable.map((element) => `${walk.where}: Tab never reaches ${element}`),
      ]),
    ).toEqual([]);
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
