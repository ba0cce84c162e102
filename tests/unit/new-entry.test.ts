import { describe, expect, it } from "vitest";
import { checkContent, type ContentFile } from "../../src/content-check/content-check.ts";
import { planEntry } from "../../scripts/lib/new-entry.ts";
import type { Answers, EntryKind } from "../../scripts/lib/new-entry-questions.ts";

const corpus: ContentFile[] = [
  {
    path: "brands/netflix.yaml",
    text: 'name: Netflix\nkind: streaming\ncolor: "#E50914"\nwebsite: https://example.com/\n',
  },
  {
    path: "outages/netflix-down.mdx",
    text: `---\ntitle: Giù\ndescription: Si è fermato.\npublished: 2018-06-13\nbrand: netflix\nhashtag: "#NetflixDown"\nstart: 2018-06-12\nscope: global\nsources:\n  - title: Fonte\n---\n\nTesto.\n`,
  },
];
// Late evening in UTC, already the next day in Rome.
const now = new Date("2026-03-18T23:30:00Z");
const context = { files: corpus, now };

const planned = (kind: EntryKind, answers: Answers) => {
  const plan = planEntry(kind, answers, context);
  if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join("\n"));
  return plan;
};

const examples: Array<[EntryKind, Answers, string, string]> = [
  [
    "case",
    {
      title: "Netflix e la Festa del papà",
      brand: "netflix",
      platform: "twitter",
      event: "Festa del papà",
    },
    "cases/netflix-e-la-festa-del-papa.mdx",
    "https://schermonero.it/instant-marketing/netflix-e-la-festa-del-papa/",
  ],
  [
    "outage",
    { title: "Rai, di nuovo schermo nero", brand: "netflix", hashtag: "#RaiDown" },
    "outages/rai-di-nuovo-schermo-nero.mdx",
    "https://schermonero.it/blackout/rai-di-nuovo-schermo-nero/",
  ],
  [
    "brand",
    {
      name: "Spotify",
      kind: "streaming",
      color: "#1DB954",
      website: "https://www.spotify.com/it/",
    },
    "brands/spotify.yaml",
    "https://schermonero.it/marchi/spotify/",
  ],
  [
    "dossier",
    { title: "Perché è così", outages: "netflix-down" },
    "dossier/perche-e-cosi.mdx",
    "https://schermonero.it/dossier/perche-e-cosi/",
  ],
];

