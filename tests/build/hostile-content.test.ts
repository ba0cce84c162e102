/**
 * Hostile or unlucky content, one file at a time beside a valid corpus: each one must stop
 * `npm run check` and `npm run build` with exit code 1 and a line that names the file (and
 * its line, where it has one), before anything is published.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, run } from "../support/build";
import { fixturesDir, outputDir } from "../support/paths";

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
    line: /^:15:1: \(testo\): .*javascript:/,
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
].map((input) => ({
  ...input,
  add: copied(input.file, input.file.includes("immagine") ? ["cases/immagini/post.png"] : []),
}));

inputs.push(
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

async function corpusWith(input: HostileInput): Promise<string> {
  const root = join(outputDir, "hostile", input.file.replace(/[/.]/g, "-"));
  const content = join(root, "content");
  await rm(root, { recursive: true, force: true });
  await cp(join(fixturesDir, "corpus-valid"), content, { recursive: true });
  await input.add(content);
  return content;
}

describe.each(inputs)("$name", (input) => {
  it("stops npm run check and npm run build with the file and its line", async () => {
    const content = await corpusWith(input);
    const [check, build] = await Promise.all([
      run("npm", ["run", "--silent", "check"], { CONTENT_DIR: content }),
      buildCorpus(`hostile-${input.file.replace(/[/.]/g, "-")}`, content),
    ]);
    for (const [command, result] of [
      ["check", check],
      ["build", build],
    ] as const) {
      expect(result.code, `${command}:\n${result.output}`).toBe(1);
      const lines = result.output
        .split("\n")
        .map((line) => line.replace(/^.*?\[schermo-nero:content-check\] /, ""))
        .filter((line) => line.includes(`/${input.file}:`));
      expect(lines.length, `${command}:\n${result.output}`).toBeGreaterThan(0);
      const rest = lines[0].slice(lines[0].indexOf(`/${input.file}`) + input.file.length + 1);
      expect(rest, `${command}: ${lines[0]}`).toMatch(input.line);
      expect(result.output, command).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    }
    expect(existsSync(join(build.outDir, "index.html"))).toBe(false);
  });
});
