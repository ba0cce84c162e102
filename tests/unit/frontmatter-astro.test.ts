/**
 * The check reads an entry's fields as Astro's loader does: generated frontmatter and YAML
 * variants (delimiters, BOM, CRLF, directives, trailing spaces, dates, timestamps, anchors,
 * tags) are read by the check and by the `getEntryInfo` that `@astrojs/mdx` and Astro
 * register for the glob loader, from the same bytes. Whatever the check accepts, Astro reads
 * identically; whatever the check refuses that Astro would read is one of its own rules.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import mdx from "@astrojs/mdx";
import { beforeAll, describe, expect, it } from "vitest";
import { readEntry } from "../../src/content-check/frontmatter.ts";
import { seededRandom } from "../../scripts/lib/seeded-random.ts";

type GetEntryInfo = (input: {
  contents: string;
  fileUrl: URL;
}) => Promise<{ data: unknown }> | { data: unknown };

const root = new URL("file:///tmp/schermo-nero-frontmatter/");
let astroMdx: GetEntryInfo;
let astroYaml: GetEntryInfo;

beforeAll(async () => {
  const integration = mdx();
  const setup = integration.hooks["astro:config:setup"] as (params: unknown) => Promise<void>;
  await setup({
    addRenderer() {},
    addPageExtension() {},
    updateConfig() {},
    addContentEntryType(type: { getEntryInfo: GetEntryInfo }) {
      astroMdx = type.getEntryInfo;
    },
    config: { root },
  });
  // Astro's own data entry types, as `createBaseSettings` registers them for `.yaml`.
  const astroFolder = dirname(createRequire(import.meta.url).resolve("astro/package.json"));
  const settingsModule = pathToFileURL(join(astroFolder, "dist/core/config/settings.js"));
  const { createBaseSettings } = await import(settingsModule.href);
  const settings = createBaseSettings({ root, srcDir: new URL("src/", root), legacy: {} }, "error");
  astroYaml = settings.dataEntryTypes.find((type: { extensions: string[] }) =>
    type.extensions.includes(".yaml"),
  ).getEntryInfo;
});

const VALUES = [
  "Un titolo",
  "2018-06-12",
  '"2018-06-12"',
  "2018-06-12T20:25:00+02:00",
  "2018-06-12T20:25:00",
  "2018-06-12 20:25:00 +2",
  "2018-6-1 1:02:03.5Z",
  "2018-02-30",
  "!!str 2018-06-12",
  "!!binary aGVsbG8=",
  "!!timestamp 2019-01-01",
  "&a ancora",
  "yes",
  "0o17",
  "1_000",
  ".inf",
  "~",
  "[1, [2, [3]]]",
  "{ at: 2018-06-12T17:30:00+02:00, approx: true }",
  "|\n  riga\n  ---\n  dopo",
  "'virgolette '' singole'",
  "testo # commento",
  "a: b",
  "\t",
];
const LINES = [
  "kind: streaming",
  "<<: { extra: 1 }",
  "copy: *a",
  "? chiave\n: valore",
  "# solo un commento",
];
const DIRECTIVES = ["", "%YAML 1.2\n---\n", "%YAML 1.1\n", "%TAG ! tag:example.com,2000:\n---\n"];
const PREFIXES = ["", "\uFEFF", "\n", "\n\n", " \n"];
const OPENINGS = ["---", "--- ", "---\t", "+++", "---x"];
const CLOSINGS = ["---", "--- ", "----", "---\t", "+++", "--- dopo", ""];
const BREAKS = ["\n", "\r\n"];

function fields(next: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const lines = [`title: ${pick(VALUES)}`, `published: ${pick(VALUES)}`];
  if (next() < 0.5) lines.push(pick(LINES));
  if (next() < 0.3) lines.push(`start: ${pick(VALUES)}`);
  return { pick, lines };
}

function articleVariant(next: () => number): string {
  const { pick, lines } = fields(next);
  const br = pick(BREAKS);
  const yaml = `${pick(DIRECTIVES)}${lines.join("\n")}\n`.replace(/\n/g, br);
  return `${pick(PREFIXES)}${pick(OPENINGS)}${br}${yaml}${pick(CLOSINGS)}${br}${br}Testo.${br}`;
}

function yamlVariant(next: () => number): string {
  const { pick, lines } = fields(next);
  const br = pick(BREAKS);
  return `${pick(["", "\uFEFF"])}${pick(DIRECTIVES)}${lines.join("\n")}\n`.replace(/\n/g, br);
}

/** The check's refusals for files Astro would read: each one a rule of the check. */
const OWN_RULES = [
  /in cima al file il frontmatter/,
  /il frontmatter tra due righe con solo `---`/,
  /àncore e alias YAML/,
  /campi scritti `nome: valore`/,
];

