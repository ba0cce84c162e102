import { existsSync } from "node:fs";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, run } from "../support/build.ts";
import { fileFor, htmlPages, page } from "../support/dist.ts";
import { fixturesDir, outputDir, projectRoot } from "../support/paths.ts";
import { searchRecords } from "../support/search-index.ts";
import { pngSize } from "../support/links.ts";
import { site } from "../../src/site.config.ts";

describe("npm run check", () => {
  const corpus = join(fixturesDir, "corpus-check");
  const shown = relative(projectRoot, corpus);
  // One broken file per rule: the line must name the file and the field.
  const broken: Array<[rule: string, file: string, line: RegExp]> = [
    ["missing field", "cases/senza-titolo.mdx", /: title: trovato niente; atteso un titolo/],
    [
      "bad type",
      "cases/tipo-sbagliato.mdx",
      /: tags: trovato "un tag solo"; atteso un elenco, un `- elemento` per riga/,
    ],
    [
      "impossible date",
      "cases/data-impossibile.mdx",
      /: published: trovato "2024-02-30"; atteso una data vera nel formato AAAA-MM-GG/,
    ],
    [
      "unknown reference",
      "cases/marchio-sconosciuto.mdx",
      /: brand: trovato "netflx"; atteso lo slug di una voce che esiste in brands\/ \(forse: netflix\)/,
    ],
    [
      "bad enum",
      "cases/piattaforma-sbagliata.mdx",
      /: platform: trovato "myspace"; atteso uno di questi valori: twitter, x, instagram/,
    ],
    [
      "bad enum",
      "outages/portata-sbagliata.mdx",
      /: scope: trovato "planetary"; atteso uno di questi valori: global, national, local/,
    ],
    [
      "YAML syntax error",
      "brands/yaml-rotto.yaml",
      /:\d+: trovato un errore di sintassi YAML: .+; atteso YAML valido/,
    ],
    [
      "reply citing a source the dossier lacks",
      "dossier/fonte-sconosciuta.mdx",
      /: replies\.0\.sources\.0: trovato "ALTRA"; atteso l’`id` di una fonte del dossier \(PROVA\)/,
    ],
    [
      "reply to a post that is not there",
      "dossier/risposta-a-niente.mdx",
      /: replies\.0\.inResponseTo: trovato "prova-dwn"; atteso lo slug di un caso o di un blackout .*\(forse: prova-down\): una risposta deve rispondere a un post che esiste/,
    ],
    [
      "misnamed file",
      "cases/Nome Sbagliato.mdx",
      /: \(nome del file\): trovato "Nome Sbagliato"; atteso uno slug/,
    ],
    [
      "wrong extension",
      "cases/estensione-sbagliata.md",
      /: trovato un file \.md; atteso un file \.mdx/,
    ],
  ];
  let check: { code: number | null; output: string };
  beforeAll(async () => {
    check = await run("npm", ["run", "--silent", "check"], { CONTENT_DIR: corpus });
  });

  it.each(broken)("reports a %s in %s on one line, with its field", (_rule, file, line) => {
    const lines = check.output.split("\n").filter((l) => l.startsWith(`${shown}/${file}:`));
    expect(lines, check.output).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it("exits 1, reporting only the broken files", () => {
    expect(check.code).toBe(1);
    const problemLines = check.output.split("\n").filter((l) => l.startsWith(`${shown}/`));
    expect(problemLines).toHaveLength(broken.length);
  });
});

describe("npm run new, then a production build", () => {
  const content = join(outputDir, "authoring", "content");
  const newEntry = (...args: string[]) =>
    run("npm", ["run", "--silent", "new", "--", ...args], { CONTENT_DIR: content });
  let outDir: string;

  beforeAll(async () => {
    await rm(content, { recursive: true, force: true });
    await cp(join(fixturesDir, "corpus-authoring"), content, { recursive: true });
  });

  it("creates a brand, an outage, a case and a dossier, and says where they will be", async () => {
    const created: Array<[string[], string, string]> = [
      [
        [
          "brand",
          "--name",
          "Spotify",
          "--kind",
          "streaming",
          "--color",
          "#1DB954",
          "--website",
          "https://www.spotify.com/it/",
        ],
        "brands/spotify.yaml",
        "https://schermonero.it/marchi/spotify/",
      ],
      [
        [
          "outage",
          "--title",
          "Spotify muto per un’ora",
          "--brand",
          "spotify",
          "--hashtag",
          "#SpotifyDown",
        ],
        "outages/spotify-muto-per-unora.mdx",
        "https://schermonero.it/blackout/spotify-muto-per-unora/",
      ],
      [
        [
          "case",
          "--title",
          "Netflix e la Festa del papà",
          "--brand",
          "netflix",
          "--platform",
          "twitter",
          "--event",
          "Festa del papà",
          "--outage",
          "spotify-muto-per-unora",
          "--account",
          "Netflix Italia",
          "--post-text",
          "Auguri a tutti i papà",
          "--reception",
          "un giudizio di chi l’ha raccontato",
        ],
        "cases/netflix-e-la-festa-del-papa.mdx",
        "https://schermonero.it/instant-marketing/netflix-e-la-festa-del-papa/",
      ],
      [
        [
          "dossier",
          "--title",
          "Perché è così",
          "--outages",
          "spotify-muto-per-unora",
          "--cases",
          "netflix-e-la-festa-del-papa",
        ],
        "dossier/perche-e-cosi.mdx",
        "https://schermonero.it/dossier/perche-e-cosi/",
      ],
    ];
    for (const [args, file, url] of created) {
      const result = await newEntry(...args);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`Creato ${relative(projectRoot, join(content, file))}`);
      expect(result.output).toContain(`La pagina sarà su ${url}`);
      expect(existsSync(join(content, file)), file).toBe(true);
    }
  });

  it("refuses a slug in use and an unknown brand, and writes nothing", async () => {
    const brandFile = join(content, "brands/spotify.yaml");
    const before = await readFile(brandFile, "utf8");
    const again = await newEntry(
      "brand",
      "--name",
      "Spotify",
      "--kind",
      "social",
      "--color",
      "#000000",
      "--website",
      "https://example.com/",
    );
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/brands\/spotify\.yaml esiste già/);
    expect(await readFile(brandFile, "utf8")).toBe(before);

    const unknown = await newEntry(
      "case",
      "--title",
      "Un altro caso",
      "--brand",
      "spotfy",
      "--platform",
      "twitter",
      "--event",
      "Sanremo",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.output).toMatch(
      /brand: trovato "spotfy"; atteso lo slug di una voce che esiste in brands\/ \(forse: spotify\)/,
    );
    expect(existsSync(join(content, "cases/un-altro-caso.mdx"))).toBe(false);
  });

  it("builds: a completed article reaches its page, its brand's and its trigger's", async () => {
    // What an author does after npm run new: write in place of every note, remove the draft line.
    for (const file of [
      "outages/spotify-muto-per-unora.mdx",
      "cases/netflix-e-la-festa-del-papa.mdx",
    ]) {
      const path = join(content, file);
      const text = (await readFile(path, "utf8"))
        .replace(/"DA COMPLETARE: [^"]*"/g, '"Scritto dall’autrice."')
        .replace(/ # DA COMPLETARE: .*$/gm, "")
        .replace(/\{\/\* DA COMPLETARE: .*\*\/\}/g, "Un paragrafo scritto dall’autrice.")
        .replace(/^draft: true.*\n/m, "");
      await writeFile(path, text);
    }
    const build = await buildCorpus("authoring", content);
    expect(build.code, build.output).toBe(0);
    outDir = build.outDir;
    const pages = await htmlPages(outDir);
    expect(pages).toEqual(
      expect.arrayContaining([
        "/marchi/spotify/",
        "/blackout/spotify-muto-per-unora/",
        "/instant-marketing/netflix-e-la-festa-del-papa/",
      ]),
    );
    const casePage = await page("/instant-marketing/netflix-e-la-festa-del-papa/", outDir);
    // The sections that the answers called for: the post's words and its reception are known.
    expect([...casePage.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(["Che cosa diceva", "Come è stato accolto"]),
    );
    const outagePage = await page("/blackout/spotify-muto-per-unora/", outDir);
    expect(outagePage.body.textContent).toContain("Netflix e la Festa del papà");
    const spotify = await page("/marchi/spotify/", outDir);
    expect(spotify.body.textContent).toContain("Spotify muto per un’ora");
    const netflix = await page("/marchi/netflix/", outDir);
    expect(netflix.body.textContent).toContain("Netflix e la Festa del papà");
  });

  it("puts the new case in its share image, the feed, the sitemap and search", async () => {
    const path = "/instant-marketing/netflix-e-la-festa-del-papa/";
    const url = `${site.url}${path}`;
    const casePage = await page(path, outDir);
    const image = casePage.querySelector('meta[property="og:image"]')?.getAttribute("content");
    expect(image).toBe(`${site.url}/og/instant-marketing/netflix-e-la-festa-del-papa.png`);
    const png = await readFile(fileFor(image!.slice(site.url.length), outDir));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(await readFile(join(outDir, "rss.xml"), "utf8")).toContain(`<link>${url}</link>`);
    expect(await readFile(join(outDir, "sitemap-0.xml"), "utf8")).toContain(`<loc>${url}</loc>`);
    const records = await searchRecords(outDir);
    expect(records.find((record) => record.url === path)?.meta.title).toBe(
      "Netflix e la Festa del papà",
    );
  });

  it("leaves drafts and scheduled entries out of every production output", async () => {
    const hidden = [
      ["caso-in-bozza", "Un caso in bozza"],
      ["caso-programmato", "Un caso programmato"],
      ["blackout-programmato", "Un blackout programmato"],
      ["dossier-in-bozza", "Un dossier in bozza"],
      // The dossier npm run new wrote, still a draft with its notes.
      ["perche-e-cosi", "Perché è così"],
      // Their tags, for the tag pages.
      ["tag-della-bozza", "tag-della-bozza"],
      ["tag-programmato", "tag-programmato"],
    ];
    const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((f) =>
      f.isFile(),
    );
    const outputs = await Promise.all(
      files.map(async (f) => ({
        path: relative(outDir, join(f.parentPath, f.name)),
        text: await readFile(join(f.parentPath, f.name), "utf8"),
      })),
    );
    for (const [slug, title] of hidden) {
      for (const output of outputs) {
        expect(output.path, slug).not.toContain(slug);
        expect(
          output.text.includes(slug) || output.text.includes(title),
          `${slug} in ${output.path}`,
        ).toBe(false);
      }
    }
    // The published case, linked from the same lists, is there: the lists were really built.
    for (const list of ["/instant-marketing/", "/blackout/prova-down/", "/marchi/netflix/"]) {
      expect((await page(list, outDir)).body.textContent, list).toContain("Un caso pubblicato");
    }
    expect(await htmlPages(outDir)).not.toContain("/anteprima/");
  });
});
