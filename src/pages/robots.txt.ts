import type { APIRoute } from "astro";
import { absoluteUrl, sitePath } from "../content-model/urls.ts";

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = () =>
  new Response(
    [
      "User-agent: *",
      "Allow: /",
      "",
      `Sitemap: ${absoluteUrl(sitePath("/sitemap-index.xml"))}`,
      "",
    ].join("\n"),
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
