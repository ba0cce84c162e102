/**
 * Hostile or unlucky content, each one beside a valid corpus: the content check refuses it
 * in-process with a line that names the file (and its line, where it has one), in well under
 * 5 s. Then all of them at once stop `npm run check` and `npm run build` with exit code 1,
 * every file named, no stack trace, and nothing published: two subprocesses in all, and the
 * suite's only build that fails on purpose (an in-process build cannot show it: the check
 * ends the process).
 */
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, formatProblem } from "../../src/content-check/content-check.ts";
import { readContentFiles } from "../../src/content-check/content-files.ts";
import { buildCorpusProcess, run } from "../support/build.ts";
import { fixturesDir, outputDir } from "../support/paths.ts";

const hostile = join(fixturesDir, "hostile");

interface HostileInput {
  /** What the author did, as the test names it. */
  name: string;
  /** The file as the problem line names it, relative to the content folder. */
  file: string;
  /** What follows the file name on the problem line: its place and field. */
  line: RegExp;
  /** Puts the file into a copy of the valid corpus. */
  add: (content: string) => Promise<void>;
}

const copied =
  (file: string, extra: string[] = []) =>
  async (content: string) => {
    for (const path of [file, ...extra]) {
      await mkdir(dirname(join(content, path)), { recursive: true });
      await cp(join(hostile, path), join(content, path));
    }
  };

/** Which fixture pictures each input needs beside it. */
const PICTURES: Record<string, string[]> = {
  "cases/immagine-senza-descrizione.mdx": ["cases/immagini/post.png"],
  "cases/immagine-assente.mdx": ["cases/immagini/post.png"],
  "cases/immagine-con-query.mdx": ["cases/immagini/post.png"],
  "cases/immagine-per-riferimento.mdx": ["cases/immagini/post.png"],
  "cases/png-finto.mdx": ["cases/immagini/pagina.png"],
  "cases/png-enorme.mdx": ["cases/immagini/enorme.png"],
};

/** The frontmatter of a valid case, so that a generated body is the only problem. */
const validCase = async () => {
  const text = await readFile(join(hostile, "cases/export-di-codice.mdx"), "utf8");
  return text.slice(0, text.indexOf("\n---\n") + 5) + "\n";
};
const generated = (file: string, body: () => string, line: RegExp, name: string): HostileInput => ({
  name,
  file,
  line,
  add: async (content) => {
    await writeFile(join(content, file), (await validCase()) + body());
  },
});

