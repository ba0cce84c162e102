import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS, testChromiumPath } from "../../scripts/lib/chromium.ts";

const INSTALL_HINT =
  "Chromium is missing: install Debian's package " +
  "(`sudo apt-get install chromium-headless-shell`, or `chromium`) " +
  "or set CHROMIUM_PATH to a Chromium binary.";

/**
 * Whether the browser suites can run. Locally a missing Chromium skips them with a hint;
 * under CI=true it is a failure, so a green CI always means the browser tests ran.
 */
export function browserAvailable(): boolean {
  if (existsSync(testChromiumPath)) return true;
  if (process.env.CI === "true")
    throw new Error(`${INSTALL_HINT} (CI=true: browser tests must run)`);
  console.warn(`Skipping browser tests. ${INSTALL_HINT}`);
  return false;
}

/** Headless Chromium with no network of its own: only the site under test is reached. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: testChromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
