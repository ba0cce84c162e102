import { describe, expect, it } from "vitest";
import {
  checkContent,
  formatProblem,
  type ContentFile,
} from "../../src/content-check/content-check.ts";

const now = new Date("2026-11-28T12:00:00+01:00");

const brand: ContentFile = {
  path: "brands/netflix.yaml",
  text: 'name: Netflix\nkind: streaming\ncolor: "#E50914"\nwebsite: https://example.com/\n',
};

function outage(slug: string, extra = "", body = "Testo.") {
  return {
    path: `outages/${slug}.mdx`,
    text: `---\ntitle: Giù\ndescription: Si è fermato.\npublished: 2018-06-13\nbrand: netflix\nhashtag: "#Giu"\nstart: 2018-06-12\nscope: global\nsources:\n  - title: Fonte\n${extra}---\n\n${body}\n`,
  };
}

/** An outage that goes live on 10 January 2027. */
function scheduledOutage() {
  const file = outage("programmato");
  return { ...file, text: file.text.replace("published: 2018-06-13", "published: 2027-01-10") };
}

function caseStudy(slug: string, fields: string) {
  return {
    path: `cases/${slug}.mdx`,
    text: `---\ntitle: Un caso\ndescription: Un post.\nbrand: netflix\nplatform: twitter\ndate: 2018-06-12\nsources:\n  - title: Fonte\n${fields}\n---\n\nTesto.\n`,
  };
}

const problemsOf = (files: ContentFile[]) =>
  checkContent(files, { now }).problems.map((problem) => formatProblem(problem));

describe("the content check and scheduled pages", () => {
  it("refuses a published page that links to a scheduled one", () => {
    const problems = problemsOf([
      brand,
      scheduledOutage(),
      caseStudy("oggi", "published: 2026-11-28\noutage: programmato"),
    ]);
    expect(problems).toEqual([
      'cases/oggi.mdx: outage: trovato "programmato", che è programmata per il 10 gennaio 2027; atteso una voce pubblicata non più tardi di questa pagina: i lettori troverebbero un link a una pagina che ancora non esiste',
    ]);
  });

  it("lets a scheduled page link to one that goes live before it, and a draft link anywhere", () => {
    const problems = problemsOf([
      brand,
      scheduledOutage(),
      caseStudy("dopo", "published: 2027-01-11\noutage: programmato"),
      caseStudy("bozza", "published: 2026-11-28\noutage: programmato\ndraft: true"),
    ]);
    expect(problems).toEqual([]);
  });

  it("refuses to publish a page that still holds the placeholders of npm run new", () => {
    const problems = problemsOf([
      brand,
      outage(
        "giu",
        'tags:\n  - "DA COMPLETARE: un tag"\n',
        "## Il contesto\n\n{/* DA COMPLETARE: il contesto. */}",
      ),
    ]);
    expect(problems).toEqual([
      'outages/giu.mdx: tags: trovato "DA COMPLETARE: un tag"; atteso le tue parole al posto della nota "DA COMPLETARE" lasciata da npm run new (oppure lascia draft: true)',
      'outages/giu.mdx: (testo): trovato "DA COMPLETARE: il contesto."; atteso le tue parole al posto della nota "DA COMPLETARE" lasciata da npm run new (oppure lascia draft: true)',
    ]);
  });

  it("accepts the placeholders in a draft", () => {
    const problems = problemsOf([
      brand,
      outage("giu", "draft: true\n", "{/* DA COMPLETARE: il contesto. */}"),
    ]);
    expect(problems).toEqual([]);
  });

  it("accepts the same slug in two collections: each has its own URL section", () => {
    const { entries, problems } = checkContent(
      [brand, outage("netflix"), caseStudy("netflix", "published: 2018-06-13\noutage: netflix")],
      { now },
    );
    expect(problems).toEqual([]);
    expect(entries.map((entry) => `${entry.collection}/${entry.id}`)).toEqual([
      "brands/netflix",
      "cases/netflix",
      "outages/netflix",
    ]);
  });
});
