/**
 * `npm run screenshots`: one full-page PNG of every kind of page, at 375 and 1280 px, in the
 * light and the dark theme (`prefers-color-scheme` emulated), taken in Debian's Chromium as
 * the browser tests run it, from a production build served on 127.0.0.1. The pages are read
 * from the build's routes (every index.html of dist/), never from a list, so a new page is
 * never left out.
 *
 *   npm run screenshots                  → uses dist/ (builds it first when missing)
 *   npm run screenshots -- --build       → builds first
 *   npm run screenshots -- --all         → every page of the build, not one of each kind
 *   npm run screenshots -- --only /,/cronologia/   → just these pages (while working on them)
 *   npm run screenshots -- --dist tests/.output/corpus-two-days/dist   → another build's pages
 *
 * PNGs go to screenshots/ (git-ignored), named `<page>--<width>-<theme>.png`.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath } from "./lib/chromium.ts";
// The static host of the browser tests: same headers (CSP included), same 404 handling.
import { serveStatic } from "../tests/support/server.ts";

const { values } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    all: { type: "boolean", default: false },
    only: { type: "string" },
    dist: { type: "string" },
  },
});
const root = fileURLToPath(new URL("..", import.meta.url));
const dist = values.dist ? resolve(values.dist) : join(root, "dist");
const out = join(root, "screenshots");

if (values.dist && !existsSync(join(dist, "index.html"))) {
  console.error(`Nessun sito costruito in ${dist}: manca index.html.`);
  process.exit(1);
}
// Another build's folder is taken as it is; only dist/ is built here.
if (!values.dist && (values.build || !existsSync(join(dist, "index.html")))) {
  const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Every page of the built site, from its routes: each folder of dist/ with an index.html. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(dist, { recursive: true, withFileTypes: true });
  return files
    .filter((file) => file.isFile() && file.name === "index.html")
    .map((file) => relative(dist, file.parentPath).split(sep).filter(Boolean).join("/"))
    .map((path) => (path ? `/${path}/` : "/"))
    .sort();
}

/**
 * A page's kind: a page of its own at the top (`/atlante/`), or the route of a section's
 * pages (`/blackout/…/`), so that one of each stands for all the others.
 */
function kindOf(path: string): string {
  const parts = path.split("/").filter(Boolean);
  return parts.length <= 1 ? path : `/${parts[0]}/${"…/".repeat(parts.length - 1)}`;
}

const built = await builtPages();
// The first page of each kind, in the order of the paths.
const oneOfEachKind = [...Map.groupBy(built, kindOf).values()].map(([first]) => first);
const everyKind = [
  ...(values.all ? built : oneOfEachKind),
  ...(existsSync(join(dist, "404.html")) ? ["/pagina-che-non-esiste/"] : []),
];
const pages = values.only ? values.only.split(",") : everyKind;
const WIDTHS = [375, 1280];
const THEMES = ["light", "dark"] as const;
const nameOf = (path: string) => path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";

// A partial run keeps the other pages' shots.
if (!values.only) await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  for (const colorScheme of THEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        colorScheme,
        viewport: { width, height: 900 },
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.origin + path, { waitUntil: "load" });
        // A full-page capture never scrolls, so blocks drawn only near the viewport
        // (`content-visibility: auto`) would stay blank: draw them all, as a reader scrolling would.
        await page.evaluate(() => {
          for (const element of document.querySelectorAll<HTMLElement>("body *")) {
            if (getComputedStyle(element).contentVisibility === "auto") {
              element.style.contentVisibility = "visible";
            }
          }
        });
        const file = join(out, `${nameOf(path)}--${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    }
  }
  console.log(`${pages.length * WIDTHS.length * THEMES.length} screenshots in screenshots/`);
} finally {
  await browser.close();
  await server.close();
}
