/**
 * The Content Security Policy, written once: Astro puts it in a `<meta>` on every page
 * (with the hashes of what it emits), and `public/_headers` sends the same rules as an HTTP
 * header, which a browser enforces together with the meta tag (a resource must pass both).
 */

/**
 * Directives Astro adds to every page's meta tag, beside the `script-src` and `style-src`
 * it writes itself. Nothing comes from another origin: fonts, images and share images are
 * all served by the site. `frame-ancestors` is absent on purpose: browsers ignore it in a
 * meta tag and log an error, so it lives in `public/_headers` only.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * `style-src` sources for every page. Inline `style` attributes carry the brand colours
 * (`--brand`, chip dots); Astro hashes whole `<style>` elements, never attributes, so those
 * are allowed on `style-src-attr` only.
 */
export const CSP_STYLE_RESOURCES = [
  { resource: "'self'", kind: "element" as const },
  { resource: "'unsafe-inline'", kind: "attribute" as const },
];

/**
 * `script-src` for the one page that runs WebAssembly: Pagefind compiles its search index
 * in the browser, which CSP only allows with `'wasm-unsafe-eval'` (it does not allow `eval`
 * of JavaScript). Inserting a source replaces Astro's default `'self'`, so it is restated.
 */
export const WASM_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The part of `Astro.csp` a page needs to widen its own policy. */
export interface PageCsp {
  insertScriptResource(resource: string): void;
}

/**
 * Lets the calling page, and only that page, compile WebAssembly. Call it from the search
 * page's frontmatter: `allowWebAssembly(Astro.csp)`. `Astro.csp` is undefined under
 * `astro dev`, where Astro emits no policy.
 */
export function allowWebAssembly(csp: PageCsp | undefined): void {
  for (const resource of WASM_SCRIPT_RESOURCES) csp?.insertScriptResource(resource);
}

/** A policy string split into its directives: `{ "script-src": ["'self'", …] }`. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * The sources that govern a kind of resource, following CSP's fallback chain
 * (`script-src-elem` → `script-src` → `default-src`).
 */
export function effectiveSources(
  policy: Map<string, string[]>,
  directive: string,
): string[] | undefined {
  const chain: Record<string, string[]> = {
    "script-src-elem": ["script-src-elem", "script-src", "default-src"],
    "script-src-attr": ["script-src-attr", "script-src", "default-src"],
    "style-src-elem": ["style-src-elem", "style-src", "default-src"],
    "style-src-attr": ["style-src-attr", "style-src", "default-src"],
  };
  for (const name of chain[directive] ?? [directive, "default-src"]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}
