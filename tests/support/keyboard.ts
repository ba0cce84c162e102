import type { Page } from "playwright-core";
import { focusIsVisible, INTERACTIVE, type FocusLook } from "./focus.ts";

/** The skip link, which must be the first stop of Tab and lead into <main>. */
export const SKIP_LINK = 'a[href="#contenuto"]';
export const MAIN = "contenuto";

/** What a keyboard walk through a page found. */
export interface KeyboardWalk {
  /** The first element Tab reached: `SKIP_LINK` when it is the skip link. */
  firstFocus: string;
  /** Where Enter on the skip link put focus: `main#contenuto`. */
  skipLinkTarget: string;
  invisibleFocus: string[];
  unreachable: string[];
}

/**
 * Presses Tab through the whole page as a keyboard user would. The first stop must be the
 * skip link; every stop must look different from the same element unfocused; every visible
 * interactive element must be a stop. Then Enter on the skip link must land in <main>.
 *
 * The page records each stop itself, on `focusin`, so a stop costs one key press and no
 * round trip to read it: a list page has a hundred stops.
 */
export async function walkFocus(page: Page): Promise<KeyboardWalk> {
  const result: KeyboardWalk = {
    firstFocus: "",
    skipLinkTarget: "",
    invisibleFocus: [],
    unreachable: [],
  };
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
    const before = interactive.map(look);
    const seen = new Set<Element>();
    const stops: Array<{
      again: boolean;
      isSkipLink?: boolean;
      description?: string;
      after?: ReturnType<typeof look>;
      before?: ReturnType<typeof look>;
    }> = [];
    // Read when focus arrives: the site has no transition on what focus changes.
    document.addEventListener("focusin", (event) => {
      const element = event.target as Element;
      if (seen.has(element)) return void stops.push({ again: true });
      seen.add(element);
      const index = interactive.indexOf(element);
      stops.push({
        again: false,
        isSkipLink: element.matches('a[href="#contenuto"]'),
        description: describe(element),
        after: look(element),
        before: index >= 0 ? before[index] : undefined,
      });
    });
    const state = window as unknown as Record<string, unknown>;
    state.__focus = {
      stops,
      unreachable: () => interactive.filter((element) => !seen.has(element)).map(describe),
    };
    return interactive.length;
  }, INTERACTIVE);

  const first = await page.evaluate(() => document.activeElement?.localName);
  if (first !== "body") result.firstFocus = `focus already on <${first}> before any key`;

  await pressTab(page, total + 1);
  const { stops, unreachable } = await page.evaluate(() => {
    const focus = (
      window as unknown as {
        __focus: {
          stops: Array<{
            again: boolean;
            isSkipLink?: boolean;
            description?: string;
            after?: FocusLook;
            before?: FocusLook;
          }>;
          unreachable(): string[];
        };
      }
    ).__focus;
    return { stops: focus.stops, unreachable: focus.unreachable() };
  });
  for (const [index, stop] of stops.entries()) {
    if (stop.again) break;
    if (index === 0 && !result.firstFocus) {
      result.firstFocus = stop.isSkipLink ? SKIP_LINK : stop.description!;
    }
    if (!stop.before || !focusIsVisible(stop.before, stop.after!)) {
      result.invisibleFocus.push(stop.description!);
    }
  }
  result.unreachable = unreachable;

  await page.focus(SKIP_LINK);
  await page.keyboard.press("Enter");
  result.skipLinkTarget = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.localName}${element.id ? `#${element.id}` : ""}` : "nothing";
  });
  return result;
}

/**
 * Presses Tab `times` times. The key events go down the DevTools protocol all at once, which
 * delivers them in order and answers each once the page has handled it: one round trip for
 * the whole walk instead of two a stop (a third of its time).
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  const key = { key: "Tab", code: "Tab", windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      devtools.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...key }),
      devtools.send("Input.dispatchKeyEvent", { type: "keyUp", ...key }),
    ]).flat(),
  );
  await devtools.detach();
}
