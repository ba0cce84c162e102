import { describe, expect, it } from "vitest";
import {
  proseOf,
  sentencesOf,
  sharedSentences,
  wordsOf,
  type ArticleText,
} from "../../src/content-check/shared-sentences.ts";

const article = (file: string, description: string, body: string): ArticleText => ({
  file,
  text: `---\ntitle: T\ndescription: >-\n  ${description}\npublished: 2026-01-01\n---\n\n${body}\n`,
});

const long = "Verso le 17:30 i servizi di Facebook si erano spenti insieme in tutto il mondo.";

describe("proseOf", () => {
  it("keeps the standfirst and the prose, not components, comments or link targets", () => {
    const prose = proseOf(
      article(
        "cases/a.mdx",
        "Una frase che riassume.",
        `## Il post\n\n{/* DA COMPLETARE: nota. */}\n\nVedi [il blackout](/blackout/x/) e _Narcos_.\n\n<PostCard\n  account="X"\n  text="parole citate"\n/>\n\n<SourceNote>\n\nUna nota.\n\n</SourceNote>`,
      ).text,
    );
    expect(prose).toContain("Una frase che riassume.");
    expect(prose).toContain("Il post.");
    expect(prose).toContain("Vedi il blackout e Narcos.");
    expect(prose).toContain("Una nota.");
    expect(prose).not.toMatch(/DA COMPLETARE|parole citate|\/blackout\/|PostCard|SourceNote/);
  });
});

describe("sentencesOf and wordsOf", () => {
  it("splits at the end of a sentence, also after a closing quotation mark", () => {
    expect(sentencesOf("Ha scritto «ciao». Poi? Niente!\n\nAltro paragrafo")).toEqual([
      "Ha scritto «ciao».",
      "Poi?",
      "Niente!",
      "Altro paragrafo",
    ]);
  });

  it("reads words without case, quotes or apostrophes", () => {
    expect(wordsOf("L’account «Netflix Italia», su Twitter!")).toEqual([
      "l",
      "account",
      "netflix",
      "italia",
      "su",
      "twitter",
    ]);
  });
});

describe("sharedSentences", () => {
  it("finds a long passage that two articles share, whatever the marks around it", () => {
    const shared = sharedSentences([
      article("cases/a.mdx", "Uno.", `${long} Il resto è diverso.`),
      article(
        "cases/b.mdx",
        "Due.",
        `Prima. ${long.replace("Facebook", "[Facebook](/marchi/facebook/)")}`,
      ),
      article(
        "cases/c.mdx",
        "Tre.",
        "Niente in comune con gli altri due articoli di questa prova.",
      ),
    ]);
    expect(shared).toEqual([
      { sentence: wordsOf(long).join(" "), files: ["cases/a.mdx", "cases/b.mdx"] },
    ]);
  });

  it("finds a sentence copied with one clause changed", () => {
    const copied = long.replace("Verso le 17:30", "Nel tardo pomeriggio");
    const shared = sharedSentences([
      article("cases/a.mdx", "Uno.", long),
      article("cases/b.mdx", "Due.", copied),
    ]);
    expect(shared).toEqual([
      {
        sentence: "i servizi di facebook si erano spenti insieme in tutto il mondo",
        files: ["cases/a.mdx", "cases/b.mdx"],
      },
    ]);
  });

  it("ignores short passages, quotations, titles in italics and repeats inside one article", () => {
    const short = "Non si conoscono l’ora né le reazioni.";
    const title =
      "Netflix, Instagram e Rai ‘down’ nella stessa giornata. Ma Netflix ironizza sui social";
    expect(
      sharedSentences([
        article("cases/a.mdx", "Uno.", `${short} Lo dice _${title}_.\n\n${long}\n\n${long}`),
        article(
          "cases/b.mdx",
          "Due.",
          `${short} Lo racconta _${title}_. Ha scritto «${long}»\n\n<Statement who="X" text="${long}" />`,
        ),
      ]),
    ).toEqual([]);
  });

  it("counts a correction note as prose, and keeps two notes apart", () => {
    const withNotes = (file: string, ...notes: string[]): ArticleText => ({
      file,
      text: `---\ntitle: T\ndescription: Una.\ncorrections:\n${notes
        .map((note) => `  - date: 2026-12-07\n    text: >-\n      ${note}\n`)
        .join("")}---\n\nTesto.\n`,
    });
    const first = "Il post era datato alla sera del 12 giugno senza che la fonte lo dicesse";
    const second = "ora la data del post è quella che la fonte riporta davvero e niente di più";
    expect(
      sharedSentences([withNotes("cases/a.mdx", long), withNotes("cases/b.mdx", long)]).map(
        (entry) => entry.files,
      ),
    ).toEqual([["cases/a.mdx", "cases/b.mdx"]]);
    // The end of one note and the start of the next are not one passage.
    const joined = `${first.split(" ").slice(-5).join(" ")} ${second.split(" ").slice(0, 5).join(" ")}`;
    expect(
      sharedSentences([
        withNotes("cases/a.mdx", first, second),
        article("cases/b.mdx", "Due.", `${joined}.`),
      ]),
    ).toEqual([]);
  });

  it("counts the standfirst as prose", () => {
    const shared = sharedSentences([
      article("cases/a.mdx", long, "Testo."),
      article("dossier/b.mdx", "Altro.", long),
    ]);
    expect(shared.map((entry) => entry.files)).toEqual([["cases/a.mdx", "dossier/b.mdx"]]);
  });
});
