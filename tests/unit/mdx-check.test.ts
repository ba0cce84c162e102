import { describe, expect, it } from "vitest";
import { checkMdxBody, isSafeUrl, resolveBeside, type BodyContext } from "../../src/lib/mdx-check";

const context: BodyContext = {
  path: "cases/un-caso.mdx",
  assets: new Set(["cases/immagini/post.png", "cases/foto.jpg"]),
  siteComponents: ["TimelineChart", "BrandChip"],
};

/** Three lines of frontmatter, so the body's first line is line 5 of the file. */
const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
const problems = (body: string) => checkMdxBody(file(body), context);
const messages = (body: string) => problems(body).map((p) => `${p.found} | ${p.expected}`);

describe("checkMdxBody accepts what authors write", () => {
  it("takes prose, the import-free components, literal props and comments", () => {
    const body = [
      "Un paragrafo con un [link](https://example.com/) e un [rimando](/blackout/) e [#nota](#nota).",
      "",
      '<Statement who="Rai" text="Ci scusiamo." />',
      "",
      '<PostCard account="Netflix Italia" platform="twitter" date={{ day: "2018-06-12", part: "evening" }} media="Una scena." />',
      "",
      '<Timeline events={[{ when: "2018-06-12T20:25:00+02:00", text: "Nero", source: "https://example.com/" }]} />',
      "",
      "{/* una nota per la redazione */}",
      "",
      '<abbr title="Radiotelevisione italiana">Rai</abbr>, <em>corsivo</em>, <sup>1</sup>.',
    ].join("\n");
    expect(messages(body)).toEqual([]);
  });

  it("takes pictures beside the article, imported or in markdown, and the site's components", () => {
    const body = [
      'import post from "./immagini/post.png";',
      'import TimelineChart from "@components/TimelineChart.astro";',
      "",
      "![Il post di Netflix](./immagini/post.png)",
      "",
      '<PostCard account="Netflix" platform="twitter" date="2018-06-12" media="x" image={post} alt="Il post" />',
      "",
      "<TimelineChart outages={[]} cases={[]} />",
    ].join("\n");
    expect(messages(body)).toEqual([]);
  });
});

describe("checkMdxBody refuses, with the line and column in the file", () => {
  it("names a misspelt component and the nearest known one", () => {
    const [problem] = problems('Testo.\n\n<Statment who="Rai" text="x" />');
    expect(problem).toMatchObject({ line: 7, column: 1, found: "il componente <Statment>" });
    expect(problem.expected).toContain("<Statement>");
  });

  it.each([
    ["script", "<script>alert(1)</script>"],
    ["iframe", '<iframe src="https://example.com/"></iframe>'],
    ["meta", '<meta http-equiv="refresh" content="0;url=https://example.com/" />'],
    ["object", '<object data="x.swf"></object>'],
    ["embed", '<embed src="x.swf" />'],
    ["base", '<base href="https://example.com/" />'],
    ["form", '<form action="https://example.com/"></form>'],
    ["link", '<link rel="stylesheet" href="https://example.com/x.css" />'],
    ["style", "<style>{'body { display: none }'}</style>"],
  ])("refuses <%s>", (tag, html) => {
    const found = problems(`Prima.\n\n${html}`);
    expect(found[0]).toMatchObject({ line: 7, column: 1, found: `<${tag}>` });
  });

  it("refuses a tag outside the allowlist, and on* and style attributes", () => {
    expect(messages("<marquee>x</marquee>")[0]).toMatch(/^<marquee> \| uno dei tag HTML ammessi/);
    expect(messages('<span onclick="x()">a</span>')[0]).toMatch(/onclick/);
    expect(messages('<Statement who="a" text="b" onMouseOver="x()" />')[0]).toMatch(/onMouseOver/);
    expect(messages('<span style="color:red">a</span>')[0]).toMatch(/style/);
  });

  it.each([
    ["a markdown link", "[clic](javascript:alert(1))"],
    ["a link definition", "[clic][x]\n\n[x]: javascript:alert(1)"],
    ["an href", '<a href="javascript:alert(1)">clic</a>'],
    ["an href with a tab in the scheme", '<a href="java\tscript:alert(1)">clic</a>'],
    [
      "a component prop",
      '<PostCard account="a" platform="twitter" date="2018-06-12" media="m" url="javascript:alert(1)" />',
    ],
    [
      "a prop inside an object",
      '<Timeline events={[{ when: "2018-06-12", text: "t", source: "data:text/html,x" }]} />',
    ],
  ])("refuses an unsafe URL in %s", (_where, body) => {
    const [problem] = problems(body);
    expect(problem?.expected).toContain("http(s)");
  });

  it("refuses exported code and expressions that reach Node", () => {
    const exported = problems("export const x = process.getBuiltinModule('node:fs');\n\nTesto.");
    expect(exported[0]).toMatchObject({ line: 5 });
    expect(exported[0].expected).toMatch(/export/);
    expect(messages("Testo {process.env.HOME}.")[0]).toMatch(/process/);
    expect(messages("{require('node:fs')}")[0]).toMatch(/require/);
    expect(messages("{import('node:fs')}")[0]).toMatch(/import\(\)/);
    expect(messages('<Statement who="a" text={globalThis.process.env.X} />')[0]).toMatch(
      /globalThis/,
    );
    expect(messages("{[1].map(function () { return 2 })}")[0]).toMatch(/un valore/);
  });

  it("refuses imports that are neither pictures beside the article nor site components", () => {
    expect(messages('import fs from "node:fs";')[0]).toMatch(/^"node:fs" \| /);
    expect(messages('import X from "../../src/pages/index.astro";')[0]).toMatch(/nient’altro/);
    expect(messages('import Tim from "@components/TimelineChar.astro";')[0]).toMatch(
      /forse @components\/TimelineChart\.astro/,
    );
    expect(messages('import p from "./immagini/manca.png";')[0]).toMatch(
      /cases\/immagini\/manca\.png/,
    );
  });

  it("refuses a missing picture, a picture without a description and a remote one", () => {
    expect(messages("![Un post](./immagini/assente.png)")[0]).toMatch(/un file che esiste/);
    expect(messages("![](./immagini/post.png)")[0]).toMatch(/una descrizione/);
    expect(messages("![Un logo](https://example.com/logo.png)")[0]).toMatch(/altri siti/);
  });

  it("reports a syntax error with its place", () => {
    const [problem] = problems("Un prezzo di {10 euro.");
    expect(problem.line).toBe(5);
    expect(problem.expected).toMatch(/^MDX valido/);
  });
});

describe("URL and path rules", () => {
  it("accepts http(s), relative paths and anchors only", () => {
    for (const ok of ["https://x.it/", "http://x.it", "/blackout/", "../a", "#nota", "foto.png"]) {
      expect(isSafeUrl(ok), ok).toBe(true);
    }
    for (const bad of [
      "javascript:x",
      " JAVASCRIPT:x",
      "data:text/html,x",
      "vbscript:x",
      "file:///etc",
    ]) {
      expect(isSafeUrl(bad), bad).toBe(false);
    }
  });

  it("resolves a picture beside the article, never outside the content folder", () => {
    expect(resolveBeside("cases/a.mdx", "./immagini/x.png")).toBe("cases/immagini/x.png");
    expect(resolveBeside("cases/a.mdx", "../outages/x.png")).toBe("outages/x.png");
    expect(resolveBeside("cases/a.mdx", "../../x.png")).toBeUndefined();
  });
});