const inputs: HostileInput[] = [
  {
    name: "a <script> in the body",
    file: "cases/script-nel-testo.mdx",
    line: /^:15:1: \(testo\): trovato <script>/,
  },
  { name: "an <iframe>", file: "cases/iframe.mdx", line: /^:15:1: \(testo\): trovato <iframe>/ },
  {
    name: "a <meta> refresh",
    file: "cases/meta-refresh.mdx",
    line: /^:15:1: \(testo\): trovato <meta>/,
  },
  {
    name: "a javascript: link",
    file: "cases/link-javascript.mdx",
    line: /^:13:\d+: \(testo\): trovato "javascript:/,
  },
  {
    name: "a javascript: prop",
    file: "cases/prop-javascript.mdx",
    line: /^:15:\d+: \(testo\): trovato <PostCard> url = "javascript:/,
  },
  {
    name: "exported code that reads files",
    file: "cases/export-di-codice.mdx",
    line: /^:13:1: \(testo\): trovato un `export`/,
  },
  {
    name: "a misspelt component",
    file: "cases/componente-sbagliato.mdx",
    line: /^:15:1: \(testo\): trovato il componente <Statment>; atteso .*<Statement>/,
  },
  {
    name: "a missing picture",
    file: "cases/immagine-assente.mdx",
    line: /^:15:1: \(testo\): .*non-esiste\.png/,
  },
  {
    name: "a picture without a description",
    file: "cases/immagine-senza-descrizione.mdx",
    line: /^:15:1: \(testo\): .*post\.png.*una descrizione/,
  },
  { name: "a YAML alias bomb", file: "cases/alias-yaml.mdx", line: /^:10: trovato un alias YAML/ },
  {
    name: "a tag that gives no address",
    file: "cases/tag-senza-lettere.mdx",
    line: /^: tags\.0: trovato "!!!"; atteso un tag con almeno una lettera/,
  },
  {
    name: "an outage that ends before it starts",
    file: "outages/fine-prima-inizio.mdx",
    line: /^: end: .*finire prima di cominciare/,
  },
  {
    name: "an HTML-like comment that hides code from a script parser",
    file: "cases/commento-html.mdx",
    line: /^:13:\d+: \(testo\): trovato \{0 <!--.*; atteso un valore/,
  },
  {
    name: "the same comment in a prop",
    file: "cases/prop-commento-html.mdx",
    line: /^:13:\d+: \(testo\): trovato .*<!--.* nella proprietà text; atteso un valore/,
  },
  {
    name: "an import nested in a component",
    file: "cases/import-annidato.mdx",
    line: /^:15:1: \(testo\): trovato un `import` o un `export` dentro un tag/,
  },
  {
    name: "a picture import with a query for Vite's loaders",
    file: "cases/immagine-con-query.mdx",
    line: /^:13:1: \(testo\): trovato "\.\/immagini\/post\.png\?raw&x\.png"; atteso il percorso/,
  },
  {
    name: "a reference-style picture with a query",
    file: "cases/immagine-per-riferimento.mdx",
    line: /^:15:1: \(testo\): trovato "\.\/immagini\/post\.png\?raw"/,
  },
  {
    name: "an SVG picture",
    file: "cases/immagine-svg.mdx",
    line: /^:15:1: \(testo\): .*SVG no/,
  },
  {
    name: "an HTML page saved as PNG",
    file: "cases/png-finto.mdx",
    line: /^:15:1: \(testo\): .*davvero un’immagine PNG/,
  },
  {
    name: "a PNG of 16000×16000 pixels",
    file: "cases/png-enorme.mdx",
    line: /^:15:1: \(testo\): .*6000 pixel per lato \(questa è 16000×16000\)/,
  },
  {
    name: "set:html",
    file: "cases/set-html.mdx",
    line: /^:15:6: \(testo\): trovato l’attributo set:html; atteso nessuna direttiva di Astro/,
  },
  {
    name: "a Tailwind class that covers the page",
    file: "cases/classe-tailwind.mdx",
    line: /^:15:\d+: \(testo\): trovato l’attributo class/,
  },
  {
    name: "client:load on a component",
    file: "cases/client-load.mdx",
    line: /^:15:12: \(testo\): trovato l’attributo client:load di <Statement>/,
  },
  {
    name: "rel=opener",
    file: "cases/link-opener.mdx",
    line: /^:15:\d+: \(testo\): trovato rel="opener"/,
  },
  {
    name: "a heading that takes the site's #fonti",
    file: "cases/titoletto-fonti.mdx",
    line: /^:15:1: \(testo\): trovato il titoletto «Fonti» \(indirizzo #fonti\)/,
  },
  {
    name: "an unknown platform in a PostCard",
    file: "cases/prop-sconosciuta.mdx",
    line: /^:15:\d+: \(testo\): trovato <PostCard> platform = "myspace"; atteso uno di questi valori/,
  },
].map((input) => ({
  ...input,
  add: copied(input.file, PICTURES[input.file] ?? []),
}));

inputs.push(
  {
    name: "a reference to a brand that does not exist",
    file: "cases/caso-rotto.mdx",
    line: /^: brand: trovato "netflx"; atteso lo slug di una voce che esiste in brands\/ \(forse: netflix\)/,
    add: async (content) => {
      await cp(
        join(fixturesDir, "corpus-broken/cases/caso-rotto.mdx"),
        join(content, "cases/caso-rotto.mdx"),
      );
    },
  },
  {
    name: "a symbolic link to an article outside the content folder",
    file: "cases/collegato.mdx",
    line: /^: trovato un link simbolico/,
    add: async (content) => {
      const outside = join(dirname(content), "fuori.mdx");
      await cp(join(fixturesDir, "corpus-valid/cases/caso-pubblicato.mdx"), outside);
      await symlink(outside, join(content, "cases/collegato.mdx"));
    },
  },
  generated(
    "cases/parentesi-annidate.mdx",
    () => "{" + "[".repeat(10_000) + "]".repeat(10_000) + "}\n",
    /^:13:\d+: \(testo\): trovato 33 parentesi aperte/,
    "20 KB of nested brackets (a segmentation fault before)",
  ),
  generated(
    "cases/citazioni-annidate.mdx",
    () => ">".repeat(600) + " x\n",
    /^:13:\d+: \(testo\): trovato citazioni `>` o elenchi annidati troppo in profondità/,
    "600 nested quotes on one line (SIGSEGV in astro build before)",
  ),
  generated(
    "cases/elenchi-annidati.mdx",
    () => Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n") + "\n",
    /^:\d+:\d+: \(testo\): trovato citazioni `>` o elenchi annidati/,
    "200 nested lists",
  ),
  generated(
    "cases/tag-annidati.mdx",
    () => "<div>".repeat(600) + "x" + "</div>".repeat(600) + "\n",
    /^:13:\d+: \(testo\): trovato 17 tag aperti/,
    "600 nested tags",
  ),
  generated(
    "cases/riga-lunghissima.mdx",
    () => "Una frase senza fine. ".repeat(1000) + "\n",
    /^:13: \(testo\): trovato una riga troppo lunga/,
    "a paragraph of 23 000 characters on one line",
  ),
  generated(
    "cases/file-enorme.mdx",
    () => "a<".repeat(300_000) + "\n",
    /^: \(testo\): trovato un file di \d+ caratteri/,
    "a 600 KB line of a<a<… (minutes before)",
  ),
  {
    name: "a hidden file the loader would skip",
    file: "cases/.bozza-nascosta.mdx",
    line: /^: trovato un file nascosto/,
    add: async (content) => {
      await cp(
        join(fixturesDir, "corpus-valid/cases/caso-pubblicato.mdx"),
        join(content, "cases/.bozza-nascosta.mdx"),
      );
    },
  },
  {
    name: "an SVG beside the articles",
    file: "cases/immagini/logo.svg",
    line: /^: trovato un file SVG/,
    add: copied("cases/immagini/logo.svg"),
  },
  {
    name: "a file saved as Latin-1",
    file: "cases/latin1.mdx",
    line: /^:13: trovato caratteri che non sono UTF-8/,
    add: async (content) => {
      const text = await readFile(join(hostile, "latin1.txt"), "utf8");
      await writeFile(join(content, "cases/latin1.mdx"), Buffer.from(text, "latin1"));
    },
  },
);

async function corpusWith(name: string, chosen: HostileInput[]): Promise<string> {
  const root = join(outputDir, "hostile", name);
  const content = join(root, "content");
  await rm(root, { recursive: true, force: true });
  await cp(join(fixturesDir, "corpus-valid"), content, { recursive: true });
  for (const input of chosen) await input.add(content);
  return content;
}

/** The first line naming `file`, from its place on: `:15:1: (testo): trovato …`. */
function placeAndText(lines: string[], file: string): string | undefined {
  const line = lines.find((candidate) => candidate.includes(`${file}:`));
  return line?.slice(line.indexOf(file) + file.length);
}

describe.each(inputs)("$name", (input) => {
  it("is refused by the content check, with the file and its line, in under 5 s", async () => {
    const content = await corpusWith(input.file.replace(/[/.]/g, "-"), [input]);
    const started = performance.now();
    const { problems } = checkContent(await readContentFiles(content));
    expect(performance.now() - started).toBeLessThan(5000);
    const lines = problems.map((problem) => formatProblem(problem));
    expect(placeAndText(lines, input.file), lines.join("\n")).toMatch(input.line);
  });
});

describe("all hostile inputs at once", () => {
  it("stop npm run check and npm run build, each file named, nothing published", async () => {
    const content = await corpusWith("tutti", inputs);
    const [check, build] = await Promise.all([
      run("npm", ["run", "--silent", "check"], { CONTENT_DIR: content }),
      buildCorpusProcess("hostile-tutti", content),
    ]);
    for (const [command, result] of [
      ["check", check],
      ["build", build],
    ] as const) {
      expect(result.code, `${command}:\n${result.output}`).toBe(1);
      const lines = result.output
        .split("\n")
        .map((line) => line.replace(/^.*?\[schermo-nero:content-check\] /, ""));
      for (const input of inputs) {
        expect(placeAndText(lines, `/${input.file}`), `${command}: ${input.name}`).toMatch(
          input.line,
        );
      }
      expect(result.output, command).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    }
    expect(existsSync(join(build.outDir, "index.html"))).toBe(false);
  });
});