/** The text as each side gets it: the check decodes like `readContentFiles`, Astro like `readFile`. */
const decodedByCheck = (text: string) =>
  new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text));

async function compare(kind: "mdx" | "yaml", text: string) {
  const fileUrl = new URL(`content/x/prova.${kind}`, root);
  const astro = await Promise.resolve()
    .then(() => (kind === "mdx" ? astroMdx : astroYaml)({ contents: text, fileUrl }))
    .then(
      (info) => ({ data: info.data }),
      () => ({ failed: true as const }),
    );
  const check = readEntry(decodedByCheck(text), kind, "prova");
  return { astro, check };
}

describe.each(["mdx", "yaml"] as const)("the check reads %s fields as Astro does", (kind) => {
  it("agrees on every value of a few thousand generated variants", async () => {
    const next = seededRandom(kind === "mdx" ? 24 : 42);
    const seen = { same: 0, dates: 0, refusedByBoth: 0, ownRule: 0 };
    for (let i = 0; i < 2000; i++) {
      const text = kind === "mdx" ? articleVariant(next) : yamlVariant(next);
      const { astro, check } = await compare(kind, text);
      if ("data" in check) {
        expect("data" in astro, `Astro fails where the check reads:\n${JSON.stringify(text)}`).toBe(
          true,
        );
        expect(check.data, JSON.stringify(text)).toEqual((astro as { data: unknown }).data);
        seen.same += 1;
        if (Object.values(check.data).some((value) => value instanceof Date)) seen.dates += 1;
      } else if ("failed" in astro) {
        seen.refusedByBoth += 1;
      } else {
        const rule = OWN_RULES.some((pattern) => pattern.test(check.problem.expected));
        expect(rule, `${JSON.stringify(text)}: ${check.problem.expected}`).toBe(true);
        seen.ownRule += 1;
      }
    }
    // Every kind of outcome occurs, so no assertion above went unexercised.
    expect(seen.same).toBeGreaterThan(100);
    expect(seen.dates).toBeGreaterThan(20);
    expect(seen.refusedByBoth).toBeGreaterThan(20);
    expect(seen.ownRule).toBeGreaterThan(20);
  });
});

describe("cases the two parsers used to read differently", () => {
  it.each([
    ["a date-like title", "---\ntitle: 2018-06-12\n---\n", { title: new Date("2018-06-12") }],
    ["a closing line with a trailing space", "---\ntitle: Sì\n--- \nTesto.", { title: "Sì" }],
    ["a BOM and CRLF", "\uFEFF---\r\ntitle: Sì\r\n---\r\n", { title: "Sì" }],
    [
      "a time without offset",
      "---\nstart: 2018-06-12T20:25:00\n---\n",
      {
        start: new Date("2018-06-12T20:25:00Z"),
      },
    ],
  ])("%s: the same value for both", async (_case, text, data) => {
    const { astro, check } = await compare("mdx", text);
    expect(astro).toEqual({ data });
    expect(check).toMatchObject({ data });
  });

  it.each([
    ["a closing line ending in `----`", "---\ntitle: Sì\n----\nTesto.", OWN_RULES[1]],
    ["a %YAML directive", "---\n%YAML 1.2\n---\ntitle: Sì\n---\n", /YAML valido/],
    ["TOML", "+++\ntitle = 'Sì'\n+++\n", OWN_RULES[1]],
  ])("%s: refused by the check with its line", async (_case, text, expected) => {
    const { check } = await compare("mdx", text);
    expect(check).toMatchObject({ problem: { line: expect.any(Number), expected } });
  });
});
