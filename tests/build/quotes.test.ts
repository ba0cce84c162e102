/**
 * What an article states, read on the frozen editorial fixture (`tests/fixtures/
 * corpus-editorial/`, built by the global setup): on the live content these would be rules
 * an author's valid article could break, which belong to the content check, not to a red
 * test.
 *
 * No article puts in quotation marks words that nobody is on record as saying: every «…»,
 * “…” or "…" of more than three words in what a reader sees of an article (headline,
 * standfirst, body) is part of a statement or of a post's text in the frontmatter of that
 * article or of one it references, or of a quotation the body itself attributes with a
 * `Statement` or a `PostCard` (its words are props, with who said them). And no article
 * states a time of day that its frontmatter, or that of a story it links, does not hold.
 */
import { describe, expect, it } from "vitest";
import type { CheckedEntry } from "../../src/content-check/content-check.ts";
import type { EntryReference } from "../../src/content-model/schema.ts";
import {
  clockTimesIn,
  heldClockTimes,
  heldQuoteTexts,
  quotationsIn,
  unheldQuotes,
  unheldTimes,
  whensIn,
} from "../../src/content-check/stated-times.ts";
import type { When } from "../../src/content-model/time.ts";
import { entryPath, type Section } from "../../src/content-model/urls.ts";
import { liveEntries } from "../support/content.ts";
import { page as pageIn } from "../support/dist.ts";
import { editorialDist, editorialFixtureDir } from "../support/paths.ts";

const page = (path: string) => pageIn(path, editorialDist);
const published = await liveEntries(editorialFixtureDir);
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

describe("quotations and times in the editorial fixture", () => {
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

  it("never states a time in an article that its frontmatter does not hold", async () => {
    let checkedTimes = 0;
    for (const entry of articles) {
      const linked = referenced(entry).map((story) => story.data);
      const held = heldClockTimes([entry.data, ...linked].flatMap(whensIn) as When[]);
      const { text } = await articleText(entry);
      checkedTimes += clockTimesIn(text).length;
      expect(unheldTimes(text, held), entry.file).toEqual([]);
    }
    // The check reads real prose: the stories of 12 June do state times.
    expect(checkedTimes).toBeGreaterThan(0);
  });
});
