/**
 * No article puts in quotation marks words that nobody is on record as saying: every «…»,
 * “…” or "…" of more than three words in what a reader sees of an article (headline,
 * standfirst, body) is part of a statement or of a post's text in the frontmatter of that
 * article or of one it references, or of a quotation the body itself attributes with a
 * `Statement` or a `PostCard` (its words are props, with who said them). Properties of the
 * live content only: no sentence of it.
 */
import { describe, expect, it } from "vitest";
import type { CheckedEntry } from "../../src/content-check/content-check.ts";
import type { EntryReference } from "../../src/content-model/schema.ts";
import {
  heldQuoteTexts,
  quotationsIn,
  unheldQuotes,
} from "../../src/content-check/stated-times.ts";
import { entryPath, type Section } from "../../src/content-model/urls.ts";
import { liveEntries } from "../support/content.ts";
import { page } from "../support/dist.ts";

const published = await liveEntries();
const byKey = new Map(published.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
const articles = published.filter((entry) => entry.collection !== "brands");

/** The entries an article points to: its outage, the post it answers, a dossier's lists. */
function referenced(entry: CheckedEntry): CheckedEntry[] {
  const one = (field: string) => entry.data[field] as EntryReference | undefined;
  const many = (field: string) => (entry.data[field] as EntryReference[] | undefined) ?? [];
  return [one("outage"), one("inResponseTo"), ...many("outages"), ...many("cases")].flatMap(
    (ref) => (ref ? (byKey.get(`${ref.collection}/${ref.id}`) ?? []) : []),
  );
}

/**
 * Headline, standfirst and body as a reader sees them, without charts; and the words the body
 * quotes in an attributed component (`Statement`, `PostCard`: a figure with a blockquote).
 */
async function articleText(entry: CheckedEntry): Promise<{ text: string; attributed: string[] }> {
  const doc = await page(entryPath(entry.collection as Section, entry.id));
  const text = [doc.querySelector("article header"), doc.querySelector("article .prose")]
    .map((part) => {
      const copy = part?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll("svg").forEach((svg) => svg.remove());
      return copy?.textContent ?? "";
    })
    .join("\n");
  const attributed = [...doc.querySelectorAll("article .prose figure blockquote")].flatMap(
    (quote) => {
      const words = quote.textContent ?? "";
      const marked = quotationsIn(words);
      return marked.length > 0 ? marked : [words];
    },
  );
  return { text, attributed };
}

describe("quotations in the articles", () => {
  it.each(articles.map((entry) => [entry.file, entry] as const))(
    "%s quotes only words that its statements or posts hold",
    async (_file, entry) => {
      const { text, attributed } = await articleText(entry);
      // The check must read the rendered article, not an empty page.
      expect(text.trim().length, entry.file).toBeGreaterThan(200);
      const held = [entry, ...referenced(entry)].flatMap((e) => heldQuoteTexts(e.data));
      expect(unheldQuotes(text, [...held, ...attributed]), entry.file).toEqual([]);
    },
  );

  it("reads quotation marks the way the pages render them", async () => {
    // A statement rendered anywhere in an article body comes out between “ ”: the extractor
    // must see it, or the property above would hold for the wrong reason.
    for (const entry of articles) {
      const doc = await page(entryPath(entry.collection as Section, entry.id));
      for (const quote of doc.querySelectorAll("article .prose figure blockquote")) {
        const found = quotationsIn(quote.textContent ?? "");
        expect(found.length, entry.file).toBeGreaterThan(0);
      }
    }
  });
});
