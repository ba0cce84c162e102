import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { allArticles, summarize } from "../catalog/published-articles.ts";
import { getCatalog } from "../catalog/loaded-catalog.ts";
import { feedItems } from "../seo/feed.ts";
import { absoluteUrl, entryPath, sitePath } from "../content-model/urls.ts";
import { site } from "../site.config.ts";

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const articles = (await allArticles()).map((entry) => summarize(catalog, entry));
  const self = absoluteUrl(sitePath("/rss.xml"));
  return rss({
    title: site.name,
    description: site.tagline,
    site: absoluteUrl(sitePath("/")),
    items: feedItems(articles, (article) => absoluteUrl(entryPath(article.kind, article.id))),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>${site.lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
