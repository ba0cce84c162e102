import { describe, expect, it } from "vitest";
import {
  breadcrumbList,
  compact,
  newsArticle,
  serializeJsonLd,
  webSite,
  type NewsArticleInput,
} from "../../src/seo/jsonld.ts";

const publisher = { name: "Schermo Nero", url: "https://example.org/" };
const article: NewsArticleInput = {
  headline: "#Raidown",
  description: "Dieci minuti di nero.",
  url: "https://example.org/blackout/rai/",
  published: { precision: "day", day: "2018-06-13" },
  inLanguage: "it-IT",
  publisher,
  about: [{ name: "Rai", url: "https://www.rai.it/" }],
};

describe("structured data", () => {
  it("describes a news article with its dates as precise as they are known", () => {
    const data = newsArticle({
      ...article,
      updated: {
        precision: "minute",
        instant: new Date("2018-06-14T10:00:00+02:00"),
        approx: false,
      },
      image: "https://example.org/og/blackout/rai.png",
    });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "#Raidown",
      datePublished: "2018-06-13",
      dateModified: "2018-06-14T08:00:00.000Z",
      image: "https://example.org/og/blackout/rai.png",
      inLanguage: "it-IT",
      publisher: { "@type": "Organization", name: "Schermo Nero", url: "https://example.org/" },
      about: [{ "@type": "Organization", name: "Rai", url: "https://www.rai.it/" }],
    });
  });

  it("leaves out every field whose value is missing", () => {
    const data = newsArticle({ ...article, about: [], keywords: [] });
    expect(data).not.toHaveProperty("dateModified");
    expect(data).not.toHaveProperty("image");
    expect(data).not.toHaveProperty("about");
    expect(data).not.toHaveProperty("keywords");
    expect(data.publisher).not.toHaveProperty("logo");
    expect(JSON.stringify(data)).not.toMatch(/null|""/);
  });

  it("compacts nested values, dropping objects left with only their type", () => {
    expect(compact({ a: "", b: [undefined, "x"], c: { "@type": "Thing", name: " " } })).toEqual({
      b: ["x"],
    });
  });

  it("lists each correction as a dated CorrectionComment, in the order written", () => {
    const data = newsArticle({
      ...article,
      corrections: [
        { date: "2026-11-30", text: "Il Tg2 è ripartito con sette minuti di ritardo, non dieci." },
        { date: "2026-12-02", text: "La nota sulle cause era della Rai, non dell’ufficio stampa." },
      ],
    });
    expect(data.correction).toEqual([
      {
        "@type": "CorrectionComment",
        datePublished: "2026-11-30",
        text: "Il Tg2 è ripartito con sette minuti di ritardo, non dieci.",
      },
      {
        "@type": "CorrectionComment",
        datePublished: "2026-12-02",
        text: "La nota sulle cause era della Rai, non dell’ufficio stampa.",
      },
    ]);
  });

  it("writes no correction field for an article that has none", () => {
    expect(newsArticle(article)).not.toHaveProperty("correction");
    expect(newsArticle({ ...article, corrections: [] })).not.toHaveProperty("correction");
  });

  it("numbers breadcrumbs from one", () => {
    const data = breadcrumbList([
      { name: "Home", url: "https://example.org/" },
      { name: "Blackout", url: "https://example.org/blackout/" },
    ]);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/" },
      { "@type": "ListItem", position: 2, name: "Blackout", item: "https://example.org/blackout/" },
    ]);
  });

  it("gives the site a search action only when there is a search page", () => {
    const base = {
      name: "Schermo Nero",
      url: "https://example.org/",
      description: "Blackout",
      inLanguage: "it-IT",
      publisher,
    };
    expect(webSite(base)).not.toHaveProperty("potentialAction");
    const withSearch = webSite({
      ...base,
      searchUrlTemplate: "https://example.org/cerca/?q={search_term_string}",
    });
    expect(withSearch.potentialAction).toMatchObject({
      "@type": "SearchAction",
      target: { urlTemplate: "https://example.org/cerca/?q={search_term_string}" },
    });
  });

  it("serializes so that no text can close the script element", () => {
    const text = serializeJsonLd({ headline: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text).headline).toBe("</script><script>alert(1)</script>");
  });
});
