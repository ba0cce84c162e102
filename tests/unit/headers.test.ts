import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, effectiveSources, parseCsp } from "../../src/seo/csp.ts";
import {
  headerConflicts,
  headersFor,
  matches,
  parseHeadersFile,
  type HeaderRule,
} from "../support/headers.ts";
import { projectRoot } from "../support/paths.ts";

describe("reading a _headers file", () => {
  const rules = parseHeadersFile(
    "# comment\n/*\n  X-One: 1\n  Content-Security-Policy: default-src 'self'; img-src *\n\n/a/*\n  Cache-Control: max-age=60\n",
  );

  it("reads paths and their indented headers, keeping colons and semicolons in values", () => {
    expect(rules).toEqual([
      {
        pattern: "/*",
        headers: [
          ["X-One", "1"],
          ["Content-Security-Policy", "default-src 'self'; img-src *"],
        ],
      },
      { pattern: "/a/*", headers: [["Cache-Control", "max-age=60"]] },
    ]);
  });

  it("matches splats and placeholders like the hosts do", () => {
    expect(matches("/*", "/")).toBe(true);
    expect(matches("/_astro/*", "/_astro/x.css")).toBe(true);
    expect(matches("/_astro/*", "/blackout/")).toBe(false);
    expect(matches("/blackout/:slug/", "/blackout/rai/")).toBe(true);
    expect(matches("/blackout/:slug/", "/blackout/rai/x/")).toBe(false);
    expect(matches("/a.b", "/axb")).toBe(false);
  });

  it("gives a path the headers of every matching rule, names lower-cased", () => {
    expect(headersFor(rules, "/a/b")).toEqual({
      "x-one": "1",
      "content-security-policy": "default-src 'self'; img-src *",
      "cache-control": "max-age=60",
    });
  });

  it("refuses a header set by two matching rules, which the hosts would combine differently", () => {
    const clash: HeaderRule[] = [
      { pattern: "/*", headers: [["Cache-Control", "max-age=0"]] },
      { pattern: "/_astro/*", headers: [["cache-control", "immutable"]] },
    ];
    expect(headerConflicts(clash, "/_astro/x.js")).toEqual([
      "cache-control is set by /* and /_astro/*",
    ]);
    expect(() => headersFor(clash, "/_astro/x.js")).toThrow(/cache-control/);
    expect(headerConflicts(clash, "/")).toEqual([]);
  });

  it("names the line it cannot read", () => {
    expect(() => parseHeadersFile("  X-Orphan: 1\n")).toThrow(/line 1/);
  });
});

describe("the site's _headers", () => {
  const rules = parseHeadersFile(readFileSync(join(projectRoot, "public/_headers"), "utf8"));
  const samples = ["/", "/blackout/x/", "/_astro/a.B1c2.css", "/og/x.png", "/cerca/", "/404.html"];

  it("never sets one header from two rules", () => {
    for (const path of samples) expect(headerConflicts(rules, path), path).toEqual([]);
  });

  it("sends the security headers with every file", () => {
    for (const path of samples) {
      const headers = headersFor(rules, path);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"], path).toMatch(/camera=\(\)/);
      expect(headers["content-security-policy"], path).toMatch(/^default-src 'self';/);
    }
  });

  it("has a CSP that runs no inline script and cannot be framed", () => {
    const csp = parseCsp(headersFor(rules, "/")["content-security-policy"]!);
    const scripts = effectiveSources(csp, "script-src-elem");
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
  });

  it("allows at least what every page's own policy allows, so the two never clash", () => {
    const header = parseCsp(headersFor(rules, "/")["content-security-policy"]!);
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...sources] = directive.split(" ");
      expect(effectiveSources(header, name!), name).toEqual(expect.arrayContaining(sources));
    }
    // The search page adds 'wasm-unsafe-eval' to its own policy; the header must permit it.
    expect(effectiveSources(header, "script-src")).toContain("'wasm-unsafe-eval'");
  });

  it("caches hashed assets for a year and HTML not at all", () => {
    expect(headersFor(rules, "/_astro/a.B1c2.css")["cache-control"]).toMatch(
      /max-age=31536000.*immutable/,
    );
    expect(headersFor(rules, "/blackout/x/")["cache-control"]).toBeUndefined();
  });
});

describe("reading a CSP", () => {
  it("follows the fallback chain from the specific directive to default-src", () => {
    const csp = parseCsp("default-src 'self'; script-src 'self' 'sha256-x'; style-src-elem a");
    expect(effectiveSources(csp, "script-src-elem")).toEqual(["'self'", "'sha256-x'"]);
    expect(effectiveSources(csp, "style-src-elem")).toEqual(["a"]);
    expect(effectiveSources(csp, "style-src-attr")).toEqual(["'self'"]);
    expect(effectiveSources(csp, "img-src")).toEqual(["'self'"]);
  });
});
