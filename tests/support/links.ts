/**
 * Pure helpers for the static checks over `dist/`: which URLs in a page point into the
 * site, and which file of the build would answer them.
 */

export interface SiteAddress {
  /** Public origin, `https://schermonero.it`. */
  origin: string;
  /** Base path the site is served under, `/` or `/schermo-nero/`. */
  base: string;
}

export interface InternalTarget {
  /** Path inside the build folder, base removed: `/blackout/x/`, `/og/x.png`. */
  path: string;
  /** The anchor without `#`, `""` when there is none. */
  fragment: string;
  /** Set when the URL is on the site's origin but not under its base path: always broken. */
  outsideBase?: true;
}

/**
 * Resolves a URL found on a page. Returns the target inside the site, or `undefined` for
 * another origin or a non-HTTP scheme (`mailto:`, `tel:`). Absolute URLs on the public
 * origin (canonical, og:image) count as internal: they must exist in the build as well.
 */
export function internalTarget(
  href: string,
  pagePath: string,
  site: SiteAddress,
): InternalTarget | undefined {
  const base = site.base.endsWith("/") ? site.base : `${site.base}/`;
  const url = new URL(href, new URL(pagePath.replace(/^\//, ""), `${site.origin}${base}`));
  if (!/^https?:$/.test(url.protocol) || url.origin !== new URL(site.origin).origin) {
    return undefined;
  }
  const pathname = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!pathname.startsWith(base)) return { path: pathname, fragment, outsideBase: true };
  return { path: `/${pathname.slice(base.length)}`, fragment };
}

/**
 * The build file a static host serves for a path: `/x/` is `/x/index.html`; `/x` (no
 * trailing slash) only answers if a file of that name exists, never a folder, because the
 * site's URLs all end with a slash and hosts disagree about redirecting the other form.
 */
export function buildFileFor(path: string): string {
  return path.endsWith("/") ? `${path}index.html` : path;
}

/** Whether a `rel` attribute carries every token named. */
export function relHas(rel: string | null, ...tokens: string[]): boolean {
  const present = new Set((rel ?? "").toLowerCase().split(/\s+/));
  return tokens.every((token) => present.has(token));
}

/** Width and height of a PNG, from its IHDR chunk; `undefined` when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
