import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.2 level A and AA, as axe-core tags them. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = await readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * axe-core's WCAG 2.2 AA violations on the page, one line each with up to three targets; with
 * `rules`, only those rules' (ids such as `target-size`).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; once a
  // document, however many widths it is checked at.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  // Blocks far below the first screen skip their layout until a reader nears them
  // (`render-when-near`); axe's target-size grid would place their links where they are not
  // and find targets overlapping 1000 px apart. A reader always sees them laid out.
  await page.evaluate(() => {
    for (const block of document.querySelectorAll<HTMLElement>(".render-when-near")) {
      block.style.contentVisibility = "visible";
    }
  });
  const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_TAGS };
  const axe = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({
        runOnly: only,
        resultTypes: ["violations"],
      }),
    runOnly,
  );
  return axe.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

/** Describes why a page is wider than its window, or `undefined` when it is not. */
export function horizontalOverflow(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    const wide = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 3)
      .map((element) => `<${element.localName} class="${element.getAttribute("class") ?? ""}">`);
    return `page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window: ${wide.join(", ")}`;
  });
}
