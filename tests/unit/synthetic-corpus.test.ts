import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-check/content-check.ts";
import { corpusShape, generateCorpus } from "../../scripts/lib/synthetic-corpus.ts";

describe("the synthetic corpus of the benchmark", () => {
  it.each([10, 100, 1000])("is valid content at %i articles", (articles) => {
    const files = generateCorpus({ articles });
    const { entries, problems } = checkContent(files);
    expect(problems).toEqual([]);
    const shape = corpusShape(articles);
    expect(entries).toHaveLength(files.length);
    expect(shape.outages.length + shape.cases.length + shape.dossier.length).toBe(articles);
  });

  it("references between entries, with Italian accents in the text", () => {
    const files = generateCorpus({ articles: 100 });
    const cases = files.filter((file) => file.path.startsWith("cases/"));
    expect(cases.some((file) => /^outage: /m.test(file.text))).toBe(true);
    expect(cases.some((file) => /^inResponseTo: /m.test(file.text))).toBe(true);
    expect(files.some((file) => /[àèéìòù]/.test(file.text))).toBe(true);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(generateCorpus({ articles: 20 })).toEqual(generateCorpus({ articles: 20 }));
    expect(generateCorpus({ articles: 20, seed: 1 })).not.toEqual(generateCorpus({ articles: 20 }));
  });
});
