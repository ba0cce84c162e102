import { describe, expect, it } from "vitest";
import { checkContent, formatProblem, type ContentFile } from "../../src/lib/content-check";

const brand: ContentFile = {
  path: "brands/netflix.yaml",
  text: 'name: Netflix\nkind: streaming\ncolor: "#E50914"\nwebsite: https://example.com/\n',
};

function caseWithBody(body: string): ContentFile {
  return {
    path: "cases/un-caso.mdx",
    text: `---\ntitle: Un caso\ndescription: Un post.\npublished: 2018-06-13\nbrand: netflix\nplatform: twitter\ndate: 2018-06-12\nevent: Festa del papà\nsources:\n  - title: Fonte\n---\n\n${body}\n`,
  };
}

const problemsOf = (files: ContentFile[]) =>
  checkContent(files, { now: new Date("2026-11-28T12:00:00+01:00") }).problems.map((problem) =>
    formatProblem(problem),
  );

describe("the content check reads every MDX body", () => {
  it("accepts prose, escaped braces and the site's components", () => {
    const body = 'Testo con \\{graffe\\} e &lt;.\n\n<Statement who="Rai" text="Ci scusiamo." />';
    expect(problemsOf([brand, caseWithBody(body)])).toEqual([]);
  });

  it("names the file and the line of the file where an unclosed tag breaks the body", () => {
    const [problem, ...others] = problemsOf([
      brand,
      caseWithBody("Primo paragrafo.\n\n<Statement who="),
    ]);
    expect(others).toEqual([]);
    // The frontmatter takes lines 1–11 and a blank line follows, so the body starts on line 13 and the tag is on line 15.
    expect(problem).toMatch(
      /^cases\/un-caso\.mdx:15:\d+: \(testo\): trovato .+; atteso MDX valido/,
    );
  });

  it("refuses a stray brace in prose, which MDX reads as code", () => {
    const [problem] = problemsOf([brand, caseWithBody("Un prezzo di {10 euro.")]);
    expect(problem).toMatch(
      /^cases\/un-caso\.mdx:13:\d+: \(testo\): trovato .+; atteso MDX valido/,
    );
  });
});
