import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "../../src/content-check/content-check.ts";
import { heldQuoteTexts } from "../../src/content-check/stated-times.ts";

const sources = `sources:\n  - title: Una fonte\n    url: https://example.com/a\n    date: 2024-03-06`;

const brand = (kind = "social") => ({
  path: "brands/x.yaml",
  text: `name: X\nkind: ${kind}\ncolor: "#000000"\nwebsite: https://x.com/\n`,
});

const outage = (statements = "") => ({
  path: "outages/meta-down.mdx",
  text: `---\ntitle: Meta giù\ndescription: Si fermano.\npublished: 2024-03-06\nbrand: x\nstart: 2024-03-05\nscope: global\n${statements}${sources}\n---\n\nTesto.\n`,
});

const caseWith = (post: string, platform = "x", body = "Testo.") => ({
  path: "cases/musk.mdx",
  text: `---\ntitle: Musk\ndescription: Un post.\npublished: 2024-03-06\nbrand: x\nplatform: ${platform}\ndate: 2024-03-05\noutage: meta-down\npost:\n${post}\n${sources}\n---\n\n${body}\n`,
});

const problems = (...files: { path: string; text: string }[]) =>
  checkContent(files).problems.map((problem) => formatProblem(problem));
const postProblems = (post: string, platform?: string) =>
  problems(brand(), outage(), caseWith(post, platform)).join("\n");

const MUSK = "  account: Elon Musk\n  kind: text\n  text: If you're reading this post";

describe("the model's new values", () => {
  it("accepts a sports club, and X and an unknown platform", () => {
    expect(problems(brand("club"), outage(), caseWith(MUSK, "x"))).toEqual([]);
    expect(problems(brand(), outage(), caseWith(MUSK, "unknown"))).toEqual([]);
  });
  it("still refuses a kind or a platform it does not know", () => {
    expect(problems(brand("team"), outage(), caseWith(MUSK)).join("\n")).toMatch(
      /brands\/x\.yaml: kind: .*influencer, club/,
    );
    expect(postProblems(MUSK, "threads")).toMatch(/platform: .*twitter, x, .*other, unknown/);
  });
});

describe("a post's role, translation and repost", () => {
  it("takes the role of who posted, and an outlet's translation of the words", () => {
    const post = `${MUSK}\n  lang: en\n  role: proprietario di X\n  translation:\n    text: Se state leggendo questo post\n    by: Corriere della Sera\n    url: https://www.corriere.it/a`;
    expect(postProblems(post)).toBe("");
  });
  it("takes a repost known by its words or only by their translation", () => {
    const repost = (fields: string) => `${MUSK}\n  repost:\n    account: Paris Hilton\n${fields}`;
    expect(postProblems(repost("    kind: text\n    text: Stop the madness"))).toBe("");
    expect(
      postProblems(
        repost(
          "    kind: image\n    media: Un meme.\n    translation:\n      text: Basta\n      by: Open",
        ),
      ),
    ).toBe("");
  });
  it("needs no media of its own when it only shared another post", () => {
    const onlyShared =
      "  account: Linda Yaccarino\n  role: amministratrice delegata di X\n  repost:\n    account: Paris Hilton\n    media: Una GIF.\n    translation:\n      text: tutti noi\n      by: Everyeye Tech";
    expect(postProblems(onlyShared)).toBe("");
    expect(postProblems("  account: Linda Yaccarino")).toMatch(/post\.media: .*`repost`/);
  });
  it("asks a repost for its words or their translation, and for what it showed", () => {
    const repost = (fields: string) => `${MUSK}\n  repost:\n    account: Paris Hilton\n${fields}`;
    expect(postProblems(repost("    kind: text"))).toMatch(/post\.repost\.text: .*`translation`/);
    expect(postProblems(repost("    text: Ciao"))).toMatch(/post\.repost\.media: .*kind: text/);
    expect(postProblems(`${MUSK}\n  repost: Paris Hilton`)).toMatch(
      /post\.repost: .*gruppo di campi/,
    );
  });
  it("names the field of a translation without its author or its words", () => {
    expect(postProblems(`${MUSK}\n  translation:\n    text: Ciao`)).toMatch(
      /post\.translation\.by: .*chi ha pubblicato la traduzione/,
    );
    expect(postProblems(`${MUSK}\n  translation:\n    by: Open`)).toMatch(
      /post\.translation\.text: .*la traduzione italiana/,
    );
    expect(postProblems(`${MUSK}\n  translation: Ciao`)).toMatch(
      /post\.translation: .*`text` .* e `by`/,
    );
    expect(
      postProblems(`${MUSK}\n  translation:\n    text: Ciao\n    by: Open\n    source: N18`),
    ).toMatch(/post\.translation: .*source/);
  });
  it("refuses an empty role, a malformed language and a language without words", () => {
    expect(postProblems(`${MUSK}\n  role: ""`)).toMatch(/post\.role: .*il ruolo/);
    expect(postProblems(`${MUSK}\n  lang: English`)).toMatch(/post\.lang: .*come en/);
    expect(postProblems("  account: Elon Musk\n  kind: text\n  lang: en")).toMatch(
      /post\.lang: .*`text`/,
    );
  });
});

describe("a PostCard or a Statement in an article", () => {
  const withBody = (body: string) => problems(brand(), outage(), caseWith(MUSK, "x", body));
  it("takes a role, a translation and a repost as props", () => {
    expect(
      withBody(
        '<PostCard account="Linda Yaccarino" role="amministratrice delegata di X" platform="x" date="2024-03-05" repost={{ account: "Paris Hilton", media: "Una GIF.", translation: { text: "tutti noi", by: "Everyeye Tech" } }} />\n\n<Statement who="Andy Stone" text="We are working on this now." lang="en" translation={{ text: "Stiamo lavorando", by: "Corriere dello Sport" }} />',
      ),
    ).toEqual([]);
  });
  it("names the prop of a translation without who printed it", () => {
    expect(
      withBody(
        '<Statement who="Andy Stone" text="Working on it." translation={{ text: "Ci lavoriamo" }} />',
      ).join("\n"),
    ).toMatch(/musk\.mdx:\d+:\d+: .*<Statement> senza translation\.by/);
  });
});

describe("a statement's translation", () => {
  const statement = (translation: string) =>
    `statements:\n  - who: Andy Stone\n    text: We're working on it\n    lang: en\n${translation}`;

  it("is taken with who printed it", () => {
    const translated = statement(
      "    translation:\n      text: Ci stiamo lavorando\n      by: ANSA\n",
    );
    expect(problems(brand(), outage(translated))).toEqual([]);
  });
  it("names its field when it lacks who printed it", () => {
    const translated = statement("    translation:\n      text: Ci stiamo lavorando\n");
    expect(problems(brand(), outage(translated)).join("\n")).toMatch(
      /statements\.0\.translation\.by: /,
    );
  });
});

describe("the words an article may quote", () => {
  it("include the translations an outlet printed and the words of a repost", () => {
    const held = heldQuoteTexts({
      statements: [{ text: "We're working on it", translation: { text: "Ci lavoriamo" } }],
      post: {
        text: "Testing",
        translation: { text: "Prova" },
        repost: { text: "Stop", translation: { text: "Basta" } },
      },
    });
    expect(held.sort()).toEqual([
      "Basta",
      "Ci lavoriamo",
      "Prova",
      "Stop",
      "Testing",
      "We're working on it",
    ]);
  });
});
