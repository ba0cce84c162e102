#!/usr/bin/env node
/**
 * `npm run audit:site`: Lighthouse (mobile) on the home page, one outage, one case, one
 * dossier, the atlas, the search page and the open data page of the built site, with
 * Debian's Chromium and no network. Prints the four category scores and the bytes
 * transferred per page. A report, not a test: run `npm run build` first.
 *
 * The build is served on 127.0.0.1 the way a CDN serves it: `_headers` applied and text
 * compressed (brotli), so the byte counts are what a reader's phone would download.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { headersFor, parseHeadersFile } from "../tests/support/headers.ts";
import { CHROMIUM_FLAGS } from "./lib/chromium.ts";

const root = fileURLToPath(new URL("../dist", import.meta.url));
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGET = 95;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"]);

if (!existsSync(join(root, "index.html"))) {
  console.error("audit:site: no build in dist/. Run `npm run build` first.");
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(
    `audit:site: no Chromium at ${chromePath}. Install Debian's package ` +
      "(`sudo apt-get install chromium`) or set CHROME_PATH.",
  );
  process.exit(1);
}

/** The first article of a section, so the audit follows whatever content is there. */
function firstIn(section) {
  const folder = join(root, section);
  if (!existsSync(folder)) return undefined;
  const slug = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "index.html")))
    .map((entry) => entry.name)
    .sort()[0];
  return slug && `/${section}/${slug}/`;
}

const targets = [
  ["home", "/"],
  ["outage", firstIn("blackout")],
  ["case", firstIn("instant-marketing")],
  ["dossier", firstIn("dossier")],
  ["atlas", existsSync(join(root, "atlante/index.html")) ? "/atlante/" : undefined],
  ["search", existsSync(join(root, "cerca/index.html")) ? "/cerca/" : undefined],
  ["open data", existsSync(join(root, "dati/index.html")) ? "/dati/" : undefined],
];

const rules = existsSync(join(root, "_headers"))
  ? parseHeadersFile(readFileSync(join(root, "_headers"), "utf8"))
  : [];
/**
 * Every text file compressed once, before any page is measured, as a CDN stores them:
 * brotli at quality 11 on each request would take the CPU from the page while it loads.
 */
const brotliFiles = new Map();
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
  const file = join(entry.parentPath, entry.name);
  brotliFiles.set(
    file,
    brotliCompressSync(readFileSync(file), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }),
  );
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
  if (path.endsWith("/")) path += "index.html";
  let file = join(root, path);
  let status = 200;
  if (!existsSync(file) || !file.startsWith(root) || !extname(file)) {
    file = join(root, "404.html");
    status = 404;
  }
  const headers = {
    ...headersFor(rules, url.pathname),
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
  };
  const brotli = /\bbr\b/.test(request.headers["accept-encoding"] ?? "")
    ? brotliFiles.get(file)
    : undefined;
  if (brotli) {
    headers["content-encoding"] = "br";
    headers["vary"] = "accept-encoding";
  }
  const body = brotli ?? readFileSync(file);
  response.writeHead(status, { ...headers, "content-length": body.length });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless", ...CHROMIUM_FLAGS],
});

/**
 * Lighthouse's performance score moves with the machine's load (total blocking time is
 * measured, then scaled), so each page is audited RUNS times and the median run is kept,
 * as Lighthouse's own documentation advises.
 */
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);

async function audit(url) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
    });
    if (lhr.runtimeError)
      console.log(`  ${url}: run ${run + 1} failed: ${lhr.runtimeError.message}`);
    else runs.push(lhr);
  }
  runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return runs[Math.floor(runs.length / 2)];
}

const rows = [];
let belowTarget = false;
try {
  for (const [label, path] of targets) {
    if (!path) {
      console.log(`audit:site: skipping the ${label} page: the build has none yet.`);
      continue;
    }
    const lhr = await audit(`${origin}${path}`);
    if (!lhr) {
      belowTarget = true;
      continue;
    }
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const bytes = lhr.audits["total-byte-weight"]?.numericValue ?? 0;
    const lcp = lhr.audits["largest-contentful-paint"]?.numericValue ?? 0;
    const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0;
    rows.push({ label, path, scores, bytes, lcp, cls });
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      if ((category?.score ?? 0) * 100 >= TARGET) continue;
      belowTarget = true;
      const failing = category.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative",
        )
        .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`);
      console.log(`  ${path} ${id}: ${failing.join(", ")}`);
    }
  }
} finally {
  chrome.kill();
  server.close();
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `\nLighthouse, mobile, median of ${RUNS} runs, ${origin} (target ≥ ${TARGET} in every category)\n`,
);
console.log(`${"page".padEnd(48)} perf  a11y  best   seo  transferred    LCP    CLS`);
for (const { path, scores, bytes, lcp, cls } of rows) {
  console.log(
    `${path.padEnd(48)}${scores.map((score) => pad(score, 5)).join(" ")}` +
      `  ${pad((bytes / 1024).toFixed(1), 7)} KB  ${pad((lcp / 1000).toFixed(1), 4)} s  ${pad(cls.toFixed(3), 5)}`,
  );
}
if (belowTarget) console.log(`\nSome scores are below ${TARGET}: see the audits listed above.`);
