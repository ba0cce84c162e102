import { existsSync } from "node:fs";

/**
 * How the project runs Debian's Chromium, for the browser tests, the screenshots and the
 * Lighthouse audit: as root, headless, and with every background connection off (this
 * machine has no network, and a page under test must reach nothing but the site).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The browser tests prefer Chromium's headless shell (Debian's `chromium-headless-shell`),
 * the same engine without the desktop browser around it, which is what Playwright itself
 * runs headless: the suite's browser files cost 40% less CPU with it
 * (docs/performance.md). Without it they run in the full Chromium.
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const testChromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
