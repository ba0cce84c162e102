import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { effectiveSources, parseCsp } from "../../src/seo/csp.ts";
import { site } from "../../src/site.config.ts";
import { fileFor, htmlPages, page } from "../support/dist.ts";
import { buildFileFor, internalTarget, pngSize, relHas } from "../support/links.ts";
import { distDir, projectRoot } from "../support/paths.ts";

const pages = await htmlPages();
const docs = new Map(
  await Promise.all(pages.map(async (path) => [path, await page(path)] as const)),
);
const address = { origin: site.url, base: site.base };

/** Article pages: a reader's long read, held to the strictest weight budget. */
const articles = pages.filter((path) =>
  /^\/(blackout|instant-marketing|dossier)\/[^/]+\/$/.test(path),
);
/** Pages whose title and description an author writes: articles and brands. */
const AUTHORED = /^\/(blackout|instant-marketing|dossier|marchi)\/[^/]+\/$/;
/** The one page allowed to run code (Pagefind); it lands with the reader features. */
const SEARCH_PAGE = "/cerca/";

/** Every URL a page asks the browser to load or offers as a link, with where it was found. */
function urlsOf(doc: Document): Array<{ where: string; url: string }> {
  const found: Array<{ where: string; url: string }> = [];
  const add = (selector: string, attribute: string, split = false) => {
    for (const element of doc.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute)?.trim();
      if (!value) continue;
      const urls = split ? value.split(",").map((part) => part.trim().split(/\s+/)[0]!) : [value];
      for (const url of urls) found.push({ where: `<${element.localName} ${attribute}>`, url });
    }
  };
  add("a[href]", "href");
  add("area[href]", "href");
  add("link[href]", "href");
  add("script[src]", "src");
  add("img[src]", "src");
  add("img[srcset], source[srcset]", "srcset", true);
  add("use[href]", "href");
  add("meta[property='og:image'], meta[property='og:url']", "content");
  add("meta[name='twitter:image']", "content");
  return found;
}

const idsByPage = new Map(
  pages.map((path) => {
    const doc = docs.get(path)!;
    const ids = [...doc.querySelectorAll("[id], a[name]")].map(
      (element) => element.getAttribute("id") ?? element.getAttribute("name")!,
    );
    return [path, new Set(ids)] as const;
  }),
);

function pageForFile(path: string): string | undefined {
  const candidate = path.endsWith("/") ? path : path.endsWith(".html") ? path : undefined;
  return candidate !== undefined && idsByPage.has(candidate) ? candidate : undefined;
}

