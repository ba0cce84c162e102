/**
 * How the project runs Debian's Chromium, for the browser tests and the Lighthouse audit:
 * as root, headless, and with every background connection off (this machine has no
 * network, and a page under test must reach nothing but the site).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
