/**
 * The frontmatter side of the content check: text fields, YAML's dates and anchors, odd
 * delimiters, and inputs built to crash or stall a parser. Every one ends in Italian lines
 * naming the file, quickly, never in an exception.
 */
import { describe, expect, it } from "vitest";
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";
import { MAX_FRONTMATTER_BYTES } from "../../src/content-check/frontmatter.ts";
import { TEXT_LIMITS, textProblem } from "../../src/content-model/text-schema.ts";
import { seededRandom } from "../../scripts/lib/seeded-random.ts";

const brand: ContentFile = {
  path: "brands/netflix.yaml",
  text: 'name: Netflix\nkind: streaming\ncolor: "#E50914"\nwebsite: https://example.com/\n',
};

const FIELDS: Record<string, string> = {
  title: "Netflix è giù",
  description: "Il servizio si è fermato per due ore.",
  published: "2018-06-13",
  brand: "netflix",
  hashtag: '"#NetflixDown"',
  start: "2018-06-12T20:25:00+02:00",
  scope: "global",
  sources: "\n  - title: Una fonte",
};

/** An outage with some fields replaced (`undefined` leaves one out), and extra lines. */
function outage(fields: Record<string, string | undefined> = {}, extra = ""): ContentFile {
  const lines = Object.entries({ ...FIELDS, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return { path: "outages/giu.mdx", text: `---\n${lines.join("\n")}\n${extra}---\n\nTesto.\n` };
}

function problemsOf(...files: ContentFile[]): string[] {
  return checkContent([brand, ...files]).problems.map((problem) => formatProblem(problem));
}

describe("text fields", () => {
  it("accepts the valid outage these tests start from", () => {
    expect(problemsOf(outage())).toEqual([]);
  });

  it.each([
    ["only zero-width characters", '"\\u200B\\u200C\\u2060"', /con almeno un carattere visibile/],
    ["only a Hangul filler and a no-break space", '"\\u3164\\u00A0"', /con almeno un carattere/],
    ["a right-to-left override", '"Netflix \\u202Egiù"', /senza caratteri di controllo della dir/],
    ["bidi isolation marks", '"\\u2067Netflix\\u2069"', /direzione del testo/],
    ["a left-to-right mark", '"Netflix\\u200E"', /direzione del testo/],
    ["a control character", '"Netflix\\u0007"', /senza caratteri di controllo$/],
    ["half a surrogate pair", '"Netflix\\uD83D"', /senza mezzi caratteri/],
  ])("refuses a title with %s, showing the characters by their code", (_case, value, message) => {
    const problems = problemsOf(outage({ title: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^outages\/giu\.mdx: title: trovato "/);
    expect(problems[0]).toMatch(message);
    // The invisible characters are written as codes, so the line shows what was found.
    expect(problems[0]).not.toMatch(/[\u200B\u200C\u2060\u3164\u202E\u2067\u200E]/);
  });

  it("refuses a title of 10,000 characters, saying the limit", () => {
    expect(problemsOf(outage({ title: "a".repeat(10_000) }))).toEqual([
      expect.stringMatching(
        /^outages\/giu\.mdx: title: trovato "a{76}…; atteso un titolo di al massimo 300 caratteri \(qui sono 10000\)$/,
      ),
    ]);
  });

  it("refuses a title of 100,000 characters before YAML reads it, in a few milliseconds", () => {
    const started = performance.now();
    const problems = problemsOf(outage({ title: "a".repeat(100_000) }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      "outages/giu.mdx:1: trovato 98 KB di campi; atteso al massimo 64 KB di campi: il testo lungo va nel corpo dell’articolo",
    ]);
  });

  it("allows paragraphs up to their limit, and no more", () => {
    const limit = TEXT_LIMITS.paragraph;
    expect(problemsOf(outage({ description: "a".repeat(limit) }))).toEqual([]);
    expect(problemsOf(outage({ description: "a".repeat(limit + 1) }))).toEqual([
      expect.stringMatching(/description: .*al massimo 3000 caratteri/),
    ]);
  });

  it("applies the same rule to every text field: names, tags, sources, statements", () => {
    const problems = problemsOf(
      outage(
        { sources: '\n  - title: "\\u200B"', tags: '["\\u202Eciao"]' },
        'statements:\n  - who: "\\u2066"\n    text: Detto.\n',
      ),
    );
    expect(problems.map((line) => line.split(":")[1].trim())).toEqual([
      "sources.0.title",
      "tags.0",
      "statements.0.who",
    ]);
  });

  it("refuses a hashtag of letters that print nothing", () => {
    expect(problemsOf(outage({ hashtag: '"#\\u3164\\u3164"' }))).toEqual([
      'outages/giu.mdx: hashtag: trovato "#\\u3164\\u3164"; atteso un hashtag con almeno un carattere visibile dopo #',
    ]);
  });

  it("keeps ordinary Italian text, emoji and typographic spaces", () => {
    expect(textProblem("L’«Arena» — 20:25 😱 perché\u00A0sì", "un titolo")).toBeUndefined();
    expect(textProblem("👩‍👩‍👧", "un titolo")).toBeUndefined();
  });
});

describe("YAML read as Astro reads it", () => {
  it("tells an author to quote a title YAML reads as a date", () => {
    expect(problemsOf(outage({ title: "2018-06-12" }))).toEqual([
      'outages/giu.mdx: title: trovato "2018-06-12"; atteso un titolo (un testo): scrivilo tra virgolette, perché senza YAML lo legge come una data',
    ]);
  });

  it("shows a time as the author wrote it, not as the UTC instant YAML made of it", () => {
    expect(problemsOf(outage({ title: "2018-06-12T20:25:00+02:00" }))).toEqual([
      expect.stringMatching(/^outages\/giu\.mdx: title: trovato "2018-06-12T20:25:00\+02:00"; /),
    ]);
  });

  it("accepts unquoted times with their offset, as the live content writes them", () => {
    const problems = problemsOf(
      outage(
        { start: "{ at: 2018-06-12T17:30:00+02:00, approx: true }" },
        "end: 2018-06-12T22:00:00Z\nstatements:\n  - who: Netflix\n    text: Detto.\n    when: { day: 2018-06-12, part: evening }\n",
      ),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ["no offset", "2018-06-12T20:25:00", /atteso l’ora con il suo fuso orario/],
    ["a space and a one-digit offset", "2018-06-12 20:25:00 +2", /con la T, senza spazi/],
    ["a day that does not exist", "2018-02-30T20:25:00+02:00", /atteso una data e un’ora vere/],
  ])("refuses a timestamp with %s, with its line and field", (_case, written, message) => {
    const problems = problemsOf(
      outage({}, `statements:\n  - who: Netflix\n    text: Detto.\n    when: { at: ${written} }\n`),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^outages/giu\\.mdx:14: statements\\.0\\.when\\.at: trovato "${written.replace(/[+]/g, "\\+")}"; `,
      ),
    );
    expect(problems[0]).toMatch(message);
  });

  it("refuses anchors and aliases before anything walks the data (a billion laughs)", () => {
    const levels = Array.from(
      { length: 30 },
      (_, i) => `l${i + 1}: &l${i + 1} [${`*l${i}, `.repeat(9)}*l${i}]`,
    );
    const bomb = `l0: &l0 "ah"\n${levels.join("\n")}\n`;
    const started = performance.now();
    const problems = problemsOf(outage({}, bomb));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([
      "outages/giu.mdx:12: trovato un alias YAML (*l0); atteso ogni valore scritto per intero: àncore e alias YAML (&nome, *nome) non sono accettati",
    ]);
  });

  it("refuses anchors in a brand's YAML file too", () => {
    const problems = problemsOf({ ...brand, text: `${brand.text}description: &d Una\n` });
    expect(problems).toEqual([
      expect.stringMatching(/^brands\/netflix\.yaml:5: trovato un’àncora/),
    ]);
  });
});

describe("YAML errors", () => {
  it.each([
    ["an unclosed bracket", "extra: [streaming\n", 6, "una parentesi aperta e mai chiusa"],
    ["a field written twice", "name: Ancora\n", 5, "un campo scritto due volte"],
    ["a tab in the indentation", "extra:\n\t- x\n", 6, "un tab nel rientro (usa gli spazi)"],
  ])("says %s in Italian, with the line", (_case, extra, line, said) => {
    expect(problemsOf({ ...brand, text: `${brand.text}${extra}` })).toEqual([
      `brands/netflix.yaml:${line}: trovato un errore di sintassi YAML: ${said}; atteso YAML valido: controlla virgolette, due punti e rientri`,
    ]);
  });
});

describe("delimiters", () => {
  it.each([
    ["TOML delimiters", "+++\ntitle = 'Giù'\n+++\n\nTesto.\n", 1],
    ["text after the opening ---", "--- title: Giù\ndescription: x\n---\n\nTesto.\n", 1],
    ["a closing ----", outage().text.replace("\n---\n\nTesto", "\n----\n\nTesto"), 11],
    ["text after the closing ---", outage().text.replace("\n---\n\nTesto", "\n--- Testo"), 11],
  ])("refuses %s with the line", (_case, text, line) => {
    const problems = problemsOf({ path: "outages/giu.mdx", text });
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^outages/giu\\.mdx:${line}: trovato .*; atteso il frontmatter tra due righe con solo \`---\``,
        ),
      ),
    ]);
  });

  it("accepts what Astro accepts and an author may type: CRLF, a BOM, a trailing space", () => {
    const text = `\uFEFF${outage().text.replace("\n---\n\nTesto", "\n--- \n\nTesto")}`.replace(
      /\n/g,
      "\r\n",
    );
    expect(problemsOf({ path: "outages/giu.mdx", text })).toEqual([]);
  });
});

describe("inputs built to crash or stall the frontmatter side", () => {
  const hostile: Array<[string, string]> = [
    ["100,000 nested flow sequences", `---\ntitle: ${"[".repeat(100_000)}\n---\n`],
    ["nested flow mappings", `---\ntitle: ${"{a: ".repeat(20_000)}\n---\n`],
    [
      "200 levels of indented mappings",
      `---\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} x\n---\n`,
    ],
    [
      "a frontmatter over the size limit",
      `---\ntitle: ${"a".repeat(MAX_FRONTMATTER_BYTES)}\n---\n`,
    ],
    ["a frontmatter that never closes", `---\ntitle: x\n${"a: b\n".repeat(100_000)}`],
    ["a million blank lines before it", `${"\n".repeat(1_000_000)}---\ntitle: x\n---\n`],
    ["a million blank lines before an empty one", `${"\n".repeat(1_000_000)}---\n---\n`],
    ["5000 timestamps", `---\ntitle: x\nextra:\n${"  - 2018-06-12T20:25:00\n".repeat(2500)}---\n`],
    ["a long line of quotes", `---\ntitle: ${"'\"".repeat(200_000)}\n---\n`],
    ["many merge keys", `---\n${"<<: {a: 1}\n".repeat(20_000)}---\n`],
    ["a binary tag", "---\ntitle: !!binary aGVsbG8=\n---\n"],
    ["a __proto__ key", "---\n__proto__: { title: x }\nconstructor: 1\n---\n"],
    ["a title of lone surrogates", '---\ntitle: "\\uD800\\uDFFF\\uDC00"\n---\n'],
    ["an unknown tag", "---\ntitle: !js/function 'x'\n---\n"],
    ["only a YAML document end", "---\n...\n---\n"],
    ["a scalar instead of fields", "---\nsolo testo\n---\n"],
  ];

  it.each(hostile)("%s: Italian lines naming the file, within a second", (_case, text) => {
    const started = performance.now();
    const problems = problemsOf({ path: "outages/giu.mdx", text });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) {
      expect(line).toMatch(/^outages\/giu\.mdx(:\d+)?: /);
      expect(line).toMatch(/atteso /);
      expect(line.length).toBeLessThan(600);
    }
  });
});

describe("a soup of YAML's own characters", () => {
  const TOKENS = [
    ..."-:?[]{},&*!|>'\"%@`#\n\n\t  ",
    "---",
    "...",
    "title",
    "<<",
    "2018-06-12",
    "T20:25:00",
    "+02:00",
    "\uFEFF",
    "\u202E",
    "\\u",
    "!!binary",
    "!!timestamp",
    "x",
    "é",
  ];

  it("never throws and always names the file, for 3000 seeded inputs", () => {
    const next = seededRandom(2026);
    const started = performance.now();
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 60);
      const soup = Array.from({ length }, () => TOKENS[Math.floor(next() * TOKENS.length)]).join(
        "",
      );
      const text = next() < 0.7 ? `---\n${soup}\n---\n\nTesto.\n` : soup;
      const path = next() < 0.5 ? "outages/giu.mdx" : "brands/netflix.yaml";
      const problems = checkContent([{ path, text }]).problems;
      for (const problem of problems) expect(problem.file, JSON.stringify(text)).toBe(path);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
