import { sitePath } from "./urls";

/**
 * Where the share image of a page is served: `/instant-marketing/x/` → `/og/instant-marketing/x.png`,
 * the home page → `/og/index.png`. A file-extension endpoint never has a trailing slash.
 */
export function shareImagePath(pagePath: string, base?: string): string {
  const trimmedBase = (base ?? sitePath("/")).replace(/\/+$/, "");
  const path = pagePath.startsWith(trimmedBase) ? pagePath.slice(trimmedBase.length) : pagePath;
  const name = path.replace(/^\/+|\/+$/g, "") || "index";
  return sitePath(`/og/${name}.png`, base);
}