describe("every built page", () => {
  it("is found: the build has pages to check", () => {
    expect(pages).toContain("/");
    expect(pages).toContain("/404.html");
  });

  it("is valid HTML (html-validate, config in .htmlvalidate.mjs)", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateFile(fileFor(path));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(
            `${path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("links only to pages, files and anchors that exist", () => {
    const problems: string[] = [];
    for (const path of pages) {
      for (const { where, url } of urlsOf(docs.get(path)!)) {
        const target = internalTarget(url, path, address);
        if (!target) continue;
        const shown = `${path} ${where} ${url}`;
        if (target.outsideBase) {
          problems.push(`${shown}: outside the base path ${site.base}`);
          continue;
        }
        if (!existsSync(join(distDir, buildFileFor(target.path)))) {
          problems.push(`${shown}: no such file in the build`);
          continue;
        }
        if (target.fragment) {
          const linked = pageForFile(target.path);
          if (linked && !idsByPage.get(linked)!.has(target.fragment)) {
            problems.push(`${shown}: no element with id "${target.fragment}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has share images (og:image) that are absolute, exist and measure 1200×630", async () => {
    const problems: string[] = [];
    for (const path of pages) {
      for (const meta of docs.get(path)!.querySelectorAll("meta[property='og:image']")) {
        const url = meta.getAttribute("content") ?? "";
        const target = /^https?:\/\//.test(url) ? internalTarget(url, path, address) : undefined;
        if (!target || target.outsideBase) {
          problems.push(`${path}: og:image "${url}" is not an absolute URL on ${site.url}`);
          continue;
        }
        const bytes = await readFile(join(distDir, target.path)).catch(() => undefined);
        if (!bytes) {
          problems.push(`${path}: og:image ${url} is not in the build`);
          continue;
        }
        const size = pngSize(bytes);
        if (size && (size.width !== 1200 || size.height !== 630)) {
          problems.push(`${path}: og:image ${url} is ${size.width}×${size.height}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has exactly one h1", () => {
    const counts = pages
      .map((path) => [path, docs.get(path)!.querySelectorAll("h1").length] as const)
      .filter(([, count]) => count !== 1)
      .map(([path, count]) => `${path}: ${count} h1`);
    expect(counts).toEqual([]);
  });

  it.each([
    ["title", (doc: Document) => doc.querySelector("title")?.textContent?.trim()],
    [
      "description",
      (doc: Document) =>
        doc.querySelector("meta[name='description']")?.getAttribute("content")?.trim(),
    ],
  ] as const)("has a %s, of its own where the site writes it", (what, read) => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const path of pages) {
      const value = read(docs.get(path)!);
      if (!value) problems.push(`${path}: no ${what}`);
      // An article's or a brand's comes from its author: two may rightly be alike.
      else if (AUTHORED.test(path)) continue;
      else if (seen.has(value)) problems.push(`${path}: same ${what} as ${seen.get(value)}`);
      else seen.set(value, path);
    }
    expect(seen.size, "pages whose title and description the site writes").toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it("opens external links without handing over the page or the referrer", () => {
    const problems: string[] = [];
    for (const path of pages) {
      for (const link of docs.get(path)!.querySelectorAll("a[href]")) {
        const href = link.getAttribute("href")!;
        if (!/^https?:/.test(href) || internalTarget(href, path, address)) continue;
        if (!relHas(link.getAttribute("rel"), "noopener", "noreferrer")) {
          problems.push(`${path}: ${href} has rel="${link.getAttribute("rel") ?? ""}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the Content Security Policy of every page", () => {
  const policies = new Map(
    pages.map((path) => {
      const meta = docs.get(path)!.querySelector("meta[http-equiv='content-security-policy']");
      return [path, meta ? parseCsp(meta.getAttribute("content") ?? "") : undefined] as const;
    }),
  );

  it("is in a meta tag and runs no inline or eval'd JavaScript", () => {
    const problems: string[] = [];
    for (const [path, csp] of policies) {
      if (!csp) {
        problems.push(`${path}: no CSP meta tag`);
        continue;
      }
      const scripts = effectiveSources(csp, "script-src-elem") ?? [];
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
        if (scripts.includes(unsafe)) problems.push(`${path}: script-src allows ${unsafe}`);
      }
      if (!csp.get("object-src")?.includes("'none'")) problems.push(`${path}: object-src`);
    }
    expect(problems).toEqual([]);
  });

  it("lets only the search page compile WebAssembly", () => {
    const allowed = [...policies]
      .filter(([, csp]) => effectiveSources(csp!, "script-src")?.includes("'wasm-unsafe-eval'"))
      .map(([path]) => path);
    expect(allowed).toEqual(pages.includes(SEARCH_PAGE) ? [SEARCH_PAGE] : []);
  });

  it("has no inline script that the site-wide CSP header would block", () => {
    // JSON-LD and other data blocks are not run, so CSP does not apply to them.
    const executable = (type: string | null) =>
      !type || /^(module|(text|application)\/(java|ecma)script)$/i.test(type);
    const problems: string[] = [];
    for (const path of pages) {
      const doc = docs.get(path)!;
      for (const script of doc.querySelectorAll("script:not([src])")) {
        if (executable(script.getAttribute("type"))) problems.push(`${path}: inline <script>`);
      }
      for (const element of doc.querySelectorAll("*")) {
        for (const name of element.getAttributeNames()) {
          if (/^on/i.test(name)) problems.push(`${path}: ${name} on <${element.localName}>`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("article pages", () => {
  it("exist in this build", () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles)("%s ships no JavaScript", (path) => {
    const doc = docs.get(path)!;
    const scripts = [...doc.querySelectorAll("script")].filter(
      (script) => script.getAttribute("type") !== "application/ld+json",
    );
    expect(scripts.map((script) => script.outerHTML.slice(0, 120))).toEqual([]);
    expect(doc.querySelectorAll("link[rel='modulepreload'], link[as='script']").length).toBe(0);
  });

  it.each(articles)("%s weighs at most 40 KB of HTML and CSS, gzipped", async (path) => {
    const doc = docs.get(path)!;
    const files = [
      fileFor(path),
      ...[...doc.querySelectorAll("link[rel='stylesheet'][href]")].map((link) => {
        const target = internalTarget(link.getAttribute("href")!, path, address);
        expect(
          target?.path,
          `stylesheet ${link.getAttribute("href")} is served by the site`,
        ).toMatch(/\.css$/);
        return join(distDir, target!.path);
      }),
    ];
    let total = 0;
    for (const file of files) total += gzipSync(await readFile(file), { level: 9 }).length;
    expect(
      total,
      `${files.map((file) => file.replace(projectRoot, "")).join(" + ")}`,
    ).toBeLessThanOrEqual(40 * 1024);
  });
});
