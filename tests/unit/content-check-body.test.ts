import { describe, expect, it } from "vitest";
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";

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

describe("the content check accounts for every file", () => {
  const png = (width: number, height: number) => {
    const head = Buffer.alloc(24);
    Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").copy(head);
    head.writeUInt32BE(width, 16);
    head.writeUInt32BE(height, 20);
    return { bytes: 1000, head };
  };

  it("reports a hidden file or folder, which Astro's loader would skip, but not .DS_Store", () => {
    const hidden = { ...caseWithBody("Testo."), path: "cases/.bozza.mdx" };
    const inFolder = { ...caseWithBody("Testo."), path: "cases/.vecchi/caso.mdx" };
    const system: ContentFile = { path: "cases/.DS_Store", text: "" };
    const found = problemsOf([brand, caseWithBody("Testo."), hidden, inFolder, system]);
    expect(found).toEqual([
      expect.stringMatching(/^cases\/\.bozza\.mdx: trovato un file nascosto/),
      expect.stringMatching(/^cases\/\.vecchi\/caso\.mdx: trovato una cartella nascosta/),
    ]);
  });

  it("reports an SVG beside the articles", () => {
    const svg: ContentFile = { path: "cases/immagini/logo.svg", text: "<svg><script/></svg>" };
    expect(problemsOf([brand, caseWithBody("Testo."), svg])).toEqual([
      expect.stringMatching(/^cases\/immagini\/logo\.svg: trovato un file SVG/),
    ]);
  });

  it("applies the picture rules to a frontmatter picture too", () => {
    const withPost = (image: string): ContentFile => {
      const file = caseWithBody("Testo.");
      return {
        ...file,
        text: file.text.replace(
          "sources:",
          `post:\n  account: Netflix\n  media: Una scena.\n  image: ${image}\n  alt: Il post.\nsources:`,
        ),
      };
    };
    const pictures: ContentFile[] = [
      { path: "cases/immagini/post.png", text: "", asset: true, picture: png(800, 600) },
      { path: "cases/immagini/enorme.png", text: "", asset: true, picture: png(20000, 20000) },
    ];
    expect(problemsOf([brand, withPost("./immagini/post.png"), ...pictures])).toEqual([]);
    expect(problemsOf([brand, withPost("./immagini/enorme.png"), ...pictures])).toEqual([
      expect.stringMatching(/^cases\/un-caso\.mdx: post\.image: .*6000 pixel per lato/),
    ]);
    expect(problemsOf([brand, withPost("./immagini/post.png?raw"), ...pictures])).toEqual([
      expect.stringMatching(/^cases\/un-caso\.mdx: post\.image: .*niente \.\., \?, #/),
    ]);
  });
});
