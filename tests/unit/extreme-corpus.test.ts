import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, type CheckedEntry } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { TEXT_LIMITS } from "../../src/content-model/text-schema.ts";
import type { When } from "../../src/content-model/time.ts";
import {
  extremeCorpus,
  MANY_TAGS,
  TITLE_MAX_WORDS,
  writeExtremeCorpus,
} from "../support/extreme-corpus.ts";

const { entries, problems } = checkContent(extremeCorpus());
const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
const articles = entries.filter((entry) => entry.collection !== "brands");
const brands = of("brands");
const text = (entry: CheckedEntry, field: string) => String(entry.data[field] ?? "");
const words = (value: string) => value.split(/\s+/).filter(Boolean);
const LONG_WORD = /\p{L}{40,}/u;

describe("the corpus of extreme but valid articles", () => {
  it("passes the content check, file by file, and on disk as the build reads it", async () => {
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(extremeCorpus().length);
    const dir = await mkdtemp(join(tmpdir(), "extreme-corpus-"));
    try {
      await writeExtremeCorpus(dir);
      const onDisk = checkContent(await readContentFiles(dir));
      expect(onDisk.problems).toEqual([]);
      expect(onDisk.entries).toHaveLength(entries.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("stays small, so the suite that builds it stays fast", () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(articles.length).toBeLessThanOrEqual(20);
  });

  it("has one-word titles and titles of the most words", () => {
    const counts = articles.map((entry) => words(text(entry, "title")).length);
    expect(counts).toContain(1);
    expect(counts).toContain(TITLE_MAX_WORDS);
    expect(of("dossier").some((entry) => words(text(entry, "title")).length === 1)).toBe(true);
  });

  it("has a 40-letter word in a title, a description, a tag, a brand's name and a post", () => {
    expect(articles.some((entry) => LONG_WORD.test(text(entry, "title")))).toBe(true);
    expect(articles.some((entry) => LONG_WORD.test(text(entry, "description")))).toBe(true);
    expect(
      articles.some((entry) => (entry.data.tags as string[]).some((tag) => LONG_WORD.test(tag))),
    ).toBe(true);
    expect(brands.some((entry) => LONG_WORD.test(text(entry, "name")))).toBe(true);
    expect(of("cases").some((entry) => LONG_WORD.test(JSON.stringify(entry.data.post ?? "")))).toBe(
      true,
    );
    expect(of("outages").some((entry) => LONG_WORD.test(text(entry, "hashtag")))).toBe(true);
  });

  it("has articles with no tags and with many", () => {
    const tagCounts = articles.map((entry) => (entry.data.tags as string[]).length);
    expect(tagCounts).toContain(0);
    expect(Math.max(...tagCounts)).toBeGreaterThanOrEqual(MANY_TAGS);
  });

  it("has a case with no outage, and one that answers another", () => {
    expect(of("cases").some((entry) => entry.data.outage === undefined)).toBe(true);
    expect(of("cases").some((entry) => entry.data.inResponseTo !== undefined)).toBe(true);
  });

  it("has descriptions at the schema's longest, for an article and a brand", () => {
    const longest = TEXT_LIMITS.paragraph;
    expect(articles.some((entry) => text(entry, "description").length === longest)).toBe(true);
    expect(brands.some((entry) => text(entry, "description").length === longest)).toBe(true);
  });

  it("has brands of the same kind without a description, a long name and one with no story", () => {
    const bare = brands.filter((entry) => entry.data.description === undefined);
    const kinds = bare.map((entry) => entry.data.kind);
    expect(kinds.some((kind, index) => kinds.indexOf(kind) !== index)).toBe(true);
    expect(brands.some((entry) => text(entry, "name").length >= 100)).toBe(true);
    const told = new Set(
      [...of("outages"), ...of("cases")].map((entry) => (entry.data.brand as { id: string }).id),
    );
    expect(brands.some((entry) => !told.has(entry.id))).toBe(true);
  });

  it("has an outage for each precision of a time, and a dossier that leads", () => {
    const starts = of("outages").map((entry) => entry.data.start as When);
    expect(new Set(starts.map((start) => start.precision))).toEqual(
      new Set(["minute", "day", "part", "span", "month", "period"]),
    );
    expect(starts.some((start) => start.precision === "minute" && start.approx)).toBe(true);
    expect(of("dossier").some((entry) => entry.data.inPrimoPiano === true)).toBe(true);
  });

  it("is the same at every run", () => {
    expect(extremeCorpus()).toEqual(extremeCorpus());
  });
});
