const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The rule, as an author reads it in a problem line. */
export const URL_RULE = "un indirizzo http(s), un percorso relativo o un’ancora #…";

/**
 * The address rule shared by the body, its components and the frontmatter: http(s), a
 * relative path or an anchor. Control characters and spaces are ignored first, as browsers
 * do (`java\tscript:`).
 */
export function isSafeUrl(url: string): boolean {
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ""));
  return !scheme || /^https?$/i.test(scheme[1]);
}

/** Whether a URL names another site or a scheme (`https://…`, `//…`, `data:…`). */
export function isRemoteUrl(url: string): boolean {
  const trimmed = url.replace(/[\u0000-\u0020]/g, "");
  return SCHEME.test(trimmed) || trimmed.startsWith("//");
}
