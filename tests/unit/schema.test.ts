import { describe, expect, it } from "vitest";
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";

const brand = (slug: string, extra = "") => ({
  path: `brands/${slug}.yaml`,
  text: `name: ${slug}\nkind: streaming\ncolor: "#E50914"\nwebsite: https://example.com/\n${extra}`,
});

const mdx = (path: string, frontmatter: string, body = "Testo.") => ({
  path,
  text: `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
});

const sources = `sources:\n  - title: Una fonte\n    url: https://example.com/a\n    date: 2018-06-13`;

const outage = (fields: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    title: `"#NetflixDown"`,
    description: "Netflix si è fermata.",
    published: "2018-06-13",
    brand: "netflix",
    hashtag: `"#NetflixDown"`,
    start: "{ day: 2018-06-11, part: evening }",
    scope: "global",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`);
  return mdx("outages/netflix-down.mdx", `${lines.join("\n")}\n${sources}`);
};

const caseStudy = (fields: Record<string, string> = {}) => {
  const base: Record<string, string> = {
    title: "Abbraccio",
    description: "Un post.",
    published: "2018-06-13",
    brand: "netflix",
    platform: "twitter",
    date: "2018-06-12",
    outage: "netflix-down",
    ...fields,
  };
  const lines = Object.entries(base)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`);
  return mdx("cases/abbraccio.mdx", `${lines.join("\n")}\n${sources}`);
};

const dossier = mdx(
  "dossier/giornata.mdx",
  `title: Una giornata\ndescription: Tre blackout.\npublished: 2018-06-14\noutages: [netflix-down]\ncases: [abbraccio]\n${sources}`,
);

function problemsOf(files: ContentFile[]) {
  return checkContent(files).problems.map((problem) => formatProblem(problem));
}

describe("content schema", () => {
  it("accepts a valid entry of every collection", () => {
    const { entries, problems } = checkContent([brand("netflix"), outage(), caseStudy(), dossier]);
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.id}`)).toEqual([
      "brands/netflix",
      "cases/abbraccio",
      "dossier/giornata",
      "outages/netflix-down",
    ]);
  });

  it("keeps the precision of each time", () => {
    const { entries } = checkContent([
      brand("netflix"),
      outage({
        start: "2018-06-12T20:25:00+02:00",
        end: "{ at: 2018-06-12T20:45:00+02:00, approx: true }",
      }),
      caseStudy({ date: "{ day: 2018-06-12, part: evening }" }),
    ]);
    const byId = Object.fromEntries(entries.map((e) => [e.id, e.data]));
    expect(byId["netflix-down"].start).toEqual({
      precision: "minute",
      instant: new Date("2018-06-12T18:25:00Z"),
      approx: false,
    });
    expect(byId["netflix-down"].end).toMatchObject({ precision: "minute", approx: true });
    expect(byId.abbraccio.date).toEqual({ precision: "part", day: "2018-06-12", part: "evening" });
    expect(byId.abbraccio.published).toEqual({ precision: "day", day: "2018-06-13" });
  });

  it("reads a month and a span of months", () => {
    const { entries, problems } = checkContent([
      brand("netflix"),
      outage({ start: "2018-05", end: "{ from: 2018-05, to: 2018-06 }" }),
    ]);
    expect(problems).toEqual([]);
    expect(entries[1].data.start).toEqual({ precision: "month", month: "2018-05" });
    expect(entries[1].data.end).toEqual({ precision: "period", from: "2018-05", to: "2018-06" });
  });

  it("reads a span between two minutes, and refuses one that ends before it starts", () => {
    const { entries, problems } = checkContent([
      brand("netflix"),
      outage(),
      caseStudy({
        date: "{ from: 2018-06-12T17:30:00+02:00, to: 2018-06-12T21:00:00+02:00, approx: true }",
      }),
    ]);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === "abbraccio")!.data.date).toEqual({
      precision: "span",
      from: new Date("2018-06-12T15:30:00Z"),
      to: new Date("2018-06-12T19:00:00Z"),
      approx: true,
    });
    const backwards = problemsOf([
      brand("netflix"),
      outage(),
      caseStudy({ date: "{ from: 2018-06-12T21:00:00+02:00, to: 2018-06-12T17:30:00+02:00 }" }),
    ]);
    expect(backwards).toEqual([
      expect.stringMatching(/date: .*atteso in `from` un’ora precedente/),
    ]);
  });

  it("refuses a rough publication date", () => {
    const problems = problemsOf([brand("netflix"), caseStudy({ published: "2018-06" })]);
    expect(problems[0]).toMatch(
      /cases\/abbraccio\.mdx: published: trovato "2018-06"; atteso un giorno \(2018-06-13\) o un’ora/,
    );
  });

  it("rejects a missing title, naming the field", () => {
    expect(problemsOf([brand("netflix"), outage({ title: "" })])).toEqual([
      expect.stringMatching(/^outages\/netflix-down\.mdx: title: trovato niente; atteso un titolo/),
    ]);
  });

  it("rejects an impossible date, naming the field", () => {
    const problems = problemsOf([brand("netflix"), caseStudy({ published: "2018-02-30" })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^cases\/abbraccio\.mdx:\d+: published: trovato "2018-02-30"; atteso una data vera nel formato AAAA-MM-GG/,
    );
  });

  it("rejects a precise time without its UTC offset", () => {
    const problems = problemsOf([brand("netflix"), outage({ start: "2018-06-12T20:25:00" })]);
    expect(problems[0]).toMatch(
      /start: trovato "2018-06-12T20:25:00"; atteso l’ora con il suo fuso orario/,
    );
  });

  it("rejects a hashtag without #", () => {
    const problems = problemsOf([brand("netflix"), outage({ hashtag: "NetflixDown" })]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^outages\/netflix-down\.mdx: hashtag: trovato "NetflixDown"; atteso un hashtag che inizia con #/,
      ),
    ]);
  });

  it("rejects an unknown brand reference and suggests the closest slug", () => {
    const problems = problemsOf([brand("netflix"), brand("rai"), outage({ brand: "netflx" })]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^outages\/netflix-down\.mdx: brand: trovato "netflx"; atteso lo slug di una voce che esiste in brands\/ \(forse: netflix\)/,
      ),
    ]);
  });

  it("does not claim a collection is empty when no slug is close", () => {
    const problems = problemsOf([brand("netflix"), outage(), caseStudy({ outage: "zzz-altro" })]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^cases\/abbraccio\.mdx: outage: trovato "zzz-altro"; atteso lo slug di una voce che esiste in outages\/: nessuna ha uno slug simile/,
      ),
    ]);
  });

  it("rejects an unknown outage reference", () => {
    const problems = problemsOf([
      brand("netflix"),
      outage(),
      caseStudy({ outage: "instagram-down" }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^cases\/abbraccio\.mdx: outage: trovato "instagram-down"; atteso lo slug di una voce che esiste in outages\//,
      ),
    ]);
  });

  it.each([
    [
      "kind",
      {
        path: "brands/netflix.yaml",
        text: 'name: Netflix\nkind: tv\ncolor: "#E50914"\nwebsite: https://example.com/',
      },
      /brands\/netflix\.yaml: kind: trovato "tv"; atteso uno di questi valori: streaming, social, messaging, broadcaster, other/,
    ],
    [
      "platform",
      caseStudy({ platform: "myspace" }),
      /cases\/abbraccio\.mdx: platform: trovato "myspace"; atteso uno di questi valori: twitter, x, instagram, facebook, tiktok, other, unknown/,
    ],
    [
      "scope",
      outage({ scope: "planetary" }),
      /outages\/netflix-down\.mdx: scope: trovato "planetary"; atteso uno di questi valori: global, national, local/,
    ],
  ] as Array<[string, ContentFile, RegExp]>)(
    "rejects an unknown %s value",
    (_field, entry, message) => {
      const files = entry.path.startsWith("brands/")
        ? [entry]
        : [brand("netflix"), outage(), entry];
      const problems = problemsOf(files);
      expect(problems).toEqual([expect.stringMatching(message)]);
    },
  );

  it("rejects a case without any trigger", () => {
    const problems = problemsOf([brand("netflix"), caseStudy({ outage: "" })]);
    expect(problems[0]).toMatch(
      /cases\/abbraccio\.mdx: outage: .*atteso che cosa ha innescato il post/,
    );
  });

  it("requires at least one source", () => {
    const file = mdx(
      "cases/senza-fonti.mdx",
      "title: T\ndescription: D\npublished: 2018-06-13\nbrand: netflix\nplatform: twitter\ndate: 2018-06-12\nevent: Festa\nsources: []",
    );
    expect(problemsOf([brand("netflix"), file])).toEqual([
      expect.stringMatching(
        /cases\/senza-fonti\.mdx: sources: trovato \[\]; atteso almeno una fonte/,
      ),
    ]);
  });

  it("reports a YAML syntax error with its line", () => {
    const broken = mdx("cases/rotto.mdx", "title: [non chiusa\ndescription: x");
    expect(problemsOf([brand("netflix"), broken])[0]).toMatch(
      /^cases\/rotto\.mdx:\d+: trovato un errore di sintassi YAML: /,
    );
  });

  it("never drops a file silently: wrong extension, bad slug, stray folder", () => {
    const problems = problemsOf([
      brand("netflix"),
      { path: "cases/appunti.md", text: "---\ntitle: x\n---" },
      { ...caseStudy(), path: "cases/Caso Maiuscolo.mdx" },
      { path: "bozze/idea.mdx", text: "" },
    ]);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual([
      expect.stringMatching(
        /^bozze\/idea\.mdx: atteso un file direttamente dentro una di queste cartelle: brands\//,
      ),
      expect.stringMatching(/^cases\/appunti\.md: trovato un file \.md; atteso un file \.mdx/),
      expect.stringMatching(
        /^cases\/Caso Maiuscolo\.mdx: \(nome del file\): trovato "Caso Maiuscolo"; atteso uno slug/,
      ),
    ]);
  });

  it("rejects a fields it does not know, so a typo is not ignored", () => {
    const problems = problemsOf([brand("netflix"), outage({ hastag: `"#x"` })]);
    expect(problems).toEqual([
      expect.stringMatching(
        /outages\/netflix-down\.mdx: \(frontmatter\): trovato hastag; atteso solo i campi previsti in outages\//,
      ),
    ]);
  });

  it("rejects a published page that links to a draft", () => {
    const draftOutage = outage({ draft: "true" });
    const problems = problemsOf([brand("netflix"), draftOutage, caseStudy()]);
    expect(problems).toEqual([
      expect.stringMatching(
        /cases\/abbraccio\.mdx: outage: trovato "netflix-down", che è una bozza/,
      ),
    ]);
  });
});

describe("a post comes no earlier than what it reacts to", () => {
  it("refuses a case dated, however it is read, before its outage began", () => {
    expect(problemsOf([brand("netflix"), outage(), caseStudy({ date: "2018-06-10" })])).toEqual([
      expect.stringMatching(
        /^cases\/abbraccio\.mdx: date: trovato 10 giugno 2018, prima del blackout "netflix-down" .*; atteso una data non precedente all’inizio del blackout/,
      ),
    ]);
  });

  it("takes a date that may overlap the start: the same day, or a minute near an approximate one", () => {
    const sameDay = [brand("netflix"), outage(), caseStudy({ date: "2018-06-11" })];
    expect(problemsOf(sameDay)).toEqual([]);
    const near = [
      brand("netflix"),
      outage({ start: "{ at: 2018-06-11T20:00:00+02:00, approx: true }" }),
      caseStudy({ date: "2018-06-11T19:30:00+02:00" }),
    ];
    expect(problemsOf(near)).toEqual([]);
  });

  it("refuses an answer dated before the post it answers", () => {
    const answer = mdx(
      "cases/risposta.mdx",
      `title: Risposta\ndescription: Una risposta.\npublished: 2018-06-13\nbrand: netflix\nplatform: twitter\ndate: 2018-06-10\nevent: Festa\ninResponseTo: abbraccio\n${sources}`,
    );
    expect(problemsOf([brand("netflix"), outage(), caseStudy(), answer])).toEqual([
      expect.stringMatching(
        /^cases\/risposta\.mdx: date: trovato 10 giugno 2018, prima del post "abbraccio" .*; atteso una data non precedente al post a cui risponde/,
      ),
    ]);
  });
});

describe("a case's post", () => {
  const withPost = (post: string) =>
    problemsOf([brand("netflix"), outage(), caseStudy({ post: `\n${post}` })]);

  it("may say what it was and where its account is", () => {
    expect(
      withPost(
        '  account: Netflix Italia\n  handle: "@NetflixIT"\n  accountUrl: https://twitter.com/NetflixIT\n  kind: image\n  media: Una scena di Narcos.',
      ),
    ).toEqual([]);
  });

  it("needs no description of its media when it was only words", () => {
    expect(
      withPost("  account: Zoom\n  kind: text\n  text: hi can everyone see my screen"),
    ).toEqual([]);
  });

  it("needs one otherwise, and refuses unknown kinds and malformed handles", () => {
    expect(withPost("  account: Zoom\n  text: hi").join("\n")).toMatch(/post\.media: .*kind: text/);
    expect(withPost("  account: Zoom\n  kind: gif\n  media: Un gif.").join("\n")).toMatch(
      /post\.kind: .*atteso uno di questi valori: text, image, video, media/,
    );
    expect(withPost("  account: Zoom\n  kind: text\n  handle: zoom").join("\n")).toMatch(
      /post\.handle: .*atteso un nome come @NetflixIT/,
    );
  });
});

describe("a dossier's inPrimoPiano", () => {
  const withField = (value: string) =>
    checkContent([
      brand("netflix"),
      outage(),
      caseStudy(),
      mdx(
        "dossier/giornata.mdx",
        `title: Una giornata\ndescription: Tre blackout.\npublished: 2018-06-14\noutages: [netflix-down]\ninPrimoPiano: ${value}\n${sources}`,
      ),
    ]);

  it("is read as a yes or no", () => {
    const { entries, problems } = withField("true");
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.collection === "dossier")?.data).toMatchObject({
      inPrimoPiano: true,
    });
  });

  it("refuses anything else, naming the field", () => {
    expect(
      withField("sì")
        .problems.map((problem) => formatProblem(problem))
        .join("\n"),
    ).toMatch(/inPrimoPiano: .*atteso `true` o `false`/);
  });
});

describe("a source's date", () => {
  const withDate = (value: string) =>
    checkContent([
      brand("netflix"),
      outage(),
      caseStudy(),
      mdx(
        "dossier/giornata.mdx",
        `title: Una giornata\ndescription: Tre blackout.\npublished: 2018-06-14\noutages: [netflix-down]\nsources:\n  - title: Una fonte\n    date: ${value}`,
      ),
    ]);
  const sourceOf = (result: ReturnType<typeof withDate>) =>
    (
      result.entries.find((e) => e.collection === "dossier")?.data.sources as { date?: string }[]
    )[0];

  it("takes a day, or only a month when the source shows no more", () => {
    expect(sourceOf(withDate("2021-10-05")).date).toBe("2021-10-05");
    const month = withDate("2021-10");
    expect(month.problems).toEqual([]);
    expect(sourceOf(month).date).toBe("2021-10");
  });

  it.each(["2021-13", `"2021-02-30"`, "ottobre 2021", "2021"])(
    "refuses %s, saying both forms",
    (value) => {
      const lines = withDate(value).problems.map((problem) => formatProblem(problem));
      expect(lines.join("\n")).toMatch(
        /dossier\/giornata\.mdx: sources\.0\.date: trovato .*; atteso una data vera nel formato AAAA-MM-GG, .*oppure solo il mese, AAAA-MM/,
      );
    },
  );
});

describe("a dossier's replies", () => {
  const withReplies = (replies: string, sourceLines = sources) =>
    checkContent([
      brand("netflix"),
      outage(),
      caseStudy(),
      mdx(
        "dossier/giornata.mdx",
        `title: Una giornata\ndescription: Tre blackout.\npublished: 2018-06-14\noutages: [netflix-down]\ncases: [abbraccio]\n${sourceLines}\nreplies:\n${replies}`,
      ),
    ]);
  const cited = `sources:\n  - id: S1\n    title: Una fonte\n  - id: S2\n    title: Un’altra`;
  const lines = (result: ReturnType<typeof withReplies>) =>
    result.problems.map((problem) => formatProblem(problem)).join("\n");

  it("keeps each reply as written: to a case, to an outage, to another reply", () => {
    const result = withReplies(
      [
        '  - id: prima\n    account: Twitter\n    handle: "@Twitter"\n    text: hello\n    inResponseTo: abbraccio\n    sources: [S1]',
        "  - account: Alcuni utenti\n    text: fix yourself\n    inResponseTo: prima\n    when: { day: 2018-06-12, part: evening }\n    sources: [S1, S2]",
        "  - account: Zomato\n    text: ok\n    inResponseTo: netflix-down\n    sources: [S2]",
      ].join("\n"),
      cited,
    );
    expect(result.problems).toEqual([]);
    const replies = result.entries.find((e) => e.collection === "dossier")?.data.replies;
    expect(replies).toMatchObject([
      { id: "prima", account: "Twitter", handle: "@Twitter", inResponseTo: "abbraccio" },
      { inResponseTo: "prima", when: { precision: "part", part: "evening" } },
      { account: "Zomato", inResponseTo: "netflix-down" },
    ]);
  });

  it("refuses a source id the dossier does not have, naming the ones it has", () => {
    expect(
      lines(
        withReplies(
          "  - account: Twitter\n    text: hello\n    inResponseTo: abbraccio\n    sources: [S3]",
          cited,
        ),
      ),
    ).toMatch(
      /dossier\/giornata\.mdx: replies\.0\.sources\.0: trovato "S3"; atteso l’`id` di una fonte del dossier \(S1, S2\)/,
    );
  });

  it("refuses a reply to a post that is not in the dossier, suggesting the closest", () => {
    expect(
      lines(
        withReplies(
          "  - account: Twitter\n    text: hello\n    inResponseTo: abbracio\n    sources: [S1]",
          cited,
        ),
      ),
    ).toMatch(
      /replies\.0\.inResponseTo: trovato "abbracio"; atteso lo slug di un caso o di un blackout elencato in `cases` o `outages` di questo dossier.*\(forse: abbraccio\): una risposta deve rispondere a un post che esiste/,
    );
  });

  it("refuses replies that, answer after answer, come back to themselves", () => {
    const result = withReplies(
      [
        "  - id: a\n    account: A\n    text: uno\n    inResponseTo: b\n    sources: [S1]",
        "  - id: b\n    account: B\n    text: due\n    inResponseTo: a\n    sources: [S1]",
      ].join("\n"),
      cited,
    );
    expect(lines(result)).toMatch(
      /replies\.0\.inResponseTo: trovato "b"; atteso .*torna a sé stessa/,
    );
  });

  it("refuses a source id used twice, and a reply id that is already a slug", () => {
    const result = withReplies(
      "  - id: abbraccio\n    account: A\n    text: uno\n    inResponseTo: netflix-down\n    sources: [S1]",
      `sources:\n  - id: S1\n    title: Una fonte\n  - id: S1\n    title: Un’altra`,
    );
    expect(lines(result)).toMatch(/sources\.1\.id: trovato "S1"; atteso un `id` diverso/);
    expect(lines(result)).toMatch(
      /replies\.0\.id: trovato "abbraccio"; atteso un `id` che non sia già/,
    );
  });

  it("refuses a reply without sources or without words", () => {
    const result = withReplies(
      "  - account: A\n    inResponseTo: abbraccio\n    sources: []",
      cited,
    );
    expect(lines(result)).toMatch(/replies\.0\.text: .*atteso le parole della risposta/);
    expect(lines(result)).toMatch(/replies\.0\.sources: trovato \[\]; atteso almeno una fonte/);
  });
});