describe("npm run new, the plan", () => {
  it.each(examples)("writes a %s that passes the content check", (kind, answers, path, url) => {
    const plan = planned(kind, answers);
    expect(plan.file.path).toBe(path);
    expect(plan.url).toBe(url);
    const { problems, entries } = checkContent([...corpus, plan.file], { now });
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.file)).toContain(path);
  });

  it("dates an article today in Rome, as a draft", () => {
    const plan = planned("case", examples[0][1]);
    expect(plan.file.text).toMatch(/^published: 2026-03-19$/m);
    expect(plan.file.text).toMatch(/^draft: true/m);
  });

  const headingsOf = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  it("writes a short case, without sections, when nothing is known of the post", () => {
    const { text } = planned("case", examples[0][1]).file;
    expect(headingsOf(text)).toEqual([]);
    expect(text).not.toMatch(/^post:/m);
    expect(text).toContain("Le fonti non riportano il post");
    // Reception unknown: a sentence says so, and no section claims how the post was received.
    expect(text).toContain("Come sia stato accolto il post non si sa");
  });

  it("gives a case the sections its answers allow, and the post's card what is known", () => {
    const answers = {
      ...examples[0][1],
      account: "Netflix Italia",
      "post-text": "Auguri a tutti i papà",
      moment: "la sera, durante la partita",
      reception: "News18 conta un milione di like",
    };
    const plan = planned("case", answers);
    expect(headingsOf(plan.file.text)).toEqual([
      "Il momento",
      "Che cosa diceva",
      "Come è stato accolto",
    ]);
    expect(plan.file.text).toContain("«News18 conta un milione di like»");
    expect(plan.file.text).not.toContain("Come sia stato accolto il post non si sa");
    const { problems, entries } = checkContent([...corpus, plan.file], { now });
    expect(problems).toEqual([]);
    const data = entries.find((entry) => entry.file === plan.file.path)!.data;
    expect(data.post).toEqual({
      account: "Netflix Italia",
      text: "Auguri a tutti i papà",
      media: expect.stringMatching(/^DA COMPLETARE: /),
    });
    expect(plan.pending).toContain("post-media");
  });

  it("tells the sections apart by what is known of the post", () => {
    const picture = planned("case", { ...examples[0][1], "post-media": "Una foto di un papà." });
    expect(headingsOf(picture.file.text)).toEqual(["Che cosa mostrava"]);
    expect(picture.pending).toContain("account");
  });

  it("keeps an answer inside its note, whatever it contains", () => {
    const plan = planned("case", { ...examples[0][1], reception: "forse */ {bene} */ no" });
    const { problems } = checkContent([...corpus, plan.file], { now });
    expect(problems).toEqual([]);
  });

  it("does not ask an outage's text to repeat what its page shows by itself", () => {
    const headings = headingsOf(planned("outage", examples[1][1]).file.text);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings).not.toContain("Che cosa hanno visto gli utenti");
  });

  it("writes what the author gave and marks what is left to complete", () => {
    const plan = planned("case", {
      ...examples[0][1],
      description: "Un post per la Festa del papà.",
      date: "{ day: 2026-03-19, part: morning }",
      source: "Un articolo: con due punti",
      "source-url": "https://example.com/articolo",
    });
    const { entries } = checkContent([...corpus, plan.file], { now });
    const data = entries.find((entry) => entry.id === "netflix-e-la-festa-del-papa")!.data;
    expect(data).toMatchObject({
      title: "Netflix e la Festa del papà",
      description: "Un post per la Festa del papà.",
      event: "Festa del papà",
      date: { precision: "part", day: "2026-03-19", part: "morning" },
      sources: [{ title: "Un articolo: con due punti", url: "https://example.com/articolo" }],
    });
    expect(plan.pending).toEqual(["testo"]);
    expect(planned("case", examples[0][1]).pending).toEqual([
      "description",
      "date",
      "source",
      "testo",
    ]);
  });

  it("keeps, as written, answers that YAML would read as something else", () => {
    const answers = {
      ...examples[0][1],
      title: 'No: #1, l’«abbraccio» e "doppie" virgolette',
      event: "2018-06-12",
      source: "null",
    };
    const plan = planned("case", answers);
    const { problems, entries } = checkContent([...corpus, plan.file], { now });
    expect(problems).toEqual([]);
    const data = entries.find((entry) => entry.file === plan.file.path)!.data;
    expect(data).toMatchObject({
      title: answers.title,
      event: "2018-06-12",
      sources: [{ title: "null" }],
    });
  });

  it("schedules an article with a future publication date", () => {
    const plan = planned("case", { ...examples[0][1], published: "2026-12-01" });
    expect(plan.file.text).toMatch(/^published: 2026-12-01$/m);
  });

  it("refuses a slug already in use in the same collection", () => {
    const plan = planEntry(
      "outage",
      { title: "Netflix down", brand: "netflix", hashtag: "#X" },
      context,
    );
    expect(plan).toEqual({
      ok: false,
      problems: [
        {
          flag: "slug",
          message:
            "content/outages/netflix-down.mdx esiste già: scegli un altro titolo o indica un altro --slug",
        },
      ],
    });
    expect(
      planEntry(
        "outage",
        { title: "Netflix down", slug: "netflix-down-2", brand: "netflix", hashtag: "#X" },
        context,
      ).ok,
    ).toBe(true);
  });

  it("refuses an unknown brand and names the closest one", () => {
    const plan = planEntry("case", { ...examples[0][1], brand: "netflx" }, context);
    expect(plan).toEqual({
      ok: false,
      problems: [
        {
          flag: "brand",
          message:
            'content/cases/netflix-e-la-festa-del-papa.mdx: brand: trovato "netflx"; atteso lo slug di una voce che esiste in brands/ (forse: netflix)',
        },
      ],
    });
  });

  it("refuses an unknown outage and a case without a trigger", () => {
    const unknown = planEntry(
      "case",
      { ...examples[0][1], event: undefined, outage: "netflix-dwn" },
      context,
    );
    expect(unknown.ok || unknown.problems[0].message).toMatch(
      /outage: trovato "netflix-dwn"; atteso lo slug di una voce che esiste in outages\/ \(forse: netflix-down\)/,
    );
    const none = planEntry("case", { ...examples[0][1], event: undefined }, context);
    expect(none.ok || none.problems[0]).toMatchObject({
      flag: "outage",
      message: expect.stringMatching(
        /outage: trovato niente; atteso che cosa ha innescato il post: un `outage`/,
      ),
    });
  });

  it("names every missing required answer", () => {
    const plan = planEntry("brand", { name: "Spotify" }, context);
    expect(plan.ok || plan.problems.map((p) => p.flag)).toEqual(["kind", "color", "website"]);
  });

  it("refuses a bad value with the content check's own words", () => {
    const plan = planEntry("brand", { ...examples[2][1], color: "verde" }, context);
    expect(plan.ok || plan.problems[0].message).toBe(
      'content/brands/spotify.yaml: color: trovato "verde"; atteso un colore in esadecimale, come #E50914',
    );
  });
});
